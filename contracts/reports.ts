import type { Locale } from './codes';

export const REPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** GET /api/reports/quarterly?year=&quarter=&regionId=&format=&lang= */
export interface ReportRequest {
  year: number;
  quarter: number;
  regionId?: number;
  format: ReportFormat;
  lang: Locale;
}

/** GET /api/reports/note?year=&quarter=&regionId=&lang=: a year's note, or a quarter's. */
export interface NoteRequest {
  year: number;
  quarter?: number;
  regionId?: number;
  lang: Locale;
}

/** The lists the server writes as workbooks: GET /api/<list>/export?filter=&sort=&ids=&lang= */
export const EXPORTED_LISTS = [
  'materials',
  'media-plans',
  'audit-events',
  'media-plan-items',
  'users',
  'outlets',
  'rubrics',
  'regions',
  'directions',
  'special-projects',
  'target-audiences',
] as const;
export type ExportedList = (typeof EXPORTED_LISTS)[number];

export interface ListExportRequest {
  list: ExportedList;
  /** The list's filter, as its GET takes it. */
  filter: Record<string, unknown>;
  /** The list's order, as its GET takes it: [field, 'ASC' | 'DESC']. */
  sort?: readonly [string, 'ASC' | 'DESC'];
  /** Only these rows (the selected ones), within the filter. */
  ids?: readonly (string | number)[];
  lang: Locale;
}
