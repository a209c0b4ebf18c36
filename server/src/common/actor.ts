/** The signed-in user a request acts for, as read from the access token and checked against the database. */
export type { Actor } from '../../../contracts/auth';
