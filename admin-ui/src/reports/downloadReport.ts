import { API_URL } from '../httpClient';
import { readSession } from '../session';
import { fallbackName, fileNameOf, ReportRequest, reportPath } from './reportRequest';

/** Fetches the report with the session's token and saves it through a temporary link. */
export const downloadReport = async (request: ReportRequest): Promise<void> => {
  const session = readSession();
  const response = await fetch(`${API_URL}${reportPath(request)}`, {
    headers: session ? { Authorization: `Bearer ${session.accessToken}` } : {},
  });
  if (!response.ok) throw new Error(String(response.status));
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameOf(response.headers.get('Content-Disposition'), fallbackName(request));
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The browser has taken the file by the time the click handler returns; the URL is no longer needed after.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
};
