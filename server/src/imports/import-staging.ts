import { QueryRunner } from 'typeorm';
import { StagedRow } from './import-row';

const BATCH_ROWS = 5000;

/** Staged columns in table order, each with the array type its batch is sent as. */
const COLUMNS: [keyof StagedRow, string, string][] = [
  ['row', 'rn', 'int'],
  ['regionId', 'region_id', 'int'],
  ['outletId', 'outlet_id', 'int'],
  ['rubricId', 'rubric_id', 'int'],
  ['channel', 'channel', 'text'],
  ['mediaLevel', 'media_level', 'text'],
  ['language', 'language', 'text'],
  ['format', 'format', 'text'],
  ['title', 'title', 'text'],
  ['url', 'url', 'text'],
  ['publishedOn', 'published_on', 'date'],
  ['directionId', 'direction_id', 'int'],
  ['specialProjectId', 'special_project_id', 'int'],
  ['mediaPlanItemId', 'media_plan_item_id', 'int'],
  ['views', 'views', 'int'],
  ['reactions', 'reactions', 'int'],
  ['shares', 'shares', 'int'],
  ['comments', 'comments', 'int'],
  ['reach', 'reach', 'int'],
  ['notes', 'notes', 'text'],
];
const MATERIAL_COLUMNS = COLUMNS.slice(1).map(([, column]) => column).join(', ');

export interface StagedDuplicate {
  row: number;
  /** The earlier row of the file it repeats; null: it repeats a stored material. */
  firstRow: number | null;
}

/**
 * Valid rows land in a temporary table in batches as the file is read, so that memory does not grow with the file;
 * duplicates are then found and the materials written by a few set-based statements. The table goes with the
 * transaction, whether it commits or not.
 */
export class ImportStaging {
  private batch: StagedRow[] = [];

  private constructor(private readonly qr: QueryRunner) {}

  static async create(qr: QueryRunner): Promise<ImportStaging> {
    await qr.query(`
      CREATE TEMP TABLE import_rows (
        ${COLUMNS.map(([, column, type]) => `${column} ${type}`).join(', ')},
        first_rn integer, stored boolean NOT NULL DEFAULT false, material_id integer
      ) ON COMMIT DROP;
      CREATE TEMP TABLE import_row_audiences (rn integer NOT NULL, audience_id integer NOT NULL) ON COMMIT DROP;
    `);
    return new ImportStaging(qr);
  }

  async add(row: StagedRow): Promise<void> {
    this.batch.push(row);
    if (this.batch.length >= BATCH_ROWS) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.batch.length === 0) return;
    const rows = this.batch;
    this.batch = [];
    await this.qr.query(
      `INSERT INTO import_rows (${COLUMNS.map(([, column]) => column).join(', ')})
       SELECT * FROM unnest(${COLUMNS.map(([, , type], i) => `$${i + 1}::${type}[]`).join(', ')})`,
      COLUMNS.map(([key]) => rows.map((r) => r[key])),
    );
    const links = rows.flatMap((r) => r.audienceIds.map((a) => [r.row, a]));
    if (links.length > 0) {
      await this.qr.query('INSERT INTO import_row_audiences (rn, audience_id) SELECT * FROM unnest($1::int[], $2::int[])', [
        links.map(([rn]) => rn),
        links.map(([, a]) => a),
      ]);
    }
  }

  /**
   * A row repeats another when it has the same outlet and URL, or the same outlet, date and title (any case). In the
   * file the first occurrence stays; against stored materials every region counts.
   */
  async markDuplicates(): Promise<void> {
    await this.flush();
    await this.qr.query('ANALYZE import_rows');
    await this.qr.query(`
      UPDATE import_rows r SET first_rn = d.first_rn
        FROM (SELECT rn, least(CASE WHEN url IS NOT NULL THEN min(rn) OVER (PARTITION BY outlet_id, url) END,
                               min(rn) OVER (PARTITION BY outlet_id, published_on, lower(title))) AS first_rn
                FROM import_rows) d
       WHERE d.rn = r.rn AND d.first_rn < r.rn`);
    await this.qr.query(`
      UPDATE import_rows r SET stored = true FROM materials m
       WHERE r.first_rn IS NULL AND m.outlet_id = r.outlet_id AND m.url = r.url`);
    await this.qr.query(`
      UPDATE import_rows r SET stored = true FROM materials m
       WHERE r.first_rn IS NULL AND NOT r.stored
         AND m.outlet_id = r.outlet_id AND m.published_on = r.published_on AND lower(m.title) = lower(r.title)`);
  }

  async counts(): Promise<{ fresh: number; duplicates: number; regionIds: number[] }> {
    const [row]: { fresh: number; duplicates: number; region_ids: number[] | null }[] = await this.qr.query(`
      SELECT count(*) FILTER (WHERE first_rn IS NULL AND NOT stored)::int AS fresh,
             count(*) FILTER (WHERE first_rn IS NOT NULL OR stored)::int AS duplicates,
             array_agg(DISTINCT region_id) FILTER (WHERE first_rn IS NULL AND NOT stored) AS region_ids
        FROM import_rows`);
    return { fresh: row.fresh, duplicates: row.duplicates, regionIds: row.region_ids ?? [] };
  }

  async duplicates(limit: number): Promise<StagedDuplicate[]> {
    return this.qr.query('SELECT rn AS "row", first_rn AS "firstRow" FROM import_rows WHERE first_rn IS NOT NULL OR stored ORDER BY rn LIMIT $1', [limit]);
  }

  /** One plain INSERT into materials (its statement triggers fire as for any write), then the audience links. */
  async insertMaterials(importId: number, userId: number): Promise<void> {
    await this.qr.query(`
      UPDATE import_rows r SET material_id = n.id
        FROM (SELECT rn, nextval(pg_get_serial_sequence('materials', 'id')) AS id
                FROM (SELECT rn FROM import_rows WHERE first_rn IS NULL AND NOT stored ORDER BY rn) o) n
       WHERE n.rn = r.rn`);
    await this.qr.query(
      `INSERT INTO materials (id, ${MATERIAL_COLUMNS}, created_by_id, import_id)
       SELECT material_id, ${MATERIAL_COLUMNS}, $1, $2 FROM import_rows WHERE material_id IS NOT NULL ORDER BY rn`,
      [userId, importId],
    );
    await this.qr.query(`
      INSERT INTO material_target_audiences (material_id, target_audience_id)
      SELECT r.material_id, a.audience_id FROM import_row_audiences a JOIN import_rows r ON r.rn = a.rn WHERE r.material_id IS NOT NULL`);
  }
}
