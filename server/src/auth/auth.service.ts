import { BadRequestException, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { compare, hash } from 'bcryptjs';
import { DataSource } from 'typeorm';
import { audit, diff } from '../common/audit';
import { Actor } from '../common/actor';
import { Locale } from '../../../contracts/codes';
import { User } from '../users/user.entity';
import { toUserResponse, UserResponse } from '../users/user.response';
import { PASSWORD_HASH_ROUNDS } from '../users/users.service';
import { preparedQuery } from '../common/prepared-query';
import { endSessions } from '../users/end-sessions';
import { countersOf, LoginThrottle } from './login-throttle';
import { assertAcceptablePassword } from '../users/password-policy';
import { ActorRow, actorSql } from '../common/token-claim';
import { refusal } from '../common/coded-error';

export interface LoginResult {
  accessToken: string;
  user: UserResponse;
}

export interface NewToken {
  accessToken: string;
}

/** Compared against when the login is unknown, so that a wrong login and a wrong password take the same time. */
const DUMMY_HASH = '$2b$10$VWp5uMQb5oIDEBeFOtivMOamXI0euuofZ725OBLRgVjML1u48DBOO';

@Injectable()
export class AuthService {
  private readonly throttle: LoginThrottle;

  constructor(
    private readonly ds: DataSource,
    private readonly jwt: JwtService,
  ) {
    this.throttle = new LoginThrottle(ds);
  }

  async login(login: string, password: string, address: string): Promise<LoginResult> {
    const counters = countersOf(login, address);
    await this.throttle.assertAllowed(counters);
    const user = await this.ds.getRepository(User).findOneBy({ login: login.toLowerCase() });
    const ok = await compare(password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !ok || !user.active) {
      await this.throttle.fail(counters);
      throw refusal(UnauthorizedException, 'auth.wrongCredentials', 'Wrong login or password', {});
    }
    await this.throttle.succeed(counters);
    return { accessToken: await this.tokenFor(user.id, user.sessionGeneration), user: toUserResponse(user) };
  }

  /** The active account of a token's user (a prepared statement: this runs on nearly every request). */
  async actorRow(userId: number, generation: number): Promise<ActorRow | undefined> {
    const [row] = await preparedQuery<ActorRow>(this.ds, actorSql('$1', '$2'), [userId, generation]);
    return row;
  }

  async me(actor: Actor): Promise<UserResponse> {
    return toUserResponse(await this.ds.getRepository(User).findOneByOrFail({ id: actor.id }));
  }

  async updateMe(actor: Actor, changes: { locale?: Locale; fullName?: string }): Promise<UserResponse> {
    return this.ds.transaction(async (m) => {
      const user = await m.findOneOrFail(User, { where: { id: actor.id }, lock: { mode: 'pessimistic_write' } });
      const before = toUserResponse(user);
      if (changes.locale !== undefined) user.locale = changes.locale;
      if (changes.fullName !== undefined) user.fullName = changes.fullName;
      user.version += 1;
      const after = toUserResponse(await m.save(user));
      await audit(m, {
        userId: actor.id,
        action: 'update',
        resource: 'users',
        recordId: user.id,
        regionId: null,
        changes: diff({ ...before }, { ...after }),
      });
      return after;
    });
  }

  /**
   * A wrong old password counts as a failed sign-in of the account, so it cannot be guessed here either. Every other
   * session of the account ends; the caller's goes on with the fresh token in the answer.
   */
  async changePassword(actor: Actor, oldPassword: string, newPassword: string, address: string): Promise<NewToken> {
    const counters = countersOf(actor.login, address);
    await this.throttle.assertAllowed(counters);
    const current = await this.ds.getRepository(User).findOneByOrFail({ id: actor.id });
    if (!(await compare(oldPassword, current.passwordHash))) {
      await this.throttle.fail(counters);
      throw new BadRequestException({
        message: ['oldPassword: does not match the current password'],
        code: 'auth.wrongPassword',
        field: 'oldPassword',
        params: { field: 'oldPassword' },
      });
    }
    await this.throttle.succeed(counters);
    assertAcceptablePassword('newPassword', newPassword, current);
    const newHash = await hash(newPassword, PASSWORD_HASH_ROUNDS);
    const generation = await this.ds.transaction(async (m) => {
      const user = await m.findOneOrFail(User, { where: { id: actor.id }, lock: { mode: 'pessimistic_write' } });
      user.passwordHash = newHash;
      user.version += 1;
      await m.save(user);
      await audit(m, { userId: actor.id, action: 'change_password', resource: 'users', recordId: user.id, regionId: null, changes: {} });
      return endSessions(m, user.id, actor.id, 'password changed');
    });
    return { accessToken: await this.tokenFor(actor.id, generation) };
  }

  /** Ends every session of one's own, this one included. */
  async signOutEverywhere(actor: Actor): Promise<void> {
    await this.ds.transaction((m) => endSessions(m, actor.id, actor.id, 'signed out everywhere'));
  }

  private tokenFor(userId: number, generation: number): Promise<string> {
    return this.jwt.signAsync({ sub: userId, gen: generation });
  }
}
