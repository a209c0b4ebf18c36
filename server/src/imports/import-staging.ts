import { finished } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { QueryRunner } from 'typeorm';
import { StagedRow } from './import-row';

/** Rows checked by one round of statements; the next batch is parsed while the database works on this one. */
const BATCH_ROWS = 10_000;

/** Staged columns in table order, each with its type; `row` is the file's row number, not a material column. */
const COLUMNS: [Exclude<keyof StagedRow, 'audienceIds'>, string, string][] = [
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
const STAGED_COLUMNS = `batch, ${COLUMNS.map(([, column]) => column).join(', ')}, audience_ids`;

const SPECIAL = /[\\\t\n\r]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function copyField(value: string | number | null): string {
  if (value === null) return '\\N';
  return typeof value === 'number' ? String(value) : value.replace(SPECIAL, (c) => ESCAPES[c]);
}

export interface StagedDuplicate {
  row: number;
  /** The earlier row of the file it repeats; null: it repeats a stored material. */
  firstRow: number | null;
}

/** Where the checked rows go when the import saves: the import's record and the user who creates the materials. */
export interface ImportTarget {
  importId: number;
  userId: number;
  /** Asked before each batch: once the file has shown a problem nothing more is inserted (all is rolled back). */
  stillValid(): boolean;
}

/**
 * Valid rows go in batches through COPY into a temporary table, where duplicates are found with set-based statements;
 * when the import saves, each batch's new materials are inserted at once. One batch is in the database while the
 * next is parsed, so memory stays flat and the two cores work together. Everything stays in the caller's
 * transaction, so a file with errors or an interrupted upload leaves nothing behind.
 */
export class ImportStaging {
  private chunk = '';
  private rows = 0;
  private batch = 0;
  private pending: Promise<void> = Promise.resolve();

  private constructor(
    private readonly qr: QueryRunner,
    private readonly client: PoolClient,
    private readonly target: ImportTarget | null,
  ) {}

  static async create(qr: QueryRunner, target: ImportTarget | null): Promise<ImportStaging> {
    // A saving import draws each row's material id as it is staged (ids of skipped rows are left unused, as after any
    // rollback); the audience links then need no second pass. A dry run draws none.
    const materialId = target ? `DEFAULT nextval(pg_get_serial_sequence('materials', 'id'))` : '';
    await qr.query(`
      CREATE TEMP TABLE import_rows (
        batch int NOT NULL, ${COLUMNS.map(([, column, type]) => `${column} ${type}`).join(', ')}, audience_ids int[] NOT NULL,
        first_rn integer, stored boolean NOT NULL DEFAULT false, material_id integer ${materialId}
      ) ON COMMIT DROP;
      CREATE INDEX ON import_rows USING hash (url) WHERE url IS NOT NULL;
      CREATE INDEX ON import_rows (outlet_id, published_on, hashtext(lower(title)));`);
    return new ImportStaging(qr, (await qr.connect()) as PoolClient, target);
  }

  async add(row: StagedRow): Promise<void> {
    this.chunk += `${this.batch + 1}\t${COLUMNS.map(([key]) => copyField(row[key])).join('\t')}\t{${row.audienceIds.join(',')}}\n`;
    if (++this.rows >= BATCH_ROWS) await this.flush();
  }

  /** Waits for the last batch; the staged rows are then complete. */
  async end(): Promise<void> {
    await this.flush();
    await this.pending;
  }

  /** After a failure while reading: lets the batch in the database finish, so that the transaction can be rolled back. */
  async abort(): Promise<void> {
    await this.pending.catch(() => undefined);
  }

  private async flush(): Promise<void> {
    await this.pending;
    if (this.rows === 0) return;
    const data = this.chunk;
    const batch = ++this.batch;
    this.chunk = '';
    this.rows = 0;
    this.pending = this.process(batch, data);
    // A failure is raised where the batch is awaited (the next flush or end), not as an unhandled rejection.
    this.pending.catch(() => undefined);
  }

  /**
   * A row repeats another when it has the same outlet and URL, or the same outlet, date and title (any case). In the
   * file the first occurrence stays; against stored materials every region counts (this import's own rows aside:
   * they are the file's). Each check is one exact index lookup per row (migration 1764550000000); the URL lookups sit
   * behind OFFSET 0 so that the planner cannot trade the URL index for the outlet one.
   */
  private async process(batch: number, data: string): Promise<void> {
    const copy = this.client.query(copyFrom(`COPY import_rows (${STAGED_COLUMNS}) FROM STDIN`));
    copy.end(data);
    await finished(copy);
    // Without statistics the planner takes the temporary table for a small one and scans it for every row.
    if (batch === 1) await this.qr.query('ANALYZE import_rows');
    const earlierUrl = `SELECT u.rn FROM (SELECT x.rn, x.outlet_id FROM import_rows x WHERE x.url = r.url OFFSET 0) u
                         WHERE u.outlet_id = r.outlet_id AND u.rn < r.rn`;
    const earlierTitle = `SELECT x.rn FROM import_rows x
                           WHERE x.outlet_id = r.outlet_id AND x.published_on = r.published_on AND hashtext(lower(x.title)) = hashtext(lower(r.title))
                             AND lower(x.title) = lower(r.title) AND x.rn < r.rn`;
    // One table, no join: the planner's row estimates for a new batch cannot turn it into a quadratic plan.
    await this.qr.query(
      `UPDATE import_rows r SET first_rn = least((SELECT min(rn) FROM (${earlierUrl}) e), (SELECT min(rn) FROM (${earlierTitle}) e))
        WHERE r.batch = $1 AND (EXISTS (${earlierUrl}) OR EXISTS (${earlierTitle}))`,
      [batch],
    );
    const importId = this.target?.importId ?? null;
    await this.qr.query(
      `UPDATE import_rows r SET stored = true
        WHERE r.batch = $1 AND r.first_rn IS NULL
          AND (EXISTS (SELECT 1 FROM (SELECT m.outlet_id, m.import_id FROM materials m WHERE m.url = r.url OFFSET 0) u
                        WHERE u.outlet_id = r.outlet_id AND ($2::int IS NULL OR u.import_id IS DISTINCT FROM $2))
               OR EXISTS (SELECT 1 FROM materials m
                           WHERE m.outlet_id = r.outlet_id AND m.published_on = r.published_on AND hashtext(lower(m.title)) = hashtext(lower(r.title))
                             AND lower(m.title) = lower(r.title) AND ($2::int IS NULL OR m.import_id IS DISTINCT FROM $2)))`,
      [batch, importId],
    );
    if (this.target && this.target.stillValid()) await this.insert(batch, this.target);
  }

  /** One plain INSERT (the statement triggers keep the counters as for any write), then the audience links. */
  private async insert(batch: number, target: ImportTarget): Promise<void> {
    await this.qr.query(
      `INSERT INTO materials (id, ${MATERIAL_COLUMNS}, created_by_id, import_id)
       SELECT material_id, ${MATERIAL_COLUMNS}, $2, $3 FROM import_rows WHERE batch = $1 AND first_rn IS NULL AND NOT stored`,
      [batch, target.userId, target.importId],
    );
    await this.qr.query(
      `INSERT INTO material_target_audiences (material_id, target_audience_id)
       SELECT material_id, unnest(audience_ids) FROM import_rows WHERE batch = $1 AND first_rn IS NULL AND NOT stored AND audience_ids <> '{}'`,
      [batch],
    );
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
}
