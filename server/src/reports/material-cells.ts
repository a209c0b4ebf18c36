import type { SheetCell } from '../../../contracts/spreadsheet-cells';
import type { MaterialRow } from '../materials/material-report.reads';
import type { ReportLabels } from './report-labels';

/** A code's label, or the code itself should the database hold one the labels do not know. */
export function label(labels: Record<string, string>, code: string): string {
  return labels[code] ?? code;
}

/** A material's cells; its date as a date cell in a workbook, as the ISO text in a CSV. */
export function materialCells(m: MaterialRow, l: ReportLabels, date: (iso: string) => SheetCell): SheetCell[] {
  return [
    m.id,
    date(m.publishedOn),
    m.region,
    m.outlet,
    m.rubric,
    label(l.codes.channel, m.channel),
    label(l.codes.level, m.mediaLevel),
    label(l.codes.language, m.language),
    label(l.codes.format, m.format),
    m.title,
    m.url,
    m.direction,
    m.specialProject,
    m.views,
    m.reactions,
    m.shares,
    m.comments,
    m.reach,
  ];
}

export const asDate = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
export const asText = (iso: string): string => iso;

/** The list of materials is streamed: its widths are set before its rows are known. */
export const MATERIAL_WIDTHS = [8, 12, 28, 28, 22, 12, 16, 16, 16, 60, 36, 30, 28, 11, 11, 11, 12, 10];
