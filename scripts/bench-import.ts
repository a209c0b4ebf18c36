import 'reflect-metadata';
import { createWriteStream } from 'node:fs';
import { execFile } from 'node:child_process';
import { chmod, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { Client } from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { createApp } from '../server/src/app.factory';
import { loadConfig } from '../server/src/config/app-config';
import { EmbeddedDatabase, startEmbeddedDatabase } from '../server/src/database/embedded-database';

/**
 * Imports 100,000 generated rows of one region from CSV and from XLSX through the HTTP API, on the embedded
 * PostgreSQL (or the server of DATABASE_URL), and writes the timings to docs/import-benchmark.md.
 * Run from the repository root: npm run bench:import
 */
const run = promisify(execFile);
const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const REGION = 'north-kazakhstan';
const HEADER = ['Заголовок', 'СМИ', 'Дата публикации', 'Язык', 'Формат', 'Ссылка', 'Целевые аудитории', 'Просмотры'];

interface Outcome {
  label: string;
  bytes: number;
  seconds: number;
  peakRssMb: number;
  created: number;
  importId: number;
}

function row(i: number, kind: string, outlets: string[]): string[] {
  const day = new Date(Date.UTC(2024, 0, 1 + (i % 360)));
  const date = `${String(day.getUTCDate()).padStart(2, '0')}.${String(day.getUTCMonth() + 1).padStart(2, '0')}.${day.getUTCFullYear()}`;
  const outlet = outlets[i % outlets.length];
  return [
    `Встреча в районе, ${kind} № ${i}`,
    outlet,
    date,
    i % 2 ? 'Русский' : 'Қазақ тілі',
    i % 3 ? 'Статья' : 'Пост',
    `https://bench.kz/${kind}/${i}`,
    i % 4 ? '' : 'youth-16-29; internet-users',
    String(i % 5000),
  ];
}

const quote = (c: string) => (/[";\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);

async function writeCsv(path: string, outlets: string[]): Promise<void> {
  const out = createWriteStream(path);
  out.write(`\uFEFF${HEADER.join(';')}\r\n`);
  for (let i = 0; i < ROWS; i++) {
    if (!out.write(`${row(i, 'csv', outlets).map(quote).join(';')}\r\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

async function writeXlsx(path: string, outlets: string[]): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
  const sheet = workbook.addWorksheet('Материалы');
  sheet.addRow(HEADER).commit();
  for (let i = 0; i < ROWS; i++) sheet.addRow(row(i, 'xlsx', outlets)).commit();
  sheet.commit();
  await workbook.commit();
}

/** The upload goes from curl in its own process, as from a browser: the server process is measured alone. */
async function upload(baseUrl: string, token: string, path: string, label: string): Promise<Outcome> {
  global.gc?.();
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const started = performance.now();
  const { stdout } = await run(
    'curl',
    ['-sS', '-H', `Authorization: Bearer ${token}`, '-F', `file=@${path}`, '-w', '\n%{http_code}', `${baseUrl}/api/materials/import`],
    {
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const status = stdout.slice(stdout.lastIndexOf('\n') + 1);
  const answer = JSON.parse(stdout.slice(0, stdout.lastIndexOf('\n'))) as { created?: number; importId?: number };
  if (status !== '200' || answer.created !== ROWS || answer.importId === undefined)
    throw new Error(`${label}: HTTP ${status} ${stdout.slice(0, 800)}`);
  return {
    label,
    bytes: (await stat(path)).size,
    seconds,
    peakRssMb: peak / 1024 / 1024,
    created: answer.created,
    importId: answer.importId,
  };
}

/** The floor: PostgreSQL's own COPY of the same materials into the table (its indexes, triggers and foreign keys), rolled back. */
async function copyFloor(db: Client, importId: number): Promise<number> {
  const { rows } = await db.query<{ columns: string }>(
    `SELECT string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position) AS columns FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = 'materials' AND column_name <> 'id' AND is_generated = 'NEVER'`,
  );
  const columns = rows[0].columns;
  const chunks: Buffer[] = [];
  const out = db.query(copyTo(`COPY (SELECT ${columns} FROM materials WHERE import_id = ${importId} ORDER BY id) TO STDOUT`));
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  await finished(out);
  await db.query('BEGIN');
  try {
    const started = performance.now();
    const copy = db.query(copyFrom(`COPY materials (${columns}) FROM STDIN`));
    copy.end(Buffer.concat(chunks));
    await finished(copy);
    return (performance.now() - started) / 1000;
  } finally {
    await db.query('ROLLBACK');
  }
}

async function main(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'bench-import-'));
  await chmod(work, 0o755);
  let embedded: EmbeddedDatabase | null = null;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    embedded = await startEmbeddedDatabase(join(work, 'pg'), () => undefined);
    serverUrl = embedded.url;
  }
  const databaseUrl = new URL(serverUrl);
  databaseUrl.pathname = `/bench_import_${process.pid}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(
    `CREATE DATABASE bench_import_${process.pid} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`,
  );
  const config = loadConfig({ NODE_ENV: 'test', DEMO_DATA: 'true' }, () => 'bench-secret-that-is-long-enough');
  const app = await createApp(config, databaseUrl.toString(), ['error']);
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.getHttpServer().address();
    const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const db = new Client({ connectionString: databaseUrl.toString() });
    // The database is dropped with FORCE at the end, also when a step failed with this client still open.
    db.on('error', () => undefined);
    await db.connect();
    const outlets: string[] = (
      await db.query(`SELECT o.name FROM outlets o JOIN regions r ON r.id = o.region_id WHERE r.code = $1 AND o.active ORDER BY o.id`, [
        REGION,
      ])
    ).rows.map((r: { name: string }) => r.name);
    const before: number = (await db.query('SELECT count(*)::int AS n FROM materials')).rows[0].n;
    const login = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ login: `rpo-${REGION}`, password: 'demo12345' }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };

    const csvPath = join(work, 'materials-100k.csv');
    const xlsxPath = join(work, 'materials-100k.xlsx');
    await writeCsv(csvPath, outlets);
    await writeXlsx(xlsxPath, outlets);
    const results = [
      await upload(baseUrl, accessToken, csvPath, 'CSV (semicolon, BOM)'),
      await upload(baseUrl, accessToken, xlsxPath, 'XLSX (shared strings)'),
    ];
    const after: number = (await db.query('SELECT count(*)::int AS n FROM materials')).rows[0].n;
    const floor = await copyFloor(db, results[0].importId);
    await db.end();

    const lines = [
      '# Import benchmark',
      '',
      `\`POST /api/materials/import\` with ${ROWS.toLocaleString('en')} rows of one region (${REGION}: its outlets, 8 columns, names in Russian and`,
      'Kazakh, dates DD.MM.YYYY, a quarter of the rows with two target audiences by code) into the demo database,',
      `through HTTP on ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), PostgreSQL ${embedded ? 'embedded' : 'from DATABASE_URL'}, one run each, measured by \`scripts/bench-import.ts\`.`,
      'Time is from sending the request to the answer (upload, parsing, checking, staging, duplicate search, insert, commit).',
      'The file is sent by curl from its own process; peak RSS is of the server process.',
      '',
      '| file | size | seconds | × COPY floor | peak RSS (MB) | created |',
      '|---|---|---|---|---|---|',
      ...results.map(
        (r) =>
          `| ${r.label} | ${(r.bytes / 1024 / 1024).toFixed(1)} MB | ${r.seconds.toFixed(2)} | ${(r.seconds / floor).toFixed(2)} | ${r.peakRssMb.toFixed(0)} | ${r.created} |`,
      ),
      '',
      `The floor, measured in the same run: PostgreSQL's own COPY of the same ${ROWS.toLocaleString('en')} materials into the table, with its`,
      `indexes, foreign keys and counter triggers, from a client on loopback, rolled back: ${floor.toFixed(2)} s (${Math.round(ROWS / floor).toLocaleString('en')} rows/s;`,
      'the issue gives about 100,000 rows/s, against which its targets for 100,000 rows are 5 and 15 times the floor).',
      '',
      `Materials before: ${before}, after: ${after}.`,
      `Targets: CSV under 5 s, XLSX under 15 s. Measured ${new Date().toISOString().slice(0, 10)}.`,
      '',
      'Rerun from the repository root: `npm run bench:import` (`BENCH_ROWS=20000 npm run bench:import` for a quick one; it uses',
      'DATABASE_URL when set, otherwise an embedded PostgreSQL in a temporary folder, and drops what it made).',
      '',
      '## How the import spends its time',
      '',
      'A CSV is parsed as it arrives, an .xlsx once it has arrived (in a worker thread, see below), in batches of 10,000',
      'rows (the first of 2,000, so that the database starts early). Three batches are at work at once: Node parses one; a second connection stages the one before through COPY',
      'into a temporary table and finds its duplicates (inside the file and against stored materials, one exact index probe',
      "per row: the URL hash index and the outlet index keyed by date and the title's hash, migration 1764550000000); the",
      "import's own transaction writes the one before that through COPY into materials and into the audience links. Memory",
      "does not grow with the file. The materials and the import's record are in one transaction, and the checking",
      'connection only ever rolls back: a file with any error, a dry run or an interrupted upload leaves nothing behind',
      '(`server/test/import.e2e.test.ts` cuts an upload off after batches were inserted).',
      '',
      "CSV is read by the import's own streaming reader (`server/src/imports/csv-rows.ts`: the bytes decoded once, each",
      'chunk scanned for separators, quotes and line ends), and each distinct cell value is normalized once per import.',
      'Before, csv-parse read the file after a separate UTF-8 check: on 2 AMD EPYC cores a dry run of 100,000 CSV rows',
      'took 2.6-3.3 s with 2.5-3.5 s of Node CPU; now 1.6-1.9 s with 1.3-1.7 s. A saving import used 3.1-3.8 s of Node',
      'CPU, now 2.3 s, beside 5.0-6.8 s of PostgreSQL CPU (both counted from /proc).',
      '',
      '## Against the floor',
      '',
      "The machine is shared and its speed moves through the day: the floor below, PostgreSQL's own COPY of the same",
      'rows, took between 3.25 s and 6.0 s in the runs of 2026-12-02 evening, which is why each run measures it. Twelve',
      'runs of this script with the reader above, on 2 AMD EPYC cores (the table at the top is the last of them):',
      '',
      '| PostgreSQL | runs | CSV, s | × floor | XLSX, s | × floor | floor, s |',
      '|---|---|---|---|---|---|---|',
      "| 15, the machine's server (DATABASE_URL) | 8 | 4.81-6.17 (4 under 5 s) | 1.22-1.65 | 6.57-8.47 | 1.67-2.14 | 3.25-5.04 |",
      '| 18, embedded | 4 | 5.47-6.87 | 1.14-1.40 | 7.36-9.45 | 1.57-1.88 | 3.91-6.00 |',
      '',
      "The XLSX target (15 s) is met in every run. The CSV target (5 s) is met in half the runs on the machine's",
      'PostgreSQL 15, and missed when the machine is busy or on the embedded PostgreSQL 18, whose own COPY into this table',
      'is slower (its data checksums and asynchronous I/O were each ruled out: turning them off changed nothing measurable).',
      'What is left between the import and the floor is its own work: parsing and checking every row, the staging and',
      "duplicate search on the second connection, and the audience links. The floor is the table's cost: the rows",
      "alone go in at about 270,000 rows/s here, above the issue's scale of 100,000; its nine indexes, seven foreign keys",
      'and counter trigger bring that to 17,000-31,000.',
      '',
      'Where the floor goes (PostgreSQL 15, 100,000 rows inserted in one statement, rolled back): the rows alone 0.37 s;',
      'with the nine indexes 1.95-2.40 s; with the seven foreign-key triggers 3.15 s; with the counter trigger 3.36 s.',
      'Dropping all seven foreign keys (tried on a scratch database only) took a saving import from 6.17 to 5.74 s: the',
      'declared constraints stay.',
      '',
      'Tried earlier and left out because they did not lower the cost: one statement per batch instead of staging and two',
      'updates (the duplicate checks through window functions and the insert in data-modifying CTEs: 8.4 s of database CPU',
      'against 6.8 s); merging `materials_published_idx` into `materials_count_idx` with the import index as BRIN (within',
      'the noise); batches of 5,000, 20,000 or 40,000 rows; a larger `temp_buffers`; a larger V8 young generation. On a',
      'PostgreSQL with JIT the duplicate checks were compiled at every batch (0.2-0.35 s each): the import turns JIT off',
      'for its transactions.',
      '',
      '## Parsing in a worker, within limits (issue 18)',
      '',
      'An `.xlsx` is now written to a temporary folder and parsed in a worker thread within the upload limits',
      "(`docs/security.md`, Uploads); a CSV is still read on the server's thread, with the same row, column and cell",
      'limits. Measured 2026-12-05 on the same 2 shared cores, which other work kept busy (load average 4-9, the COPY floor',
      '4.2-9.2 s against 3.3-6.0 s before): the code before (`7dd3811`) and after, built side by side and run alternately,',
      'PostgreSQL 15 from DATABASE_URL, 100,000 rows.',
      '',
      '| run | CSV, s (× floor) | XLSX, s (× floor) | floor, s | XLSX peak RSS, MB |',
      '|---|---|---|---|---|',
      '| before | 8.58 (1.30) | 19.45 (2.95) | 6.60 | 245 |',
      '| after | 6.07 (1.06) | 15.88 (2.77) | 5.73 | 291 |',
      '| before | 8.11 (1.91) | 10.13 (2.39) | 4.24 | 251 |',
      '| after | 7.21 (1.42) | 10.70 (2.11) | 5.08 | 292 |',
      '| before | 6.31 (1.27) | 9.40 (1.90) | 4.96 | 276 |',
      '| after | 8.28 (1.66) | 12.33 (2.47) | 5.00 | 325 |',
      '',
      'Means: CSV 7.19 s after against 7.67 s before (0.94), XLSX 12.97 s against 12.99 s (1.00); the runs of each',
      "spread more than they differ. Peak RSS of an XLSX import rose by about 50 MB, the worker's heap (its limit is 160 MB).",
      '',
      'Reading alone (the rows counted, no database), three runs each: XLSX 2.7-3.8 s before, 4.0-7.1 s after (4.0-5.0 s',
      'of CPU against 2.7-3.1 s): starting the worker and loading exceljs in it takes 0.37 s, copying the rows between',
      'threads 0.15-0.3 s (structured clone; JSON was slower, 0.5 s), the rest is the noise of the machine. That work runs',
      "beside the server's thread, which checks and stages the rows meanwhile, so a whole import is not slower. CSV was",
      'tried in the worker too: reading took 0.95-1.44 s against 0.15-0.27 s, the rows being copied between threads, and',
      'whole imports were slower (× floor 1.20-2.64, median 1.96, against 1.14-1.84, median 1.36, in five alternate runs):',
      "a CSV cannot expand, so it stays on the server's thread (0.18-0.21 s).",
      '',
    ];
    await writeFile(resolve(process.cwd(), 'docs', 'import-benchmark.md'), lines.join('\n'));
    console.log(lines.join('\n'));
  } finally {
    await app.close();
    await admin.query(`DROP DATABASE IF EXISTS bench_import_${process.pid} WITH (FORCE)`);
    await admin.end();
    await embedded?.stop();
    await rm(work, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
