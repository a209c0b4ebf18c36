import type { Role } from '../../contracts/codes';

export interface SessionUser {
  id: number;
  login: string;
  fullName: string;
  role: Role;
  regionId: number | null;
  locale: string | null;
}

export interface Session {
  accessToken: string;
  user: SessionUser;
}

const SESSION_KEY = 'outreach.session';
const PENDING_LOCALE_KEY = 'outreach.pendingLocale';

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
  localStorage.removeItem(SESSION_KEY);
  localStorage.removeItem(PENDING_LOCALE_KEY);
};

export const takePendingLocale = (): string | null => {
  const locale = localStorage.getItem(PENDING_LOCALE_KEY);
  localStorage.removeItem(PENDING_LOCALE_KEY);
  return locale;
};

export const updateSessionUser = (changes: Partial<SessionUser>): void => {
  const session = readSession();
  if (session) localStorage.setItem(SESSION_KEY, JSON.stringify({ ...session, user: { ...session.user, ...changes } }));
};
