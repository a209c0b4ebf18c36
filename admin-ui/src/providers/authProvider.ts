import { AuthProvider, HttpError } from 'react-admin';
import { API_URL } from './httpClient';
import { i18nProvider } from '../i18n/i18nProvider';
import type { LoginRequest, Session } from '../../../contracts/auth';
import { problemsOf, sayProblem } from './apiErrors';
import { prefetchFirstScreen } from './firstScreen';
import { queryClient } from './queryClient';
import { clearSession, clearSignOutReason, readLastUserId, readSession, readSignOutReason, writeSession } from './session';

interface Credentials {
  username: string;
  password: string;
}

/** Minutes are enough: the wait is up to 15 minutes. The login form shows the message as given, so it is translated here. */
export const tooManyAttempts = (response: Response): string => {
  const seconds = Number(response.headers.get('Retry-After'));
  return i18nProvider.translate('app.auth.too_many_attempts', { smart_count: Math.max(1, Math.ceil((seconds || 60) / 60)) });
};

export const authProvider: AuthProvider = {
  login: async ({ username, password }: Credentials) => {
    const response = await fetch(`${API_URL}/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ login: username, password } satisfies LoginRequest),
    });
    if (response.status === 429) throw new HttpError(tooManyAttempts(response), 429);
    if (!response.ok) {
      const [problem] = problemsOf(await response.json().catch(() => null));
      throw new HttpError(problem ? sayProblem(i18nProvider.translate, problem) : 'ra.auth.sign_in_error', response.status);
    }
    clearSignOutReason();
    const session = (await response.json()) as Session;
    const previousUserId = readLastUserId();
    writeSession(session);
    // react-admin keeps the identity cached for minutes; without this, the previous user's would be shown after a sign-in.
    queryClient.removeQueries({ queryKey: ['auth', 'getIdentity'] });
    prefetchFirstScreen();
    // The page a session ended on is where that person was heading, not where the next person is.
    return previousUserId !== null && previousUserId !== session.user.id ? { redirectTo: '/' } : undefined;
  },
  logout: async () => {
    clearSession();
  },
  checkAuth: async () => {
    if (readSession()) return;
    // The sign-in page says why already; react-admin's "please sign in" would only repeat it.
    if (readSignOutReason()) throw { message: false };
    throw new Error('ra.auth.auth_check_error');
  },
  checkError: async (error: { status?: number }) => {
    // Once: the other requests refused with the same ended session would each redirect to the sign-in page again.
    if (error.status === 401 && readSession()) {
      clearSession();
      throw new Error('ra.notification.logged_out');
    }
  },
  getIdentity: async () => {
    const session = readSession();
    if (!session) throw new Error('ra.auth.auth_check_error');
    const { id, fullName, role, regionId } = session.user;
    return { id, fullName, role, regionId };
  },
  getPermissions: async () => readSession()?.user.role,
};
