import type { ListExportRequest, NoteRequest, ReportRequest } from '../../../contracts/reports';

export const reportPath = (request: ReportRequest): string => {
  const region = request.regionId === undefined ? '' : `&regionId=${request.regionId}`;
  return `/reports/quarterly?year=${request.year}&quarter=${request.quarter}${region}&format=${request.format}&lang=${request.lang}`;
};

export const notePath = (request: NoteRequest): string => {
  const quarter = request.quarter === undefined ? '' : `&quarter=${request.quarter}`;
  const region = request.regionId === undefined ? '' : `&regionId=${request.regionId}`;
  return `/reports/note?year=${request.year}${quarter}${region}&lang=${request.lang}`;
};

export const listExportPath = (request: ListExportRequest): string => {
  const ids = request.ids && request.ids.length > 0 ? `&ids=${request.ids.join(',')}` : '';
  const sort = request.sort ? `&sort=${encodeURIComponent(JSON.stringify(request.sort))}` : '';
  return `/${request.list}/export?filter=${encodeURIComponent(JSON.stringify(request.filter))}${sort}${ids}&lang=${request.lang}`;
};

/** The file name the server gives in Content-Disposition (RFC 5987 form first), or a fallback. */
export const fileNameOf = (disposition: string | null, fallback: string): string => {
  if (!disposition) return fallback;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded) return decodeURIComponent(encoded);
  return /filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? fallback;
};

/** The server's name without the region (its code is the server's to know): period and language. */
export const fallbackName = (request: ReportRequest): string =>
  `report-${request.year}-q${request.quarter}-${request.lang}.${request.format}`;

/** The note's name without the region, as the server would give it. */
export const noteFallbackName = (request: NoteRequest): string =>
  `note-${request.year}${request.quarter === undefined ? '' : `-q${request.quarter}`}-${request.lang}.docx`;

/** Saves a fetched file through a temporary link, under the name the server gives or the fallback. */
export const saveDownload = async (response: Response, fallback: string): Promise<void> => {
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameOf(response.headers.get('Content-Disposition'), fallback);
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled; the URL is not needed after that.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
};
