import { extname } from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { CsvError, csvRows } from './csv-rows';
import { CellValue } from './import-row';

export interface SheetRow {
  /** The row's number as the spreadsheet shows it, the header being row 1. */
  number: number;
  cells: CellValue[];
}

/** The upload is not a spreadsheet this import reads; told to the user as a 400. */
export class UnreadableFileError extends Error {}

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/** The first bytes, and a stream that still yields all of them. */
async function peek(source: Readable, bytes: number): Promise<{ head: Buffer; all: Readable }> {
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
  return { head, all: Readable.from(rest(), { objectMode: false }) };
}

/** The rows of the upload's first sheet, read as it arrives; the format is told by the content, not only the name. */
export async function readSheet(fileName: string, source: Readable): Promise<AsyncGenerator<SheetRow>> {
  const ext = extname(fileName).toLowerCase();
  if (ext !== '.xlsx' && ext !== '.csv') throw new UnreadableFileError(`Only .xlsx and .csv files can be imported, not "${fileName}"`);
  const { head, all } = await peek(source, 4096);
  if (head.length === 0) throw new UnreadableFileError(`"${fileName}" is empty`);
  if (head.subarray(0, 4).equals(OLE)) throw new UnreadableFileError(`"${fileName}" is an Excel 97-2003 (.xls) workbook: save it as .xlsx or as CSV UTF-8`);
  if (head.subarray(0, 4).equals(ZIP)) return readXlsx(fileName, all);
  if (ext === '.xlsx') throw new UnreadableFileError(`"${fileName}" is not a valid .xlsx workbook`);
  return readCsv(fileName, head, all);
}

function delimiterOf(firstLine: string): ',' | ';' {
  const outsideQuotes = firstLine.replace(/"[^"]*"/g, '');
  const count = (c: string) => outsideQuotes.split(c).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/** Comma or semicolon separated (told from the header line), quoted fields, with or without a byte-order mark. */
async function* readCsv(fileName: string, head: Buffer, source: Readable): AsyncGenerator<SheetRow> {
  const firstLine = head.toString('utf8').replace(/^\uFEFF/, '').split(/\r\n|\n|\r/)[0];
  let number = 0;
  try {
    for await (const cells of csvRows(source, delimiterOf(firstLine))) yield { number: ++number, cells };
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    if (e.kind === 'encoding') throw new UnreadableFileError(`"${fileName}" is not a UTF-8 text CSV: save it from Excel as "CSV UTF-8"`);
    throw new UnreadableFileError(`"${fileName}" is not a readable CSV near row ${e.record}: ${e.message}`);
  }
}

const OOXML_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/**
 * Excel writes the characters of a cell that XML cannot carry as they are (a carriage return, control characters) as
 * _xHHHH_, and a literal "_x" that would read as one as _x005F_x; the reader gives them back as written. A NUL, which
 * no text column can store, is dropped.
 */
export function unescapeOoxml(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(OOXML_ESCAPE, (_, hex: string) => (hex === '0000' ? '' : String.fromCharCode(parseInt(hex, 16))));
}

function cellValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v;
  if (typeof v === 'string') return unescapeOoxml(v);
  if (typeof v !== 'object') return String(v);
  if ('richText' in v) return unescapeOoxml(v.richText.map((t) => t.text).join(''));
  if ('hyperlink' in v) return typeof v.text === 'string' ? unescapeOoxml(v.text) : v.hyperlink;
  if ('result' in v && v.result !== undefined) return cellValue(v.result as ExcelJS.CellValue);
  return '';
}

async function* readXlsx(fileName: string, source: Readable): AsyncGenerator<SheetRow> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(source, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' });
  let first = true;
  try {
    for await (const sheet of workbook) {
      // Later sheets (the template's lists of allowed values) are read past so that the upload is consumed.
      for await (const row of sheet) {
        if (first && Array.isArray(row.values)) yield { number: row.number, cells: row.values.slice(1).map((v) => cellValue(v)) };
      }
      first = false;
    }
  } catch (e) {
    if (e instanceof UnreadableFileError) throw e;
    throw new UnreadableFileError(`"${fileName}" is not a valid .xlsx workbook (${e instanceof Error ? e.message : String(e)})`);
  }
}
