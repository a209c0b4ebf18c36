import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { AuthService } from './auth.service';
import { AuthenticatedRequest } from '../common/current-actor.decorator';
import { IS_PUBLIC } from './public.decorator';
import { ROLES_KEY } from '../common/roles.decorator';
import { ACCOUNT_IN_QUERY, actorOf, assertRole } from '../common/token-claim';
import type { Role } from '../../../contracts/codes';
import { refusal } from '../common/coded-error';

interface TokenPayload {
  sub: number;
  /** The account's session generation when the token was issued (see actorSql). */
  gen: number;
  exp?: number;
}

interface VerifiedToken {
  sub: number;
  gen: number;
  expiresAt: number;
}

/** Verified tokens kept, oldest dropped first: enough for every session of a working day. */
const VERIFIED_TOKENS = 10_000;

const invalidToken = () => refusal(UnauthorizedException, 'auth.tokenInvalid', 'The access token is invalid or has expired', {});

@Injectable()
export class AuthGuard implements CanActivate {
  /**
   * Tokens whose signature was checked, with their expiry: the check is a tenth of a read by id's CPU, and a token's
   * signature never changes. The account behind it, session generation included, is still checked on every request,
   * so a session ended on another instance is refused here too.
   */
  private readonly verified = new Map<string, VerifiedToken>();

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
    if (scheme !== 'Bearer' || !token)
      throw refusal(UnauthorizedException, 'auth.required', 'Sign in first: Authorization: Bearer <token> is missing', {});
    const { sub: userId, gen: generation } = await this.verify(token);
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (this.reflector.getAllAndOverride<boolean>(ACCOUNT_IN_QUERY, targets)) {
      req.claim = { userId, generation, roles };
      return true;
    }
    const actor = actorOf(await this.auth.actorRow(userId, generation));
    assertRole(actor, roles);
    req.actor = actor;
    return true;
  }

  private async verify(token: string): Promise<VerifiedToken> {
    const known = this.verified.get(token);
    if (known && known.expiresAt > Date.now()) return known;
    this.verified.delete(token);
    let payload: TokenPayload;
    try {
      payload = await this.jwt.verifyAsync<TokenPayload>(token);
    } catch {
      throw invalidToken();
    }
    if (!Number.isSafeInteger(payload.sub) || !Number.isSafeInteger(payload.gen)) throw invalidToken();
    const verified = { sub: payload.sub, gen: payload.gen, expiresAt: (payload.exp ?? Infinity) * 1000 };
    if (payload.exp !== undefined) {
      if (this.verified.size >= VERIFIED_TOKENS) this.verified.delete(this.verified.keys().next().value ?? '');
      this.verified.set(token, verified);
    }
    return verified;
  }
}
