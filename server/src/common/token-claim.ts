import { createParamDecorator, ExecutionContext, ForbiddenException, SetMetadata, UnauthorizedException } from '@nestjs/common';
import { Actor } from './actor';
import type { Role } from '../../../contracts/codes';
import { refusal } from './coded-error';

/** A verified token's user and session generation, not yet checked against the database, and the roles the route admits. */
export interface TokenClaim {
  userId: number;
  generation: number;
  roles: readonly Role[] | undefined;
}

export interface ActorRow {
  actor_id: number;
  actor_login: string;
  actor_role: Role;
  actor_region_id: number | null;
  /** The token's session generation is the account's current one: no password change, sign-out everywhere, ... since. */
  actor_session_current: boolean;
}

/**
 * The signed-in account as SQL (an active user only), with `$n` for the user id and for the token's session
 * generation; its columns make an ActorRow.
 */
export function actorSql(userParam: string, generationParam: string): string {
  return `SELECT id AS actor_id, login AS actor_login, role AS actor_role, region_id AS actor_region_id, session_generation = ${generationParam}::int AS actor_session_current FROM users WHERE id = ${userParam} AND active`;
}

const SESSION_ENDED = 'auth.sessionEnded';

/** The account behind a token, or 401 when it is gone, deactivated, or its sessions were ended after the token was issued. */
export function actorOf(row: ActorRow | undefined): Actor {
  if (!row) throw new UnauthorizedException({ message: 'The account is inactive or no longer exists', code: SESSION_ENDED, params: {} });
  if (!row.actor_session_current) {
    throw new UnauthorizedException({
      message: 'The session was ended (password, role or region changed, or signed out everywhere): sign in again',
      code: SESSION_ENDED,
      params: {},
    });
  }
  return { id: row.actor_id, login: row.actor_login, role: row.actor_role, regionId: row.actor_region_id };
}

export function assertRole(actor: Actor, roles: readonly Role[] | undefined): void {
  if (roles && !roles.includes(actor.role)) throw refusal(ForbiddenException, 'access.role', 'Your role may not do this', {});
}

export const ACCOUNT_IN_QUERY = 'accountInQuery';
/**
 * The handler reads the account in the same statement as its data (actorSql, actorOf, assertRole), so the guard only
 * verifies the token: one round trip instead of two on the hottest reads.
 */
export const AccountInQuery = () => SetMetadata(ACCOUNT_IN_QUERY, true);

export const CurrentClaim = createParamDecorator((_: unknown, ctx: ExecutionContext): TokenClaim => {
  const claim = ctx.switchToHttp().getRequest<{ claim?: TokenClaim }>().claim;
  if (!claim) throw new Error('CurrentClaim used on a route without @AccountInQuery()');
  return claim;
});
