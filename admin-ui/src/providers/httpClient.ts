import { fetchUtils, HttpError } from 'react-admin';
import type { ApiError } from '../../../contracts/errors';
import { i18nProvider } from '../i18n/i18nProvider';
import { fieldProblems, problemsOf, sayProblem } from './apiErrors';
import { noteSignOutReason, readSession } from './session';

export const API_URL = '/api';

/**
 * A refusal told in the user's language: its message is its code's, and bad input's problems are on their fields of the
 * form (react-admin reads `body.errors` as messages by field), never the server's English.
 */
const translated = (error: HttpError): HttpError => {
  const problems = problemsOf(error.body);
  if (problems.length === 0) return error;
  const locale = i18nProvider.getLocale();
  const onFields = error.status === 400 ? fieldProblems(i18nProvider.translate, problems, locale) : {};
  return new HttpError(sayProblem(i18nProvider.translate, problems[0], locale), error.status, {
    ...(error.body as ApiError),
    errors: onFields,
  });
};

export const httpClient = (url: string, options: fetchUtils.Options = {}) => {
  const headers = new Headers(options.headers ?? { Accept: 'application/json' });
  const session = readSession();
  if (session) headers.set('Authorization', `Bearer ${session.accessToken}`);
  return fetchUtils.fetchJson(url, { ...options, headers }).catch((error: unknown) => {
    if (error instanceof HttpError && error.status === 401 && (error.body as Partial<ApiError> | undefined)?.code === 'auth.sessionEnded') {
      noteSignOutReason('session_ended');
    }
    throw error instanceof HttpError ? translated(error) : error;
  });
};

/** The session's token, for the requests that cannot go through httpClient (an upload with progress, a file download). */
export const authorization = (): Record<string, string> => {
  const session = readSession();
  return session ? { Authorization: `Bearer ${session.accessToken}` } : {};
};
