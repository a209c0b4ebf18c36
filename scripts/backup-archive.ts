import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream, ReadStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Readable, Writable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import { createGunzip, createGzip, Gunzip } from 'node:zlib';
import { Client, ClientBase, PoolClient } from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { DataSource, MigrationExecutor, QueryRunner } from 'typeorm';
import { migrations } from '../migrations';
import { rebuildCounters, verifyCounters } from '../server/src/materials/materials.repository';
import { dataSourceOptions } from '../server/src/database/data-source';
import { EvidenceStore } from '../server/src/evidence/evidence-store';

/**
 * A logical backup made with COPY rather than pg_dump: the embedded server is PostgreSQL 18 and ships without client
 * tools, and a pg_dump older than the server refuses to dump it. The archive is one gzip stream: a JSON header line,
 * then each table's rows in COPY text format, each table ended by a `\.` line, in foreign-key order; from version 2 on,
 * then the evidence files the rows name (header.files of them), each a line `<sha256> <size>` and its bytes.
 */
export const ARCHIVE_FORMAT = 'outreach-backoffice-backup';
const ARCHIVE_VERSION = 2;
/** Archives of version 1 (before evidence files) restore as they are. */
const READABLE_VERSIONS = [1, 2];
const MAX_HEADER_BYTES = 16 * 1024 * 1024;
const END_OF_TABLE = Buffer.from('\\.\n');
const NEWLINE_END_OF_TABLE = Buffer.from('\n\\.\n');
/** TypeORM's bookkeeping: rebuilt by running the migrations, never copied. */
const BOOKKEEPING_TABLES = ['migrations', 'typeorm_metadata'];

export interface ArchiveTable {
  name: string;
  columns: string[];
  rows: number;
}

export interface ArchiveSequence {
  table: string;
  column: string;
  /** The last value handed out (0 if none), as text: sequences are bigint. */
  lastValue: string;
}

export interface ArchiveHeader {
  format: typeof ARCHIVE_FORMAT;
  version: number;
  createdAt: string;
  migrations: string[];
  tables: ArchiveTable[];
  sequences: ArchiveSequence[];
  /** Evidence files after the tables (absent from version 1). */
  files?: number;
}

/** An evidence file as the archive holds it. */
interface ArchiveFile {
  sha256: string;
  size: number;
}

export interface RestoreOptions {
  /** Replace whatever the target database holds. */
  force: boolean;
  /** Recount the material counters from the materials instead of taking them from the archive. */
  rebuildCounters: boolean;
}

export interface RestoreResult {
  header: ArchiveHeader;
  /** Migrations newer than the archive, run after its data was loaded. */
  upgradedBy: string[];
}

/** A refusal or a damaged archive: its message is meant for the operator as it is. */
export class BackupError extends Error {}

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The app's tables, each after the tables its foreign keys point to. */
async function tablesInForeignKeyOrder(db: ClientBase): Promise<string[]> {
  const { rows } = await db.query<{ name: string; refs: string[] }>(
    `SELECT c.relname AS name, array_remove(array_agg(DISTINCT r.relname::text), NULL) AS refs
       FROM pg_class c
       LEFT JOIN pg_constraint f ON f.conrelid = c.oid AND f.contype = 'f' AND f.confrelid <> c.oid
       LEFT JOIN pg_class r ON r.oid = f.confrelid AND r.relnamespace = c.relnamespace
      WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND c.relname <> ALL($1)
      GROUP BY c.relname
      ORDER BY c.relname`,
    [BOOKKEEPING_TABLES],
  );
  const order: string[] = [];
  let pending = rows;
  while (pending.length > 0) {
    const ready = pending.filter((t) => t.refs.every((r) => order.includes(r)));
    if (ready.length === 0) throw new BackupError(`the foreign keys of ${pending.map((t) => t.name).join(', ')} form a cycle`);
    order.push(...ready.map((t) => t.name));
    pending = pending.filter((t) => !ready.includes(t));
  }
  return order;
}

