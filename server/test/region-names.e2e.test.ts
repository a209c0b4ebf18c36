import { DataSource } from 'typeorm';
import { OfficialRegionNames1765120000000 } from '../../migrations/1765120000000-official-region-names';
import { ALL_REGIONS } from '../../seed';
import { dataSourceOptions } from '../src/database/data-source';
import { createTestDatabase, TestDatabase } from './support/test-database';

type Names = Record<string, [string, string, string]>;

const namesIn = async (ds: DataSource): Promise<Names> => {
  const rows: { code: string; name_kk: string; name_ru: string; name_en: string }[] = await ds.query(
    'SELECT code, name_kk, name_ru, name_en FROM regions ORDER BY code',
  );
  return Object.fromEntries(rows.map((r) => [r.code, [r.name_kk, r.name_ru, r.name_en]]));
};

describe('OfficialRegionNames migration', () => {
  let db: TestDatabase;
  let ds: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase('demo');
    ds = await new DataSource(dataSourceOptions(db.url)).initialize();
  });

  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  it('gives a fresh install the seed names: the official ones in kk, ru and en', async () => {
    const seeded = Object.fromEntries(ALL_REGIONS.map((r) => [r.code, [r.nameKk, r.nameRu, r.nameEn]]));
    expect(await namesIn(ds)).toEqual(seeded);
    expect(seeded.abai).toEqual(['Абай облысы', 'Абайская область', 'Abai Region']);
    expect(seeded.zhetisu).toEqual(['Жетісу облысы', 'Жетысуская область', 'Zhetisu Region']);
    expect(seeded.ulytau).toEqual(['Ұлытау облысы', 'Улытауская область', 'Ulytau Region']);
    expect(seeded['nur-sultan']).toEqual(['Астана қаласы', 'город Астана', 'Astana city']);
  });

  it('renames an install seeded with the old names, and keeps a name an administrator has edited', async () => {
    const fresh = await namesIn(ds);
    const migration = new OfficialRegionNames1765120000000();
    const runner = ds.createQueryRunner();
    await migration.down(runner);
    const old = await namesIn(ds);
    expect(old.abai[1]).toBe('область Абай');
    expect(old['nur-sultan']).toEqual(['Нұр-Сұлтан қаласы', 'город Нур-Султан', 'Nur-Sultan city']);
    await ds.query(`UPDATE regions SET name_ru = 'Область Жетысу (ред.)' WHERE code = 'zhetisu'`);

    await migration.up(runner);
    await runner.release();

    expect(await namesIn(ds)).toEqual({ ...fresh, zhetisu: ['Жетісу облысы', 'Область Жетысу (ред.)', 'Zhetisu Region'] });
  });
});
