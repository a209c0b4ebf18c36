import type { Role } from '../../../contracts/codes';

/** The signed-in user a request acts for, as read from the access token and checked against the database. */
export interface Actor {
  id: number;
  login: string;
  role: Role;
  regionId: number | null;
}