/** Generated columns are computed again on load, so COPY skips them. */
async function copyableColumns(db: ClientBase, table: string): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>(
    `SELECT attname AS name FROM pg_attribute
      WHERE attrelid = format('public.%I', $1::text)::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = ''
      ORDER BY attnum`,
    [table],
  );
  return rows.map((r) => r.name);
}

async function serialSequences(db: ClientBase): Promise<ArchiveSequence[]> {
  const { rows } = await db.query<ArchiveSequence>(
    `SELECT "table", "column", coalesce(pg_sequence_last_value(sequence::regclass), 0)::text AS "lastValue"
       FROM (SELECT c.relname AS "table", a.attname AS "column", pg_get_serial_sequence(format('public.%I', c.relname), a.attname) AS sequence
               FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
              WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r') s
      WHERE sequence IS NOT NULL
      ORDER BY 1, 2`,
  );
  return rows;
}

/** The evidence files the rows name, in the backup's snapshot. */
async function evidenceFiles(db: ClientBase): Promise<ArchiveFile[]> {
  const [{ exists }] = (await db.query<{ exists: boolean }>(`SELECT to_regclass('public.material_evidence') IS NOT NULL AS exists`)).rows;
  if (!exists) return [];
  return (await db.query<ArchiveFile>('SELECT sha256, min(size)::int AS size FROM material_evidence GROUP BY sha256 ORDER BY sha256')).rows;
}

