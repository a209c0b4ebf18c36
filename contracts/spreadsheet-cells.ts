/**
 * Text that a spreadsheet would run as a formula when it opens a file we wrote (OWASP, CSV injection): a cell beginning
 * with `=`, `+`, `-`, `@`, a tab or a carriage return. Text already beginning with quotes before such a character gets
 * one more, so that `restoreCellText` undoes exactly what `neutralizeCellText` did and a round trip never piles quotes up.
 */
const NEUTRALIZED = /^'*[=+\-@\t\r]/;
const RESTORABLE = /^'+[=+\-@\t\r]/;

/** A cell of a file we write: text is neutralized, numbers, booleans and dates stay what they are. */
export type SheetCell = string | number | boolean | Date | null | undefined;

/** The text with a leading single quote when a spreadsheet would read it as a formula. */
export const neutralizeCellText = (text: string): string => (NEUTRALIZED.test(text) ? `'${text}` : text);

/** What a user typed before `neutralizeCellText`: the one quote it added is dropped. */
export const restoreCellText = (text: string): string => (RESTORABLE.test(text) ? text.slice(1) : text);

export const neutralizeCell = <T extends SheetCell>(value: T): T => (typeof value === 'string' ? neutralizeCellText(value) : value) as T;

export type CsvSeparator = ';' | ',';

/**
 * One CSV field, neutralized. Text holding either separator, a quote, a tab or a line break is quoted, so that a
 * spreadsheet splitting on the other separator (Excel picks it from the system's locale) cannot start a new cell
 * in the middle of it.
 */
export const csvField = (value: SheetCell): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = neutralizeCellText(value instanceof Date ? value.toISOString() : value);
  return /[;,"\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** A CSV record ending in CRLF, as Excel writes it. */
export const csvLine = (cells: readonly SheetCell[], separator: CsvSeparator = ';'): string => `${cells.map(csvField).join(separator)}\r\n`;

/** The byte-order mark that makes Excel read a CSV as UTF-8. */
export const CSV_BOM = '\uFEFF';
