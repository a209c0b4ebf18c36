import type { UploadLimit } from './upload-limits';

/** What the worker parsing one upload is given: the .xlsx written to disk, by its path. */
export interface WorkerInput {
  fileName: string;
  path: string;
}

/** A row as it crosses threads: a date as its time in milliseconds, rebuilt as a Date of the receiving thread. */
export interface WireRow {
  number: number;
  cells: (string | number)[];
}

/** A batch of rows was taken by the import. */
export interface ToWorker {
  type: 'ack';
}

export type FromWorker =
  | { type: 'rows'; rows: WireRow[] }
  | { type: 'done' }
  | { type: 'limit'; limit: UploadLimit; max: number; message: string }
  | { type: 'unreadable'; message: string };