async function describeDatabase(db: ClientBase, files: ArchiveFile[]): Promise<ArchiveHeader> {
  const [{ exists }] = (await db.query<{ exists: boolean }>(`SELECT to_regclass('public.migrations') IS NOT NULL AS exists`)).rows;
  if (!exists) throw new BackupError('the database has no migrations table: it is not the app database, or the app never started on it');
  const applied = await db.query<{ name: string }>('SELECT name FROM migrations ORDER BY timestamp, id');
  const tables: ArchiveTable[] = [];
  for (const name of await tablesInForeignKeyOrder(db)) {
    const [{ n }] = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${ident(name)}`)).rows;
    tables.push({ name, columns: await copyableColumns(db, name), rows: n });
  }
  return {
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    createdAt: new Date().toISOString(),
    migrations: applied.rows.map((r) => r.name),
    tables,
    sequences: await serialSequences(db),
    files: files.length,
  };
}

/** A stored file's bytes, checked against its row's size and hash as they are read. */
async function* fileBytes(store: EvidenceStore, file: ArchiveFile): AsyncGenerator<Buffer> {
  const hash = createHash('sha256');
  let size = 0;
  let stream: Readable;
  try {
    stream = await store.get(file.sha256);
  } catch {
    throw new BackupError(`evidence file ${file.sha256} is missing: run npm run verify-evidence, then back up again`);
  }
  for await (const chunk of stream) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
    yield chunk as Buffer;
  }
  if (size !== file.size || hash.digest('hex') !== file.sha256)
    throw new BackupError(`evidence file ${file.sha256} does not match its row: run npm run verify-evidence`);
}

/** The archive's content, gzipped by the caller: the header line, then each table's rows and its end line. */
async function* archiveContent(
  db: ClientBase,
  header: ArchiveHeader,
  files: ArchiveFile[],
  store: EvidenceStore | null,
): AsyncGenerator<Buffer | string> {
  yield `${JSON.stringify(header)}\n`;
  for (const table of header.tables) {
    const rows = db.query(copyTo(`COPY ${ident(table.name)} (${table.columns.map(ident).join(', ')}) TO STDOUT`));
    for await (const chunk of rows) yield chunk as Buffer;
    if (rows.rowCount !== table.rows)
      throw new Error(`table ${table.name}: copied ${rows.rowCount} rows, counted ${table.rows} in the same snapshot`);
    yield END_OF_TABLE;
  }
  for (const file of files) {
    if (!store) throw new BackupError('the database names evidence files: back up with their store (DATA_DIR)');
    yield `${file.sha256} ${file.size}\n`;
    yield* fileBytes(store, file);
  }
}

/**
 * Writes the archive next to `file` and renames it into place once complete, so a failed backup leaves no partial file
 * behind. The evidence files come from `store`, which a database with evidence rows needs.
 */
export async function backupDatabase(url: string, file: string, store: EvidenceStore | null = null): Promise<ArchiveHeader> {
  const db = new Client({ connectionString: url });
  await db.connect();
  const partial = `${file}.partial`;
  try {
    // One snapshot for every table, so that the archive is consistent while the app keeps writing.
    await db.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const files = await evidenceFiles(db);
    const header = await describeDatabase(db, files);
    await pipeline(archiveContent(db, header, files, store), createGzip(), createWriteStream(partial));
    await db.query('COMMIT');
    await rename(partial, file);
    return header;
  } catch (e) {
    await rm(partial, { force: true });
    throw e;
  } finally {
    await db.end();
  }
}

/** Reads the gunzipped archive: the header line, then each table's COPY lines up to its `\.` line. */
class ArchiveReader {
  private pending: Buffer = Buffer.alloc(0);
  private readonly input: ReadStream;
  private readonly gunzip: Gunzip;
  private readonly chunks: AsyncIterator<Buffer>;

  constructor(private readonly file: string) {
    this.input = createReadStream(file);
    this.gunzip = createGunzip();
    this.input.on('error', (e) => this.gunzip.destroy(e));
    this.chunks = this.input.pipe(this.gunzip)[Symbol.asyncIterator]();
  }

  close(): void {
    this.gunzip.destroy();
    this.input.destroy();
  }

  damaged(reason: string): BackupError {
    return new BackupError(`${this.file} is damaged, truncated or not a backup archive: ${reason}`);
  }

  private async more(): Promise<boolean> {
    let next: IteratorResult<Buffer>;
    try {
      next = await this.chunks.next();
    } catch (e) {
      const error: { code?: unknown; message?: unknown } = typeof e === 'object' && e !== null ? e : {};
      if (error.code === 'ENOENT') throw new BackupError(`${this.file} does not exist`);
      // zlib's errors (bad header, bad checksum, unexpected end of file) have codes such as Z_DATA_ERROR.
      if (String(error.code).startsWith('Z_')) throw this.damaged(String(error.message));
      throw e;
    }
    if (next.done) return false;
    this.pending = this.pending.length > 0 ? Buffer.concat([this.pending, next.value]) : next.value;
    return true;
  }

  async header(): Promise<ArchiveHeader> {
    let end = this.pending.indexOf(0x0a);
    while (end < 0) {
      if (this.pending.length > MAX_HEADER_BYTES) throw this.damaged('no header line');
      if (!(await this.more())) throw this.damaged('it ends inside its header');
      end = this.pending.indexOf(0x0a);
    }
    const line = this.pending.subarray(0, end).toString('utf8');
    this.pending = this.pending.subarray(end + 1);
    let header: Partial<ArchiveHeader>;
    try {
      header = JSON.parse(line) as Partial<ArchiveHeader>;
    } catch {
      throw this.damaged('its header is not JSON');
    }
    const tablesValid =
      Array.isArray(header.tables) &&
      header.tables.every((t) => typeof t?.name === 'string' && Array.isArray(t.columns) && Number.isInteger(t.rows));
    if (header.format !== ARCHIVE_FORMAT || !Array.isArray(header.migrations) || !tablesValid || !Array.isArray(header.sequences)) {
      throw this.damaged(`its header is not that of an ${ARCHIVE_FORMAT} archive`);
    }
    if (!READABLE_VERSIONS.includes(header.version ?? 0)) {
      throw new BackupError(
        `${this.file} is in archive format version ${header.version}; this version of the app reads versions ${READABLE_VERSIONS.join(', ')}`,
      );
    }
    if (header.files !== undefined && !(Number.isInteger(header.files) && header.files >= 0)) throw this.damaged('its file count is wrong');
    return header as ArchiveHeader;
  }

  /** The line before an evidence file's bytes. */
  async fileHeader(): Promise<ArchiveFile> {
    let end = this.pending.indexOf(0x0a);
    while (end < 0 && this.pending.length < 200) {
      if (!(await this.more())) throw this.damaged('it ends before its evidence files');
      end = this.pending.indexOf(0x0a);
    }
    const match = end < 0 ? null : /^([0-9a-f]{64}) (\d{1,12})$/.exec(this.pending.subarray(0, end).toString('latin1'));
    if (!match) throw this.damaged('an evidence file has no header line');
    this.pending = this.pending.subarray(end + 1);
    return { sha256: match[1], size: Number(match[2]) };
  }

  /** An evidence file's bytes, as many as its header line says. */
  async *fileBytes(file: ArchiveFile): AsyncGenerator<Buffer> {
    let left = file.size;
    while (left > 0) {
      if (this.pending.length === 0 && !(await this.more())) throw this.damaged(`it ends inside evidence file ${file.sha256}`);
      const chunk = this.pending.subarray(0, left);
      this.pending = this.pending.subarray(chunk.length);
      left -= chunk.length;
      yield chunk;
    }
  }

  /** Streams one table's lines into `sink` (a COPY FROM STDIN) and ends it; on failure the COPY is cancelled. */
  async copyTable(table: string, sink: Writable): Promise<void> {
    try {
      for (;;) {
        const end = endOfTable(this.pending);
        if (end >= 0) {
          await write(sink, this.pending.subarray(0, end));
          this.pending = this.pending.subarray(end + END_OF_TABLE.length);
          sink.end();
          await finished(sink);
          return;
        }
        // Only whole lines go out, so that the next chunk again starts at a line and a `\.` split across chunks is found.
        const wholeLines = this.pending.lastIndexOf(0x0a) + 1;
        await write(sink, this.pending.subarray(0, wholeLines));
        this.pending = this.pending.subarray(wholeLines);
        if (!(await this.more())) throw this.damaged(`it ends inside table ${table}`);
      }
    } catch (e) {
      sink.destroy();
      await finished(sink).catch(() => undefined);
      throw e;
    }
  }

  /** Reads to the end, which also makes gunzip check the archive's checksum. */
  async end(): Promise<void> {
    while (this.pending.length === 0) {
      if (!(await this.more())) return;
    }
    throw this.damaged('it has data after its last table');
  }
}

/** Where the `\.` line starts in `data` (which starts at a line), or -1. */
function endOfTable(data: Buffer): number {
  if (data.subarray(0, END_OF_TABLE.length).equals(END_OF_TABLE)) return 0;
  const at = data.indexOf(NEWLINE_END_OF_TABLE);
  return at < 0 ? -1 : at + 1;
}

async function write(sink: Writable, data: Buffer): Promise<void> {
  if (data.length > 0 && !sink.write(data)) await once(sink, 'drain');
}

/** COPY text format escapes newlines inside values, so each line is one row. */
class RowCounter extends Writable {
  rows = 0;

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    for (let i = chunk.indexOf(0x0a); i >= 0; i = chunk.indexOf(0x0a, i + 1)) this.rows++;
    done();
  }
}

/** Reads the whole archive once, checksum included, so that a damaged one is refused before the database is touched. */
async function checkArchive(file: string): Promise<ArchiveHeader> {
  const reader = new ArchiveReader(file);
  try {
    const header = await reader.header();
    for (const t of header.tables) {
      const counter = new RowCounter();
      await reader.copyTable(t.name, counter);
      if (counter.rows !== t.rows) throw reader.damaged(`table ${t.name} has ${counter.rows} rows, its header says ${t.rows}`);
    }
    for (let i = 0; i < (header.files ?? 0); i++) {
      const file = await reader.fileHeader();
      const hash = createHash('sha256');
      for await (const chunk of reader.fileBytes(file)) hash.update(chunk);
      if (hash.digest('hex') !== file.sha256) throw reader.damaged(`evidence file ${file.sha256} does not match its hash`);
    }
    await reader.end();
    return header;
  } finally {
    reader.close();
  }
}

function checkMigrations(file: string, archived: string[]): void {
  const known = migrations.map((M) => new M().name);
  const unknown = archived.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    throw new BackupError(
      `${file} was made by a newer version of the app (migrations ${unknown.join(', ')} are unknown here): upgrade the app, then restore`,
    );
  }
  if (archived.some((name, i) => known[i] !== name)) {
    throw new BackupError(
      `${file} was made with migrations [${archived.join(', ')}], which are not the first migrations of this app [${known.join(', ')}]`,
    );
  }
}

/** Refuses a database with app data unless forced; then empties schema public so the migrations build it anew. */
async function clearTarget(db: ClientBase, force: boolean): Promise<void> {
  const tables = await tablesInForeignKeyOrder(db);
  const filled: string[] = [];
  for (const t of tables) {
    if ((await db.query(`SELECT 1 FROM ${ident(t)} LIMIT 1`)).rowCount) filled.push(t);
  }
  if (filled.length > 0 && !force) {
    throw new BackupError(
      `the target database already holds data (in ${filled.join(', ')}): restore into an empty database, or pass --force to replace it`,
    );
  }
  const [{ used }] = (
    await db.query<{ used: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM pg_class WHERE relnamespace = 'public'::regnamespace)
           OR EXISTS (SELECT 1 FROM pg_proc WHERE pronamespace = 'public'::regnamespace) AS used`,
    )
  ).rows;
  if (used) await db.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public; GRANT USAGE ON SCHEMA public TO PUBLIC');
}

