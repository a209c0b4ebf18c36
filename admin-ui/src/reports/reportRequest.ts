export type ReportFormat = 'xlsx' | 'csv';
export type ReportLanguage = 'ru' | 'kk' | 'en';

export interface ReportRequest {
  year: number;
  quarter: number;
  regionId?: number;
  format: ReportFormat;
  lang: ReportLanguage;
}

export const reportPath = (request: ReportRequest): string => {
  const region = request.regionId === undefined ? '' : `&regionId=${request.regionId}`;
  return `/reports/quarterly?year=${request.year}&quarter=${request.quarter}${region}&format=${request.format}&lang=${request.lang}`;
};

/** The file name the server gives in Content-Disposition (RFC 5987 form first), or a fallback. */
export const fileNameOf = (disposition: string | null, fallback: string): string => {
  if (!disposition) return fallback;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded) return decodeURIComponent(encoded);
  return /filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? fallback;
};

export const fallbackName = (request: ReportRequest): string => `report-${request.year}-Q${request.quarter}.${request.format}`;
