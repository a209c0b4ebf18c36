import ExcelJS from 'exceljs';
import type { Locale } from '../../../contracts/codes';
import { PUBLICATION_TIME_ZONE } from '../../../contracts/materials';
import { neutralizeCell, SheetCell } from '../../../contracts/spreadsheet-cells';
import { appVersion } from './app-version';

/** How every workbook we write shows a date: a real date cell, in the day-first order used in Kazakhstan. */
export const DATE_FORMAT = 'dd.mm.yyyy';

const WORDS: Record<
  Locale,
  { period: string; filters: string; none: string; generated: string; zone: string; by: string; version: string }
> = {
  ru: {
    period: 'Период',
    filters: 'Фильтры',
    none: 'нет',
    generated: 'Сформирован',
    zone: 'время Алматы',
    by: 'Сформировал',
    version: 'Версия приложения',
  },
  kk: {
    period: 'Кезең',
    filters: 'Сүзгілер',
    none: 'жоқ',
    generated: 'Жасалған уақыты',
    zone: 'Алматы уақыты',
    by: 'Жасаған',
    version: 'Қолданба нұсқасы',
  },
  en: { period: 'Period', filters: 'Filters', none: 'none', generated: 'Generated', zone: 'Almaty time', by: 'By', version: 'App version' },
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
}

/** A YYYY-MM-DD date as the Kazakh and Russian texts write it, DD.MM.YYYY. */
export const dayMonthYear = (iso: string | number): string => String(iso).split('-').reverse().join('.');

function almatyTime(at: Date): string {
  const parts = Object.fromEntries(
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
  return `${parts.day}.${parts.month}.${parts.year} ${parts.hour}:${parts.minute}`;
}

/** The lines of the title block: the title, then the period, filters, when, by whom and the app's version. */
export function titleLines(block: TitleBlock, locale: Locale): string[] {
  const w = WORDS[locale];
  return [
    block.title,
    ...(block.period ? [`${w.period}: ${dayMonthYear(block.period.from)} – ${dayMonthYear(block.period.to)}`] : []),
    `${w.filters}: ${block.filters.length > 0 ? block.filters.join('; ') : w.none}`,
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
