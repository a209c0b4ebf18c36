import { API_URL } from '../httpClient';
import { readSession } from '../session';
import { percentOf } from './importRules';
import { ImportResult, TemplateFormat, TemplateLanguage } from './types';

export class ImportUploadError extends Error {
  constructor(
    readonly status: number,
    /** The server's stable code for the refusal and its parameters (e.g. import.limit, { limit, max }), when it gave one. */
    readonly code?: string,
    readonly params?: Record<string, unknown>,
  ) {
    super(`import upload failed with status ${status}`);
  }
}

const refusalOf = (status: number, body: unknown): ImportUploadError => {
  const { code, params } = typeof body === 'object' && body !== null ? (body as { code?: unknown; params?: unknown }) : {};
  return new ImportUploadError(
    status,
    typeof code === 'string' ? code : undefined,
    typeof params === 'object' && params !== null ? (params as Record<string, unknown>) : undefined,
  );
};

interface UploadCallbacks {
  onProgress(percent: number): void;
  /** The file is sent; the server is reading and checking it. */
  onProcessing(): void;
}

const authorization = (): Record<string, string> => {
  const session = readSession();
  return session ? { Authorization: `Bearer ${session.accessToken}` } : {};
};

// XMLHttpRequest rather than fetch: only it reports how much of a large file has been sent.
export const uploadImport = (file: File, dryRun: boolean, callbacks: UploadCallbacks): Promise<ImportResult> =>
  new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${API_URL}/materials/import${dryRun ? '?dryRun=true' : ''}`);
    for (const [name, value] of Object.entries(authorization())) xhr.setRequestHeader(name, value);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.responseType = 'json';
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) callbacks.onProgress(percentOf(event.loaded, event.total));
    };
    xhr.upload.onload = () => callbacks.onProcessing();
    xhr.onload = () => {
      if (xhr.status === 200 && xhr.response) resolve(xhr.response as ImportResult);
      else reject(refusalOf(xhr.status, xhr.response));
    };
    xhr.onerror = () => reject(new ImportUploadError(0));
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });

const fileNameOf = (disposition: string | null, fallback: string): string => /filename="([^"]+)"/.exec(disposition ?? '')?.[1] ?? fallback;

/** Fetches the template with the session's token and saves it through a temporary link. */
export const downloadTemplate = async (format: TemplateFormat, lang: TemplateLanguage): Promise<void> => {
  const response = await fetch(`${API_URL}/materials/import/template?format=${format}&lang=${lang}`, { headers: authorization() });
  if (!response.ok) throw new ImportUploadError(response.status);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameOf(response.headers.get('Content-Disposition'), `materials-import-${lang}.${format}`);
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled; the URL is not needed after that.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
};
