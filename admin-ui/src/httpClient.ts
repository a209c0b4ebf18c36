import { fetchUtils, HttpError } from 'react-admin';
import { readSession } from './session';

export const API_URL = '/api';

export const httpClient = (url: string, options: fetchUtils.Options = {}) => {
  const headers = new Headers(options.headers ?? { Accept: 'application/json' });
  const session = readSession();
  if (session) headers.set('Authorization', `Bearer ${session.accessToken}`);
  return fetchUtils.fetchJson(url, { ...options, headers }).catch((error: unknown) => {
    // The server's 403 text is English; every notification shows the translated one instead.
    if (error instanceof HttpError && error.status === 403) throw new HttpError('app.errors.forbidden', 403, error.body);
    throw error;
  });
};

export const fetchApi = async <T,>(path: string): Promise<T> => {
  const { json } = await httpClient(`${API_URL}${path}`);
  return json as T;
};
