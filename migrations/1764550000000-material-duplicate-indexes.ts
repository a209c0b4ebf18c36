import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What makes two materials the same for the import: the same outlet and URL, or the same outlet, date and title in
 * any case. Each is one key with a hash index (a URL or a title may be longer than a btree entry allows), so that
 * the duplicate check is one exact lookup per row whatever the planner's statistics say.
 */
export class MaterialDuplicateIndexes1764550000000 implements MigrationInterface {
  name = 'MaterialDuplicateIndexes1764550000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION material_url_key(outlet_id integer, url text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURN outlet_id::text || ' ' || url;
      CREATE FUNCTION material_title_key(outlet_id integer, published_on date, title text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURN outlet_id::text || ' ' || (published_on - DATE '2000-01-01')::text || ' ' || lower(title);
      CREATE INDEX materials_url_key_idx ON materials USING hash (material_url_key(outlet_id, url)) WHERE url IS NOT NULL;
      CREATE INDEX materials_title_key_idx ON materials USING hash (material_title_key(outlet_id, published_on, title));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX materials_url_key_idx, materials_title_key_idx;
      DROP FUNCTION material_url_key(integer, text), material_title_key(integer, date, text);
    `);
  }
}