async function checkTables(db: ClientBase, file: string, header: ArchiveHeader): Promise<void> {
  const built = await tablesInForeignKeyOrder(db);
  const archived = header.tables.map((t) => t.name);
  const differ = [...built.filter((t) => !archived.includes(t)), ...archived.filter((t) => !built.includes(t))];
  if (differ.length > 0)
    throw new BackupError(`${file} does not match the schema its migrations build: tables ${differ.join(', ')} differ`);
}

/** Sequences continue after both the highest id restored and the last value the source had handed out. */
async function resetSequences(db: ClientBase, header: ArchiveHeader): Promise<void> {
  for (const s of await serialSequences(db)) {
    const archived = header.sequences.find((a) => a.table === s.table && a.column === s.column)?.lastValue ?? '0';
    await db.query(
      `SELECT setval(pg_get_serial_sequence(format('public.%I', $1::text), $2), greatest(v, 1), v > 0)
         FROM (SELECT greatest((SELECT coalesce(max(${ident(s.column)}), 0) FROM ${ident(s.table)}), $3::bigint) AS v) x`,
      [s.table, s.column, archived],
    );
  }
}

interface Schemas {
  /** The migrations the archive was made with. */
  asArchived: DataSource;
  /** All the migrations of this version of the app. */
  current: DataSource;
}

