import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { AuthService } from './auth.service';
import { AuthenticatedRequest } from './current-actor.decorator';
import { IS_PUBLIC } from './public.decorator';
import { ROLES_KEY } from './roles.decorator';
import { ACCOUNT_IN_QUERY, actorOf, assertRole } from './token-claim';
import type { Role } from '../common/codes';

interface TokenPayload {
  sub: number;
}

@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly auth: AuthService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const req = ctx.switchToHttp().getRequest<AuthenticatedRequest & { headers: Record<string, string | undefined> }>();
    const [scheme, token] = (req.headers.authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) throw new UnauthorizedException('Sign in first: Authorization: Bearer <token> is missing');
    let payload: TokenPayload;
    try {
      payload = await this.jwt.verifyAsync<TokenPayload>(token);
    } catch {
      throw new UnauthorizedException('The access token is invalid or has expired');
    }
    if (!Number.isSafeInteger(payload.sub)) throw new UnauthorizedException('The access token is invalid or has expired');
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (this.reflector.getAllAndOverride<boolean>(ACCOUNT_IN_QUERY, targets)) {
      req.claim = { userId: payload.sub, roles };
      return true;
    }
    const actor = actorOf(await this.auth.actorRow(payload.sub));
    assertRole(actor, roles);
    req.actor = actor;
    return true;
  }
}
