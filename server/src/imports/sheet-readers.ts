import { createWriteStream } from 'node:fs';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Worker } from 'node:worker_threads';
import { readCsv, SheetRow, UnreadableFileError } from './sheet-parsing';
import type { FromWorker, ToWorker, WorkerInput } from './sheet-worker-protocol';
import { PARSER_HEAP_MB, PARSERS, UploadLimitError } from './upload-limits';

const UPLOAD_DIR_PREFIX = 'outreach-import-';
/** Far beyond the request timeout (60 s): a folder this old belongs to no upload still in progress on this machine. */
const ABANDONED_AFTER_MS = 15 * 60_000;

/**
 * Removes the upload folders that a killed process (kill -9, a power cut) could not remove; other instances on this
 * machine keep theirs, which are younger.
 */
export async function removeAbandonedUploads(dir = tmpdir(), now = Date.now()): Promise<string[]> {
  const removed: string[] = [];
  for (const name of await readdir(dir)) {
    if (!name.startsWith(UPLOAD_DIR_PREFIX)) continue;
    const path = join(dir, name);
    const info = await stat(path).catch(() => null);
    if (!info?.isDirectory() || now - info.mtimeMs < ABANDONED_AFTER_MS) continue;
    await rm(path, { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/** The first bytes, and a stream that still yields all of them. */
async function peek(source: Readable, bytes: number): Promise<{ head: Buffer; all: AsyncGenerator<Buffer> }> {
  const it: AsyncIterator<Buffer> = source[Symbol.asyncIterator]();
  const chunks: Buffer[] = [];
  let size = 0;
  while (size < bytes) {
    const next = await it.next();
    if (next.done) break;
    chunks.push(next.value);
    size += next.value.length;
  }
  const head = Buffer.concat(chunks);
  async function* rest(): AsyncGenerator<Buffer> {
    if (head.length > 0) yield head;
    for (let next = await it.next(); !next.done; next = await it.next()) yield next.value;
  }
  return { head, all: rest() };
}

function delimiterOf(firstLine: string): ',' | ';' {
  const outsideQuotes = firstLine.replace(/"[^"]*"/g, '');
  const count = (c: string) => outsideQuotes.split(c).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/**
 * The rows of the upload's first sheet; the format is told by the content, not only the name. An .xlsx, which can
 * expand a thousandfold, is written to a folder of its own under the temporary directory (no larger than
 * IMPORT_MAX_BYTES; removed however reading ends) and parsed in a worker thread with a heap of its own
 * (PARSER_HEAP_MB): a workbook that slips past UPLOAD_LIMITS ends that worker with a 413, never the server. A CSV
 * cannot expand: it is read here as it arrives, a chunk and a record (bounded by the limits) at a time; parsed in the
 * worker it took 5 times as long, the rows being copied between threads (docs/import-benchmark.md).
 */
export async function* readSheet(fileName: string, source: Readable): AsyncGenerator<SheetRow> {
  const ext = extname(fileName).toLowerCase();
  if (ext !== '.xlsx' && ext !== '.csv') throw new UnreadableFileError(`Only .xlsx and .csv files can be imported, not "${fileName}"`);
  const { head, all } = await peek(source, 4096);
  if (head.length === 0) throw new UnreadableFileError(`"${fileName}" is empty`);
  if (head.subarray(0, 4).equals(OLE))
    throw new UnreadableFileError(`"${fileName}" is an Excel 97-2003 (.xls) workbook: save it as .xlsx or as CSV UTF-8`);
  if (head.subarray(0, 4).equals(ZIP)) {
    const dir = await mkdtemp(join(tmpdir(), UPLOAD_DIR_PREFIX));
    try {
      const path = join(dir, 'upload.xlsx');
      await pipeline(Readable.from(all), createWriteStream(path));
      yield* parseInWorker({ fileName, path });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    return;
  }
  if (ext === '.xlsx') throw new UnreadableFileError(`"${fileName}" is not a valid .xlsx workbook`);
  const firstLine = head
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\n|\r/)[0];
  yield* readCsv(fileName, all, delimiterOf(firstLine));
}

/** Loads the TypeScript sources of the worker when the server itself runs from them (the tests). */
const FROM_SOURCES = `
const { readFileSync } = require('node:fs');
const { transformSync } = require('@swc/core');
require.extensions['.ts'] = (module, file) => module._compile(transformSync(readFileSync(file, 'utf8'), {
  filename: file, jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' },
}).code, file);
require(require('node:worker_threads').workerData.entry);
`;

function startWorker(input: WorkerInput): Worker {
  const options = { resourceLimits: { maxOldGenerationSizeMb: PARSER_HEAP_MB, maxYoungGenerationSizeMb: 32 } };
  if (__filename.endsWith('.ts'))
    return new Worker(FROM_SOURCES, { ...options, eval: true, workerData: { ...input, entry: join(__dirname, 'sheet-worker.ts') } });
  return new Worker(join(__dirname, 'sheet-worker.js'), { ...options, workerData: input });
}

/** Messages of the worker in arrival order, or how it failed. */
class Inbox {
  private readonly queue: FromWorker[] = [];
  private failure: Error | null = null;
  private wake: (() => void) | null = null;

  push(m: FromWorker): void {
    this.queue.push(m);
    this.wake?.();
  }

  fail(e: Error): void {
    this.failure ??= e;
    this.wake?.();
  }

  async next(): Promise<FromWorker> {
    for (;;) {
      const m = this.queue.shift();
      if (m) return m;
      if (this.failure) throw this.failure;
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = null;
    }
  }
}

/** Whatever ends the worker, the server goes on: the file is refused. */
function workerFailure(fileName: string, e: Error & { code?: string }): Error {
  if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new UploadLimitError(
      'memory',
      PARSER_HEAP_MB,
      `Reading "${fileName}" needs more memory than an import may use (${PARSER_HEAP_MB} MB)`,
    );
  }
  return new UnreadableFileError(`"${fileName}" could not be read (${e.message})`);
}

let parsing = 0;
const waiting: (() => void)[] = [];

/** Waits for one of the PARSERS places; the returned function hands it to the next upload in line. */
async function parserPlace(): Promise<() => void> {
  if (parsing < PARSERS) parsing++;
  else await new Promise<void>((resolve) => waiting.push(resolve));
  return () => {
    const next = waiting.shift();
    if (next) next();
    else parsing--;
  };
}

async function* parseInWorker(input: WorkerInput): AsyncGenerator<SheetRow> {
  const release = await parserPlace();
  try {
    yield* rowsOfWorker(input);
  } finally {
    release();
  }
}

async function* rowsOfWorker(input: WorkerInput): AsyncGenerator<SheetRow> {
  const worker = startWorker(input);
  const inbox = new Inbox();
  const send = (m: ToWorker) => worker.postMessage(m);
  worker.on('message', (m: FromWorker) => inbox.push(m));
  worker.on('error', (e) => inbox.fail(workerFailure(input.fileName, e)));
  worker.on('exit', (code) =>
    inbox.fail(new UnreadableFileError(`"${input.fileName}" could not be read (the parser stopped with exit code ${code})`)),
  );
  try {
    for (;;) {
      const m = await inbox.next();
      if (m.type === 'done') return;
      if (m.type === 'limit') throw new UploadLimitError(m.limit, m.max, m.message);
      if (m.type === 'unreadable') throw new UnreadableFileError(m.message);
      if (m.type === 'rows') {
        send({ type: 'ack' });
        for (const row of m.rows) yield { number: row.number, cells: row.cells.map((c) => (typeof c === 'string' ? c : new Date(c))) };
      }
    }
  } finally {
    await worker.terminate();
  }
}
