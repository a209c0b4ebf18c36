import type { UploadLimit } from './upload-limits';

/** What the worker parsing one upload is given: a spooled .xlsx by its path, or a CSV whose bytes it asks for. */
export type WorkerInput = { fileName: string; format: 'xlsx'; path: string } | { fileName: string; format: 'csv'; separator: ',' | ';' };

/** A row as it crosses threads: a date as its time in milliseconds, rebuilt as a Date of the receiving thread. */
export interface WireRow {
  number: number;
  cells: (string | number)[];
}

export type ToWorker = { type: 'chunk'; data: Uint8Array } | { type: 'end' } | { type: 'ack' };

export type FromWorker =
  | { type: 'need' }
  | { type: 'rows'; rows: WireRow[] }
  | { type: 'done' }
  | { type: 'limit'; limit: UploadLimit; max: number; message: string }
  | { type: 'unreadable'; message: string };