/** The restore proper, inside the transaction of `runner`; returns the migrations that ran after the load. */
async function load(
  runner: QueryRunner,
  schemas: Schemas,
  file: string,
  header: ArchiveHeader,
  options: RestoreOptions,
  store: EvidenceStore | null,
): Promise<string[]> {
  const db: PoolClient = await runner.connect();
  await clearTarget(db, options.force);
  await new MigrationExecutor(schemas.asArchived, runner).executePendingMigrations();
  await checkTables(db, file, header);
  // Some migrations insert rows; the archive has them as they were when it was made.
  await db.query(`TRUNCATE ${header.tables.map((t) => ident(t.name)).join(', ')}`);
  for (const t of header.tables) await db.query(`ALTER TABLE ${ident(t.name)} DISABLE TRIGGER USER`);
  const reader = new ArchiveReader(file);
  try {
    await reader.header();
    for (const t of header.tables) {
      const sink = db.query(copyFrom(`COPY ${ident(t.name)} (${t.columns.map(ident).join(', ')}) FROM STDIN`));
      await reader.copyTable(t.name, sink);
      if (sink.rowCount !== t.rows) throw reader.damaged(`table ${t.name} has ${sink.rowCount} rows, its header says ${t.rows}`);
    }
    // Written before the rows commit: a failed restore leaves at most files no row names (verify-evidence --prune).
    for (let i = 0; i < (header.files ?? 0); i++) {
      const entry = await reader.fileHeader();
      if (!store) throw new BackupError(`${file} holds evidence files: restore them into a store (DATA_DIR)`);
      const stored = await store.put(Readable.from(reader.fileBytes(entry)));
      if (stored.sha256 !== entry.sha256) throw reader.damaged(`evidence file ${entry.sha256} does not match its hash`);
    }
    await reader.end();
  } finally {
    reader.close();
  }
  for (const t of header.tables) await db.query(`ALTER TABLE ${ident(t.name)} ENABLE TRIGGER USER`);
  await resetSequences(db, header);
  const upgradedBy = (await new MigrationExecutor(schemas.current, runner).executePendingMigrations()).map((m) => m.name);
  if (options.rebuildCounters) await rebuildCounters(runner.manager);
  const mismatches = await verifyCounters(runner.manager);
  if (mismatches.length > 0) {
    const examples = mismatches.slice(0, 3).map((x) => `${x.table} ${x.key}: counted ${x.counted}, stored ${x.stored}`);
    const more = mismatches.length > 3 ? ` and ${mismatches.length - 3} more` : '';
    throw new BackupError(
      `the material counters in ${file} disagree with its materials (${examples.join('; ')}${more}): ` +
        'the source database had drifted; restore with --rebuild-counters to recount them',
    );
  }
  return upgradedBy;
}

