import { fetchUtils, HttpError } from 'react-admin';
import type { ApiError } from '../../../contracts/errors';
import { noteSignOutReason, readSession } from './session';

export const API_URL = '/api';

type ErrorBody = Partial<ApiError>;

/** A 4xx whose code names a field (password rules, a wrong old password): translated, and shown on that field. */
const withFieldError = (error: HttpError): HttpError => {
  const body = error.body as ErrorBody | undefined;
  const field = body?.params?.field;
  if (!body?.code || !field || typeof field !== 'string') return error;
  const message = `app.errors.${body.code}`;
  return new HttpError(message, error.status, { ...body, errors: { [field]: message } });
};

export const httpClient = (url: string, options: fetchUtils.Options = {}) => {
  const headers = new Headers(options.headers ?? { Accept: 'application/json' });
  const session = readSession();
  if (session) headers.set('Authorization', `Bearer ${session.accessToken}`);
  return fetchUtils.fetchJson(url, { ...options, headers }).catch((error: unknown) => {
    // The server's 403 text is English; every notification shows the translated one instead.
    if (error instanceof HttpError && error.status === 403) throw new HttpError('app.errors.forbidden', 403, error.body);
    if (error instanceof HttpError && error.status === 401 && (error.body as ErrorBody | undefined)?.code === 'auth.sessionEnded') {
      noteSignOutReason('session_ended');
    }
    throw error instanceof HttpError ? withFieldError(error) : error;
  });
};

/** The session's token, for the requests that cannot go through httpClient (an upload with progress, a file download). */
export const authorization = (): Record<string, string> => {
  const session = readSession();
  return session ? { Authorization: `Bearer ${session.accessToken}` } : {};
};
