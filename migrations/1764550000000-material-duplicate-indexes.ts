import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the import's duplicate check, one exact lookup per row whatever the data: a material repeats another
 * with the same outlet and URL (a hash index, since a URL may be longer than a btree entry allows), or with the same
 * outlet, date and title in any case (the outlet index gains the title's hash as a third column, so an outlet that
 * publishes hundreds of items a day is still one probe).
 */
export class MaterialDuplicateIndexes1764550000000 implements MigrationInterface {
  name = 'MaterialDuplicateIndexes1764550000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX materials_url_idx ON materials USING hash (url) WHERE url IS NOT NULL;
      CREATE INDEX materials_outlet_title_idx ON materials (outlet_id, published_on, hashtext(lower(title)));
      DROP INDEX materials_outlet_idx;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX materials_outlet_idx ON materials (outlet_id, published_on);
      DROP INDEX materials_url_idx, materials_outlet_title_idx;
    `);
  }
}
