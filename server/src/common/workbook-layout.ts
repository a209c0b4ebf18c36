import ExcelJS from 'exceljs';
import type { Locale } from '../../../contracts/codes';
import { PUBLICATION_TIME_ZONE } from '../../../contracts/materials';
import { neutralizeCell, SheetCell } from '../../../contracts/spreadsheet-cells';
import { appVersion } from './app-version';

/** How every workbook we write shows a date: a real date cell, in the day-first order used in Kazakhstan. */
export const DATE_FORMAT = 'dd.mm.yyyy';
/** A moment, as the wall clock in Almaty showed it. */
export const DATE_TIME_FORMAT = 'dd.mm.yyyy hh:mm';

/** More rows than a sheet holds (1 048 576) are never written: an export stops at this many. */
export const EXPORT_ROW_LIMIT = 1_000_000;

const WORDS: Record<
  Locale,
  {
    period: string;
    filters: string;
    none: string;
    generated: string;
    zone: string;
    by: string;
    version: string;
    rows: string;
    limited: string;
  }
> = {
  ru: {
    rows: 'Строк',
    limited: 'первые %{n}: сузьте фильтры, чтобы выгрузить остальные',
    period: 'Период',
    filters: 'Фильтры',
    none: 'нет',
    generated: 'Сформирован',
    zone: 'время Алматы',
    by: 'Сформировал',
    version: 'Версия приложения',
  },
  kk: {
    rows: 'Жолдар',
    limited: 'алғашқы %{n}: қалғанын түсіру үшін сүзгілерді тарылтыңыз',
    period: 'Кезең',
    filters: 'Сүзгілер',
    none: 'жоқ',
    generated: 'Жасалған уақыты',
    zone: 'Алматы уақыты',
    by: 'Жасаған',
    version: 'Қолданба нұсқасы',
  },
  en: {
    period: 'Period',
    filters: 'Filters',
    none: 'none',
    generated: 'Generated',
    zone: 'Almaty time',
    by: 'By',
    version: 'App version',
    rows: 'Rows',
    limited: 'the first %{n}: narrow the filters to export the rest',
  },
};

/** What a workbook's title block says about itself. */
export interface TitleBlock {
  title: string;
  /** YYYY-MM-DD, both ends included. */
  period?: { from: string; to: string };
  /** The filters applied, each in words ("Region: North Kazakhstan Region"). */
  filters: string[];
  by: string;
  at: Date;
  /** How many rows the table holds, for a list export; limited: more matched than EXPORT_ROW_LIMIT. */
  rows?: { count: number; limited: boolean };
}

/** A YYYY-MM-DD date as the Kazakh and Russian texts write it, DD.MM.YYYY. */
export const dayMonthYear = (iso: string | number): string => String(iso).split('-').reverse().join('.');

function almatyParts(at: Date): Record<string, string> {
  return Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: PUBLICATION_TIME_ZONE,
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
}

function almatyTime(at: Date): string {
  const parts = almatyParts(at);
  return `${parts.day}.${parts.month}.${parts.year} ${parts.hour}:${parts.minute}`;
}

/**
 * A moment as a date cell: a spreadsheet keeps no time zone, so the cell holds the wall clock in Almaty (its UTC
 * fields are Almaty's), shown with DATE_TIME_FORMAT.
 */
export function almatyCell(at: Date): Date {
  const p = almatyParts(at);
  return new Date(Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute)));
}

/** The lines of the title block: the title, then the period, filters, when, by whom and the app's version. */
export function titleLines(block: TitleBlock, locale: Locale): string[] {
  const w = WORDS[locale];
  return [
    block.title,
    ...(block.period ? [`${w.period}: ${dayMonthYear(block.period.from)} – ${dayMonthYear(block.period.to)}`] : []),
    `${w.filters}: ${block.filters.length > 0 ? block.filters.join('; ') : w.none}`,
    ...(block.rows ? [`${w.rows}: ${block.rows.limited ? w.limited.replace('%{n}', String(block.rows.count)) : block.rows.count}`] : []),
    `${w.generated}: ${almatyTime(block.at)} (${w.zone})`,
    `${w.by}: ${block.by}`,
    `${w.version}: ${appVersion()}`,
  ];
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
const HEADER_FONT: Partial<ExcelJS.Font> = { bold: true, color: { argb: 'FFFFFFFF' } };
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

/** A sheet holding one table under a title block. */
export interface TableSheet {
  ws: ExcelJS.Worksheet;
  headerRow: number;
  columns: number;
}

/**
 * Adds a row of values, never formulas: exceljs types a string as text, and text is neutralized for when it is
 * retyped or saved as CSV. Dates are shown day first.
 */
export function addValues(ws: ExcelJS.Worksheet, cells: readonly SheetCell[]): ExcelJS.Row {
  const row = ws.addRow(cells.map(neutralizeCell));
  cells.forEach((cell, i) => {
    if (cell instanceof Date) row.getCell(i + 1).numFmt = DATE_FORMAT;
  });
  return row;
}

/** Widths in characters that fit the longest value of each column, within bounds so that a long title wraps no table. */
export function fitWidths(rows: readonly (readonly SheetCell[])[]): number[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      const length = cell instanceof Date ? 10 : cell === null || cell === undefined ? 0 : String(cell).length;
      widths[i] = Math.max(widths[i] ?? MIN_WIDTH, Math.min(MAX_WIDTH, length + 2));
    });
  }
  return widths;
}

/**
 * A sheet ready to analyse and to print: the title block on top (if any), the header frozen below it and repeated on
 * every printed page, landscape and as wide as the page.
 */
export function addTableSheet(
  wb: ExcelJS.Workbook,
  name: string,
  lines: readonly string[],
  header: readonly string[],
  widths: readonly number[],
  frozenColumns = 0,
): TableSheet {
  const headerRow = lines.length === 0 ? 1 : lines.length + 2;
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: headerRow, xSplit: frozenColumns }],
    pageSetup: {
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${headerRow}:${headerRow}`,
    },
    // The sheet's name on the left and "page / pages" on the right of every printed page, in any language.
    headerFooter: { oddFooter: '&L&A&R&P / &N' },
  });
  ws.columns = widths.map((width) => ({ width }));
  lines.forEach((line, i) => (addValues(ws, [line]).font = i === 0 ? { bold: true, size: 13 } : { italic: true }));
  if (lines.length > 0) ws.addRow([]);
  addValues(ws, header).eachCell((c) => {
    c.fill = HEADER_FILL;
    c.font = HEADER_FONT;
    c.alignment = { wrapText: true, vertical: 'middle' };
  });
  return { ws, headerRow, columns: header.length };
}

/** The autofilter over the header and every row below it, the last one given. */
export function closeTable(t: TableSheet, lastRow: number): void {
  t.ws.autoFilter = { from: { row: t.headerRow, column: 1 }, to: { row: Math.max(lastRow, t.headerRow), column: t.columns } };
}
