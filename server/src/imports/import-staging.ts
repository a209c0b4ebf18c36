import type { PoolClient } from 'pg';
import { DataSource, QueryRunner } from 'typeorm';
import { copyField, copyInto } from '../common/copy-text';
import {
  ImportedLine,
  importedMaterialLine,
  insertImportedMaterials,
  markStoredDuplicates,
  MATERIAL_ID_DEFAULT,
} from '../materials/materials.repository';
import { StagedRow } from './import-row';

/** Rows checked by one round of statements; the next batches are parsed and checked while the database inserts one. */
const BATCH_ROWS = 10_000;
/** A small first batch sets the database to work while Node is still parsing, instead of after 10,000 rows. */
const FIRST_BATCH_ROWS = 2_000;

/** What the duplicate checks and the result need of a row: its number, region and the keys that make it a duplicate. */
const STAGED: [Exclude<keyof StagedRow, 'audienceIds'>, string, string][] = [
  ['row', 'rn', 'int'],
  ['regionId', 'region_id', 'int'],
  ['outletId', 'outlet_id', 'int'],
  ['title', 'title', 'text'],
  ['url', 'url', 'text'],
  ['publishedOn', 'published_on', 'date'],
];
const STAGED_COLUMNS = `batch, ${STAGED.map(([, column]) => column).join(', ')}`;

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

/** A batch on its way: the staged text for the checks, and each row's material columns for the insert. */
interface Batch {
  number: number;
  staged: string;
  rows: number[];
  materials: string[];
  audiences: number[][];
}

/** What the checks found in a batch: the rows to skip, and the material ids drawn for the others, in row order. */
interface Checked {
  duplicates: number[];
  ids: number[];
}

const emptyBatch = (number: number): Batch => ({ number, staged: '', rows: [], materials: [], audiences: [] });

/** Keeps a failure for whoever awaits the promise later, instead of an unhandled rejection now. */
function later<T>(p: Promise<T>): Promise<T> {
  p.catch(() => undefined);
  return p;
}

/**
 * Valid rows go in batches through COPY into a temporary table, where duplicates are found with set-based statements;
 * when the import saves, each batch's new materials then go through COPY into materials. A saving import checks on a
 * connection of its own, so that three batches are at work at once: one parsed by Node, one checked, one inserted by
 * the import's transaction. Memory stays flat, and a file with errors or an interrupted upload leaves nothing behind:
 * the inserts are in the caller's transaction, and the checking connection only ever rolls back.
 */
export class ImportStaging {
  private current = emptyBatch(1);
  private checking: Promise<void> = Promise.resolve();
  private inserting: Promise<void> = Promise.resolve();
  private insertingBefore: Promise<void> = Promise.resolve();

  private constructor(
    private readonly qr: QueryRunner,
    private readonly checker: QueryRunner,
    private readonly checkerClient: PoolClient,
    private readonly target: ImportTarget | null,
  ) {}

  static async create(ds: DataSource, qr: QueryRunner, target: ImportTarget | null): Promise<ImportStaging> {
    const checker = target ? ds.createQueryRunner() : qr;
    try {
      if (checker !== qr) {
        await checker.connect();
        await checker.startTransaction();
        await checker.query('SET LOCAL jit = off');
      }
      // A saving import draws each row's material id as it is staged (ids of skipped rows are left unused, as after
      // any rollback), so that a material and its audience links go in together. A dry run draws none.
      const materialId = target ? `DEFAULT ${MATERIAL_ID_DEFAULT}` : '';
      await checker.query(`
        CREATE TEMP TABLE import_rows (
          batch int NOT NULL, ${STAGED.map(([, column, type]) => `${column} ${type}`).join(', ')},
          first_rn integer, stored boolean NOT NULL DEFAULT false, material_id integer ${materialId}
        ) ON COMMIT DROP;
        CREATE INDEX ON import_rows USING hash (url) WHERE url IS NOT NULL;
        CREATE INDEX ON import_rows (outlet_id, published_on, hashtext(lower(title)));`);
      return new ImportStaging(qr, checker, (await checker.connect()) as PoolClient, target);
    } catch (e) {
      if (checker !== qr) await ImportStaging.closeChecker(checker);
      throw e;
    }
  }

  private static async closeChecker(checker: QueryRunner): Promise<void> {
    if (checker.isTransactionActive) await checker.rollbackTransaction();
    await checker.release();
  }

  async add(row: StagedRow): Promise<void> {
    const b = this.current;
    b.staged += `${b.number}\t${STAGED.map(([key]) => copyField(row[key])).join('\t')}\n`;
    b.rows.push(row.row);
    if (this.target) {
      b.materials.push(importedMaterialLine(row));
      b.audiences.push(row.audienceIds);
    }
    if (b.rows.length >= (b.number === 1 ? FIRST_BATCH_ROWS : BATCH_ROWS)) await this.flush();
  }

  /** Waits for the last batch; the staged rows are then complete and every saved batch inserted. */
  async end(): Promise<void> {
    await this.flush();
    await this.checking;
    await this.inserting;
  }

