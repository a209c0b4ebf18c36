import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { Actor } from './actor';
import { TokenClaim } from './token-claim';

export interface AuthenticatedRequest {
  actor?: Actor;
  /** Set instead of actor on @AccountInQuery() routes. */
  claim?: TokenClaim;
}

export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const actor = ctx.switchToHttp().getRequest<AuthenticatedRequest>().actor;
  if (!actor) throw new Error('CurrentActor used on a public route');
  return actor;
});
