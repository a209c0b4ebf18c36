import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { compare } from 'bcryptjs';
import { DataSource } from 'typeorm';
import { Actor } from '../common/actor';
import { User } from '../users/user.entity';
import { toUserResponse, UserResponse } from '../users/user.response';

export interface LoginResult {
  accessToken: string;
  user: UserResponse;
}

/** Compared against when the login is unknown, so that a wrong login and a wrong password take the same time. */
const DUMMY_HASH = '$2b$10$VWp5uMQb5oIDEBeFOtivMOamXI0euuofZ725OBLRgVjML1u48DBOO';

@Injectable()
export class AuthService {
  constructor(
    private readonly ds: DataSource,
    private readonly jwt: JwtService,
  ) {}

  async login(login: string, password: string): Promise<LoginResult> {
    const user = await this.ds.getRepository(User).findOneBy({ login });
    const ok = await compare(password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !ok || !user.active) throw new UnauthorizedException('Wrong login or password');
    return { accessToken: await this.jwt.signAsync({ sub: user.id }), user: toUserResponse(user) };
  }

  async actorFor(userId: number): Promise<Actor | null> {
    if (!Number.isSafeInteger(userId)) return null;
    const user = await this.ds.getRepository(User).findOneBy({ id: userId });
    if (!user || !user.active) return null;
    return { id: user.id, login: user.login, role: user.role, regionId: user.regionId };
  }

  async me(actor: Actor): Promise<UserResponse> {
    return toUserResponse(await this.ds.getRepository(User).findOneByOrFail({ id: actor.id }));
  }
}
