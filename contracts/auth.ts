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

/** The body of POST /api/auth/login. */
export interface LoginRequest {
  login: string;
  password: string;
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

/** The body of POST /api/auth/password. */
export interface PasswordChange {
  oldPassword: string;
  newPassword: string;
}

/** The answer of POST /api/auth/password: the token that replaces the caller's. */
export interface NewToken {
  accessToken: string;
}

/** The body of POST /api/users; PUT /api/users/:id takes any of it with the version, a password only to reset it. */
export interface NewUser {
  login: string;
  password: string;
  fullName: string;
  role: Role;
  /** Required for an RPO editor, empty for the other roles. */
  regionId?: number | null;
  locale?: Locale;
  active?: boolean;
}
