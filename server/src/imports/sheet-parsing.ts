import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { CsvError, csvRows } from './csv-rows';
import type { CellValue } from './import-row';
import { limitError, UPLOAD_LIMITS, UploadLimitError } from './upload-limits';
import { ZipArchive, ZipEntry } from './zip-entries';

export interface SheetRow {
  /** The row's number as the spreadsheet shows it, the header being row 1. */
  number: number;
  cells: CellValue[];
}

/** The upload is not a spreadsheet this import reads; told to the user as a 400. */
export class UnreadableFileError extends Error {}

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

function checkRow(number: number, cells: CellValue[]): SheetRow {
  if (cells.length > UPLOAD_LIMITS.columns) throw limitError('columns', `Row ${number} has`);
  for (const c of cells)
    if (typeof c === 'string' && c.length > UPLOAD_LIMITS.cellLength) throw limitError('cellLength', `A cell of row ${number} has`);
  return { number, cells };
}

/** Comma or semicolon separated (told from the header line by the caller), quoted fields, with or without a byte-order mark. */
export async function* readCsv(fileName: string, source: AsyncIterable<Buffer>, separator: ',' | ';'): AsyncGenerator<SheetRow> {
  let number = 0;
  try {
    for await (const cells of csvRows(source, separator)) {
      if (++number > UPLOAD_LIMITS.rows) throw limitError('rows', 'The file has');
      yield checkRow(number, cells);
    }
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    if (e.kind === 'encoding') throw new UnreadableFileError(`"${fileName}" is not a UTF-8 text CSV: save it from Excel as "CSV UTF-8"`);
    throw new UnreadableFileError(`"${fileName}" is not a readable CSV near row ${e.record}: ${e.message}`);
  }
}

/** What this reader uses of exceljs' streaming WorkbookReader, whose parts it feeds itself (see readXlsx). */
interface WorkbookParts {
  workbookRels?: { Id: string; Target: string }[];
  model?: { sheets?: { rId: string }[] };
  sharedStrings?: string[];
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<{ text: string | null | { richText: { text: string | null }[] } }>;
  _parseWorksheet(text: AsyncIterable<string>, sheetNo: string): Generator<{ value: AsyncIterable<WorksheetRow> }>;
}

interface WorksheetRow {
  number: number;
  /** The highest column of the row: its cells are held in an array of that length. */
  cellCount: number;
  values: ExcelJS.CellValue[] | { [key: string]: ExcelJS.CellValue };
}

/** Longest stretch of XML without a tag: a cell at the limit, each character escaped as a numeric reference. */
const LONGEST_TEXT = UPLOAD_LIMITS.cellLength * 10 + 4096;
/** Text after a closing or empty tag: in a workbook's parts, text is only ever the content of an element. */
const AFTER_CLOSE = /(<\/[^>]*>|<[^>]*\/>)[^<]+/g;
/** Whitespace between two tags, unless it is the text of a <t> element (a run of rich text may be just a space). */
const BETWEEN_TAGS = />\s+(?=<|$)/g;
const TEXT_TAG = /^<t[\s>]/;
const DIMENSION = /<dimension\s+ref="[A-Z]*\d*:?([A-Z]+)(\d+)"/;

const columnNumber = (letters: string): number => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);

function dropStrayText(xml: string): string {
  const content = xml.replace(AFTER_CLOSE, '$1');
  return content.replace(BETWEEN_TAGS, (run: string, at: number) =>
    TEXT_TAG.test(content.slice(content.lastIndexOf('<', at), at + 1)) ? run : '>',
  );
}

/**
 * An entry's XML as text, without the text that is no element's content: exceljs keeps appending text that follows a
 * cell's value to that value, so whitespace between millions of rows grew one string without bound. Text longer than
 * a cell can be is refused as it arrives; a sheet's declared <dimension> is checked against the row and column limits.
 */
async function* xmlText(bytes: AsyncIterable<Buffer>, sheet: boolean): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  let carry = '';
  let beforeData = sheet;
  const checkDimension = (xml: string) => {
    const dimension = DIMENSION.exec(xml);
    if (dimension) {
      if (columnNumber(dimension[1]) > UPLOAD_LIMITS.columns) throw limitError('columns', `The sheet declares (${dimension[0].slice(11)})`);
      if (Number(dimension[2]) > UPLOAD_LIMITS.rows) throw limitError('rows', `The sheet declares (${dimension[0].slice(11)})`);
    }
    if (dimension || xml.includes('<sheetData')) beforeData = false;
  };
  for await (const chunk of bytes) {
    const xml = carry + decoder.decode(chunk, { stream: true });
    const cut = xml.lastIndexOf('<');
    if (cut <= 0) {
      carry = xml;
    } else {
      const whole = dropStrayText(xml.slice(0, cut));
      carry = xml.slice(cut);
      if (beforeData) checkDimension(whole);
      yield whole;
    }
    if (carry.length > LONGEST_TEXT) throw limitError('cellLength', 'A cell or tag of the workbook has');
  }
  const rest = dropStrayText(carry + decoder.decode());
  if (beforeData) checkDimension(rest);
  yield rest;
}

