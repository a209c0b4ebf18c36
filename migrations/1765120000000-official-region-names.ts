import { MigrationInterface, QueryRunner } from 'typeorm';

/** Names the seed once gave, and the official ones it gives now: an install seeded before agrees with a fresh one. */
const RENAMES: readonly { code: string; before: [string, string, string]; after: [string, string, string] }[] = [
  {
    code: 'nur-sultan',
    before: ['Нұр-Сұлтан қаласы', 'город Нур-Султан', 'Nur-Sultan city'],
    after: ['Астана қаласы', 'город Астана', 'Astana city'],
  },
  { code: 'abai', before: ['Абай облысы', 'область Абай', 'Abai Region'], after: ['Абай облысы', 'Абайская область', 'Abai Region'] },
  {
    code: 'zhetisu',
    before: ['Жетісу облысы', 'область Жетісу', 'Zhetisu Region'],
    after: ['Жетісу облысы', 'Жетысуская область', 'Zhetisu Region'],
  },
  {
    code: 'ulytau',
    before: ['Ұлытау облысы', 'область Ұлытау', 'Ulytau Region'],
    after: ['Ұлытау облысы', 'Улытауская область', 'Ulytau Region'],
  },
];

/** Only a name still as the seed wrote it changes: one an administrator has since edited is theirs to keep. */
const rename = async (q: QueryRunner, code: string, from: [string, string, string], to: [string, string, string]): Promise<void> => {
  const columns = ['name_kk', 'name_ru', 'name_en'];
  for (const [i, column] of columns.entries()) {
    await q.query(`UPDATE regions SET ${column} = $1 WHERE code = $2 AND ${column} = $3`, [to[i], code, from[i]]);
  }
};

export class OfficialRegionNames1765120000000 implements MigrationInterface {
  name = 'OfficialRegionNames1765120000000';

  async up(q: QueryRunner): Promise<void> {
    for (const { code, before, after } of RENAMES) await rename(q, code, before, after);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const { code, before, after } of RENAMES) await rename(q, code, after, before);
  }
}
