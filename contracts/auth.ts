import type { Locale, Role } from './codes';

/** The signed-in user a request acts for. */
export interface Actor {
  id: number;
  login: string;
  role: Role;
  regionId: number | null;
}

/** A user account as the API shows it: GET /api/users/:id, GET and PUT /api/auth/me, the user of the sign-in answer. */
export interface UserAccount extends Actor {
  fullName: string;
  locale: Locale;
  active: boolean;
  version: number;
}

/** The answer of POST /api/auth/login. */
export interface Session {
  accessToken: string;
  user: UserAccount;
}

/** The body of PUT /api/auth/me. */
export interface MeChanges {
  locale?: Locale;
  fullName?: string;
}

/** The answer of POST /api/auth/password: the token that replaces the caller's. */
export interface NewToken {
  accessToken: string;
}
