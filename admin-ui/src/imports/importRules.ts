import { type ErrorCode, isErrorCode } from '../../../contracts/errors';
import type { ImportResult } from '../../../contracts/imports';
import { messageArgs } from '../providers/apiErrors';

export const IMPORT_PATH = '/materials-import';

const SPREADSHEET = /\.(xlsx|csv)$/i;

export const isSpreadsheetName = (name: string): boolean => SPREADSHEET.test(name);

/** Importing is offered only for the very file whose dry run came back clean and has something to create. */
export const canRunImport = (file: File | null, checked: { file: File; result: ImportResult } | null): boolean =>
  file !== null && checked !== null && checked.file === file && checked.result.errorCount === 0 && checked.result.toCreate > 0;

const ERROR_KEYS: Record<number, string> = {
  0: 'app.imports.errors.network',
  400: 'app.imports.errors.unreadable',
  401: 'app.imports.errors.session',
  403: 'app.imports.errors.forbidden',
  413: 'app.imports.errors.too_large',
};

/** The message key for a failed upload; status 0 means the request never got an answer. */
export const uploadErrorKey = (status: number): string => ERROR_KEYS[status] ?? 'app.imports.errors.failed';

/** The limits the server names in a 413 with code import.limit, each with its message; the byte ones are shown in MB. */
const LIMIT_KEYS: Record<string, { key: string; bytes: boolean }> = {
  rows: { key: 'rows', bytes: false },
  columns: { key: 'columns', bytes: false },
  cellLength: { key: 'cell_length', bytes: false },
  sharedStrings: { key: 'shared_strings', bytes: false },
  sheets: { key: 'sheets', bytes: false },
  entries: { key: 'entries', bytes: false },
  entryBytes: { key: 'entry_bytes', bytes: true },
  totalBytes: { key: 'total_bytes', bytes: true },
  memory: { key: 'memory', bytes: false },
  fileBytes: { key: 'file_bytes', bytes: true },
};

/** The refusals this page says in its own words (by status or limit); any other code is said as everywhere else. */
const PAGE_OWN: readonly ErrorCode[] = [
  'import.limit',
  'import.unreadable',
  'auth.required',
  'auth.tokenInvalid',
  'auth.sessionEnded',
  'access.role',
];

export interface UploadErrorMessage {
  key: string;
  params: Record<string, string | number>;
}

/** The translated message of a refused upload: the limit it passed when the server named one, else by its status. */
export const uploadErrorMessage = (
  status: number,
  code: string | undefined,
  params: Record<string, unknown> | undefined,
  locale: string,
): UploadErrorMessage => {
  const limit = code === 'import.limit' && typeof params?.limit === 'string' ? LIMIT_KEYS[params.limit] : undefined;
  if (isErrorCode(code) && !PAGE_OWN.includes(code)) {
    return { key: `app.errors.${code}`, params: messageArgs(params) };
  }
  if (!limit || typeof params?.max !== 'number') return { key: uploadErrorKey(status), params: { status } };
  const max = limit.bytes ? Math.floor(params.max / (1024 * 1024)) : params.max;
  return { key: `app.imports.errors.limit.${limit.key}`, params: { status, max: new Intl.NumberFormat(locale).format(max) } };
};

export const percentOf = (loaded: number, total: number): number => (total > 0 ? Math.min(100, Math.round((loaded / total) * 100)) : 0);

export const kilobytes = (bytes: number): number => Math.max(1, Math.round(bytes / 1024));
