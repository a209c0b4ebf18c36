import { parentPort, workerData } from 'node:worker_threads';
import { readXlsx, SheetRow, UnreadableFileError } from './sheet-parsing';
import { UploadLimitError } from './upload-limits';
import type { FromWorker, ToWorker, WireRow, WorkerInput } from './sheet-worker-protocol';

/** Rows sent to the server's thread at once, and how many such batches may wait there unread. */
const BATCH = 500;
const AHEAD = 2;

const port = parentPort;
if (!port) throw new Error('sheet-worker runs as a worker thread');
const input = workerData as WorkerInput;
const send = (message: FromWorker) => port.postMessage(message);

let unread = 0;
let wake: (() => void) | null = null;
port.on('message', (m: ToWorker) => {
  if (m.type === 'ack') unread--;
  wake?.();
});

async function main(): Promise<void> {
  const rows: AsyncGenerator<SheetRow> = readXlsx(input.fileName, input.path);
  let batch: WireRow[] = [];
  const flush = async () => {
    send({ type: 'rows', rows: batch });
    batch = [];
    unread++;
    while (unread >= AHEAD) await new Promise<void>((resolve) => (wake = resolve));
  };
  try {
    for await (const row of rows) {
      batch.push({ number: row.number, cells: row.cells.map((c) => (typeof c === 'string' ? c : c.getTime())) });
      if (batch.length === BATCH) await flush();
    }
    if (batch.length > 0) await flush();
    send({ type: 'done' });
  } catch (e) {
    if (e instanceof UploadLimitError) send({ type: 'limit', limit: e.limit, max: e.max, message: e.message });
    else if (e instanceof UnreadableFileError) send({ type: 'unreadable', message: e.message });
    else throw e;
  }
}

void main();
