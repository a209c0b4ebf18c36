import { CSV_BOM, csvLine, type SheetCell } from '../../../contracts/spreadsheet-cells';

export type CsvRow = Record<string, SheetCell>;

const isCell = (value: unknown): value is SheetCell =>
  value === null || value === undefined || value instanceof Date || ['string', 'number', 'boolean'].includes(typeof value);

/** A record as one row, as react-admin's default exporter made it: nested objects in dotted columns, lists joined. */
export const flattenRecord = (value: Record<string, unknown>, prefix = '', into: CsvRow = {}): CsvRow => {
  for (const [key, item] of Object.entries(value)) {
    const column = prefix + key;
    if (isCell(item)) into[column] = item;
    else if (Array.isArray(item))
      into[column] = item.every(isCell)
        ? item.map((v) => (v instanceof Date ? v.toISOString() : String(v ?? ''))).join(', ')
        : JSON.stringify(item);
    else flattenRecord(item as Record<string, unknown>, `${column}.`, into);
  }
  return into;
};

/**
 * A CSV of the rows for Excel in Russian and Kazakh locales (semicolons, a byte-order mark), every text cell
 * neutralized so that none is run as a formula; the columns are those of every row, in the order first seen.
 */
export const csvOf = (rows: CsvRow[], columns: string[] = [...new Set(rows.flatMap((row) => Object.keys(row)))]): string =>
  CSV_BOM + csvLine(columns) + rows.map((row) => csvLine(columns.map((column) => row[column]))).join('');