const plainText = (text: string | null | { richText: { text: string | null }[] }): string =>
  text === null ? '' : typeof text === 'string' ? text : text.richText.map((r) => r.text ?? '').join('');

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

const partPath = (target: string): string => (target.startsWith('/') ? target.slice(1) : `xl/${target}`);

/**
 * The rows of the workbook's first sheet. The archive is read from its directory (zip-entries.ts), so the parts come in
 * the order they are needed (relationships, workbook, shared strings, styles, then the sheet) whatever order they are
 * stored in: exceljs' own reader spools a sheet stored before them to a temporary file. Its part parsers are fed here,
 * each with text that is counted and checked against UPLOAD_LIMITS before they see it.
 */
export async function* readXlsx(fileName: string, path: string): AsyncGenerator<SheetRow> {
  let zip: ZipArchive | null = null;
  try {
    zip = await ZipArchive.open(path);
    const archive = zip;
    const entry = (name: string): ZipEntry | undefined => archive.entries.get(name);
    const part = (e: ZipEntry): Readable => Readable.from(xmlText(archive.read(e), false), { objectMode: true });
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([]), {
      sharedStrings: 'emit',
      styles: 'cache',
      hyperlinks: 'ignore',
      worksheets: 'emit',
      entries: 'ignore',
    }) as unknown as WorkbookParts;

    const rels = entry('xl/_rels/workbook.xml.rels');
    const book = entry('xl/workbook.xml');
    if (!rels || !book) throw new UnreadableFileError(`"${fileName}" is not a valid .xlsx workbook (it has no workbook part)`);
    const sheetParts = [...archive.entries.keys()].filter((name) => name.startsWith('xl/worksheets/') && name.endsWith('.xml'));
    if (sheetParts.length > UPLOAD_LIMITS.sheets) throw limitError('sheets', 'The workbook has');
    await reader._parseRels(part(rels));
    await reader._parseWorkbook(part(book));
    const sheets = reader.model?.sheets ?? [];
    if (sheets.length > UPLOAD_LIMITS.sheets) throw limitError('sheets', 'The workbook has');
    const target = reader.workbookRels?.find((r) => r.Id === sheets[0]?.rId)?.Target;
    const sheet = target === undefined ? undefined : entry(partPath(target));
    if (!sheet) throw new UnreadableFileError(`"${fileName}" is not a valid .xlsx workbook (it has no sheet)`);

    const strings: string[] = [];
    const shared = entry('xl/sharedStrings.xml');
    if (shared) {
      for await (const { text } of reader._parseSharedStrings(part(shared))) {
        if (strings.length >= UPLOAD_LIMITS.sharedStrings) throw limitError('sharedStrings', 'The workbook has');
        const s = plainText(text);
        if (s.length > UPLOAD_LIMITS.cellLength) throw limitError('cellLength', 'A shared string of the workbook has');
        strings.push(s);
      }
    }
    reader.sharedStrings = strings;
    const styles = entry('xl/styles.xml');
    if (styles) await reader._parseStyles(part(styles));

    const [{ value: rows }] = [...reader._parseWorksheet(xmlText(archive.read(sheet), true), '1')];
    let count = 0;
    for await (const row of rows) {
      if (++count > UPLOAD_LIMITS.rows || row.number > UPLOAD_LIMITS.rows) throw limitError('rows', 'The sheet has');
      if (row.cellCount > UPLOAD_LIMITS.columns) throw limitError('columns', `Row ${row.number} has`);
      const values = row.values;
      if (Array.isArray(values))
        yield checkRow(
          row.number,
          values.slice(1).map((v) => cellValue(v)),
        );
    }
  } catch (e) {
    if (e instanceof UnreadableFileError || e instanceof UploadLimitError) throw e;
    throw new UnreadableFileError(`"${fileName}" is not a valid .xlsx workbook (${e instanceof Error ? e.message : String(e)})`);
  } finally {
    await zip?.close();
  }
}