  /** After a failure while reading: lets the batches in the database finish, so that the transactions can be rolled back. */
  async abort(): Promise<void> {
    await this.checking.catch(() => undefined);
    await this.inserting.catch(() => undefined);
  }

  /** Releases the checking connection of a saving import (its transaction only held the staged rows). */
  async close(): Promise<void> {
    if (this.checker !== this.qr) await ImportStaging.closeChecker(this.checker);
  }

  private async flush(): Promise<void> {
    // The checking connection is free, and at most one checked batch still waits for its insert.
    await this.checking;
    await this.insertingBefore;
    const batch = this.current;
    if (batch.rows.length === 0) return;
    this.current = emptyBatch(batch.number + 1);
    const checked = later(this.check(batch));
    this.checking = later(checked.then(() => undefined));
    this.insertingBefore = this.inserting;
    const target = this.target;
    if (target) {
      this.inserting = later(
        Promise.all([checked, this.inserting]).then(([c]) => (target.stillValid() ? this.insert(batch, c, target) : undefined)),
      );
    }
  }

  /**
   * A row repeats another when it has the same outlet and URL, or the same outlet, date and title (any case). In the
   * file the first occurrence stays; against stored materials every region counts. Each check is one exact index
   * lookup per row (migration 1764550000000); the URL lookups sit behind OFFSET 0 so that the planner cannot trade the
   * URL index for the outlet one. This import's own rows are the file's: the checking connection does not see them.
   */
  private async check(batch: Batch): Promise<Checked> {
    await copyInto(this.checkerClient, `COPY import_rows (${STAGED_COLUMNS}) FROM STDIN`, batch.staged);
    // Without statistics the planner takes the temporary table for a small one and scans it for every row.
    if (batch.number === 1) await this.checker.query('ANALYZE import_rows');
    const earlierUrl = `SELECT u.rn FROM (SELECT x.rn, x.outlet_id FROM import_rows x WHERE x.url = r.url OFFSET 0) u
                         WHERE u.outlet_id = r.outlet_id AND u.rn < r.rn`;
    const earlierTitle = `SELECT x.rn FROM import_rows x
                           WHERE x.outlet_id = r.outlet_id AND x.published_on = r.published_on AND hashtext(lower(x.title)) = hashtext(lower(r.title))
                             AND lower(x.title) = lower(r.title) AND x.rn < r.rn`;
    // One table, no join: the planner's row estimates for a new batch cannot turn it into a quadratic plan.
    await this.checker.query(
      `UPDATE import_rows r SET first_rn = least((SELECT min(rn) FROM (${earlierUrl}) e), (SELECT min(rn) FROM (${earlierTitle}) e))
        WHERE r.batch = $1 AND (EXISTS (${earlierUrl}) OR EXISTS (${earlierTitle}))`,
      [batch.number],
    );
    await markStoredDuplicates(this.checker, batch.number);
    if (!this.target) return { duplicates: [], ids: [] };
    const [found]: Checked[] = await this.checker.query(
      `SELECT coalesce(array_agg(rn ORDER BY rn) FILTER (WHERE first_rn IS NOT NULL OR stored), '{}') AS duplicates,
              coalesce(array_agg(material_id ORDER BY rn) FILTER (WHERE first_rn IS NULL AND NOT stored), '{}') AS ids
         FROM import_rows WHERE batch = $1`,
      [batch.number],
    );
    return found;
  }

  /** The batch's new materials, in the import's transaction. */
  private async insert(batch: Batch, checked: Checked, target: ImportTarget): Promise<void> {
    const skipped = new Set(checked.duplicates);
    const materials: ImportedLine[] = [];
    batch.rows.forEach((row, i) => {
      if (!skipped.has(row))
        materials.push({ id: checked.ids[materials.length], line: batch.materials[i], audienceIds: batch.audiences[i] });
    });
    if (materials.length === 0) return;
    await insertImportedMaterials((await this.qr.connect()) as PoolClient, materials, target);
  }

  async counts(): Promise<{ fresh: number; duplicates: number; regionIds: number[] }> {
    const [row]: { fresh: number; duplicates: number; region_ids: number[] | null }[] = await this.checker.query(`
      SELECT count(*) FILTER (WHERE first_rn IS NULL AND NOT stored)::int AS fresh,
             count(*) FILTER (WHERE first_rn IS NOT NULL OR stored)::int AS duplicates,
             array_agg(DISTINCT region_id) FILTER (WHERE first_rn IS NULL AND NOT stored) AS region_ids
        FROM import_rows`);
    return { fresh: row.fresh, duplicates: row.duplicates, regionIds: row.region_ids ?? [] };
  }

  async duplicates(limit: number): Promise<StagedDuplicate[]> {
    return this.checker.query(
      'SELECT rn AS "row", first_rn AS "firstRow" FROM import_rows WHERE first_rn IS NOT NULL OR stored ORDER BY rn LIMIT $1',
      [limit],
    );
  }
}
