import type { Actor } from '../../../contracts/auth';

/** What the UI's rules read of the signed-in user: react-admin's identity, whose role is typed as a plain string. */
export interface ActorScope extends Partial<Pick<Actor, 'regionId'>> {
  role?: string;
  [key: string]: unknown;
}
