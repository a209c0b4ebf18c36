/**
 * What an uploaded file may expand to, checked while it is read, before the data grows. The import promises 100,000
 * rows; each limit leaves room above what such a file needs (docs/security.md, "Uploads").
 */
export const UPLOAD_LIMITS = {
  /** Rows of the sheet read, blank ones included, and the highest row number. */
  rows: 150_000,
  /** Columns of a row (the template has 20). */
  columns: 200,
  /** Characters of one cell: Excel's own maximum. */
  cellLength: 32_767,
  /** Entries of the workbook's shared-string table. */
  sharedStrings: 600_000,
  /** Sheets of a workbook. */
  sheets: 50,
  /** Files inside an .xlsx (a workbook saved by Excel has about 10). */
  entries: 1_000,
  /**
   * Uncompressed bytes of one file inside an .xlsx: a sheet takes about 37 bytes a cell (30 MB for the benchmark's
   * 100,000 rows of 8 columns), so 150,000 rows of all 19 columns of the template fit, at about 105 MB.
   */
  entryBytes: 128 * 1024 * 1024,
  /** Uncompressed bytes of the files of an .xlsx that are read, together. */
  totalBytes: 192 * 1024 * 1024,
} as const;

export type UploadLimit = keyof typeof UPLOAD_LIMITS | 'memory' | 'fileBytes';

/** The upload would take more than a limit allows: told to the user as a 413 naming it. */
export class UploadLimitError extends Error {
  constructor(
    readonly limit: UploadLimit,
    readonly max: number,
    message: string,
  ) {
    super(message);
  }
}

export const limitError = (limit: keyof typeof UPLOAD_LIMITS, what: string): UploadLimitError =>
  new UploadLimitError(
    limit,
    UPLOAD_LIMITS[limit],
    `${what} more than the import allows (at most ${UPLOAD_LIMITS[limit].toLocaleString('en')})`,
  );

/** The heap of the worker that parses one upload; a file that needs more ends the worker, not the server. */
export const PARSER_HEAP_MB = 160;

/** Workers parsing at once, one a core: the server's memory stays bounded however many uploads arrive together. */
export const PARSERS = 2;
