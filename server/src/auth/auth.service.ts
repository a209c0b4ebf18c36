import { BadRequestException, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { compare, hash } from 'bcryptjs';
import { DataSource } from 'typeorm';
import { audit, diff } from '../audit-events/audit';
import { Actor } from '../common/actor';
import { Locale } from '../../../contracts/codes';
import { User } from '../users/user.entity';
import { toUserResponse, UserResponse } from '../users/user.response';
import { PASSWORD_HASH_ROUNDS } from '../users/users.service';
import { preparedQuery } from '../database/prepared-query';
import { LoginThrottle } from './login-throttle';
import { ActorRow, actorSql } from './token-claim';

export interface LoginResult {
  accessToken: string;
  user: UserResponse;
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
    const keys = [`login:${login.toLowerCase()}`, `ip:${address}`];
    await this.throttle.assertAllowed(keys);
    const user = await this.ds.getRepository(User).findOneBy({ login: login.toLowerCase() });
    const ok = await compare(password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !ok || !user.active) {
      await this.throttle.fail(keys);
      throw new UnauthorizedException('Wrong login or password');
    }
    await this.throttle.succeed(keys[0]);
    return { accessToken: await this.jwt.signAsync({ sub: user.id }), user: toUserResponse(user) };
  }

  /** The active account of a token's user (a prepared statement: this runs on nearly every request). */
  async actorRow(userId: number): Promise<ActorRow | undefined> {
    const [row] = await preparedQuery<ActorRow>(this.ds, actorSql('$1'), [userId]);
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
      await audit(m, { userId: actor.id, action: 'update', resource: 'users', recordId: user.id, regionId: null, changes: diff({ ...before }, { ...after }) });
      return after;
    });
  }

  async changePassword(actor: Actor, oldPassword: string, newPassword: string): Promise<void> {
    await this.ds.transaction(async (m) => {
      const user = await m.findOneOrFail(User, { where: { id: actor.id }, lock: { mode: 'pessimistic_write' } });
      if (!(await compare(oldPassword, user.passwordHash))) throw new BadRequestException(['oldPassword: does not match the current password']);
      user.passwordHash = await hash(newPassword, PASSWORD_HASH_ROUNDS);
      user.version += 1;
      await m.save(user);
      await audit(m, { userId: actor.id, action: 'change_password', resource: 'users', recordId: user.id, regionId: null, changes: {} });
    });
  }
}