/**
 * Checks the whole archive first, then restores in one transaction, so that a refused or damaged archive leaves the
 * target as it was: empties the target, runs the migrations the archive was made with, loads every table with user
 * triggers off (the counter tables come from the archive as they were), writes the evidence files into `store`,
 * resets the sequences, runs the newer migrations, and checks the counters. A future migration that cannot run in a transaction would have to change this.
 */
export async function restoreDatabase(
  url: string,
  file: string,
  options: RestoreOptions,
  store: EvidenceStore | null = null,
): Promise<RestoreResult> {
  const header = await checkArchive(file);
  if ((header.files ?? 0) > 0 && !store) throw new BackupError(`${file} holds evidence files: restore them into a store (DATA_DIR)`);
  checkMigrations(file, header.migrations);
  const schemas: Schemas = {
    asArchived: new DataSource({ ...dataSourceOptions(url), migrations: migrations.slice(0, header.migrations.length) }),
    current: new DataSource(dataSourceOptions(url)),
  };
  try {
    await schemas.asArchived.initialize();
    await schemas.current.initialize();
    const runner = schemas.asArchived.createQueryRunner();
    try {
      await runner.startTransaction();
      const upgradedBy = await load(runner, schemas, file, header, options, store).catch(async (e: unknown) => {
        await runner.rollbackTransaction();
        throw e;
      });
      await runner.commitTransaction();
      return { header, upgradedBy };
    } finally {
      await runner.release();
    }
  } finally {
    for (const ds of [schemas.asArchived, schemas.current]) if (ds.isInitialized) await ds.destroy();
  }
}
