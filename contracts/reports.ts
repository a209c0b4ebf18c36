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
