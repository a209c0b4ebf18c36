import type { UserAccount, Session } from '../../../contracts/auth';

const SESSION_KEY = 'outreach.session';
const PENDING_LOCALE_KEY = 'outreach.pendingLocale';
const SIGN_OUT_REASON_KEY = 'outreach.signOutReason';
const LAST_USER_KEY = 'outreach.lastUser';

/** Why the sign-in page is shown, when it was not the user's own "sign out". */
export type SignOutReason = 'session_ended' | 'signed_out_everywhere';

export const readSession = (): Session | null => {
  const raw = localStorage.getItem(SESSION_KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as Session;
  } catch {
    return null;
  }
};

export const writeSession = (session: Session): void => {
  localStorage.setItem(SESSION_KEY, JSON.stringify(session));
  if (session.user.locale) localStorage.setItem(PENDING_LOCALE_KEY, session.user.locale);
};

export const clearSession = (): void => {
  const userId = readSession()?.user.id;
  if (userId !== undefined) localStorage.setItem(LAST_USER_KEY, String(userId));
  localStorage.removeItem(SESSION_KEY);
  localStorage.removeItem(PENDING_LOCALE_KEY);
};

export const takePendingLocale = (): string | null => {
  const locale = localStorage.getItem(PENDING_LOCALE_KEY);
  localStorage.removeItem(PENDING_LOCALE_KEY);
  return locale;
};

export const updateSessionUser = (changes: Partial<UserAccount>): void => {
  const session = readSession();
  if (session) localStorage.setItem(SESSION_KEY, JSON.stringify({ ...session, user: { ...session.user, ...changes } }));
};

/** After one's own password change: the server ended every other session and gave this one a fresh token. */
export const replaceAccessToken = (accessToken: string): void => {
  const session = readSession();
  if (session) localStorage.setItem(SESSION_KEY, JSON.stringify({ ...session, accessToken }));
};

export const noteSignOutReason = (reason: SignOutReason): void => {
  sessionStorage.setItem(SIGN_OUT_REASON_KEY, reason);
};

export const readSignOutReason = (): SignOutReason | null => {
  const reason = sessionStorage.getItem(SIGN_OUT_REASON_KEY);
  return reason === 'session_ended' || reason === 'signed_out_everywhere' ? reason : null;
};

export const clearSignOutReason = (): void => {
  sessionStorage.removeItem(SIGN_OUT_REASON_KEY);
};

/** Whose session this browser held last, so that the next person to sign in is not taken to that person's page. */
export const readLastUserId = (): number | null => {
  const id = Number(localStorage.getItem(LAST_USER_KEY));
  return Number.isInteger(id) && id > 0 ? id : null;
};
