import { Body, Controller, Get, HttpCode, Ip, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Actor } from '../common/actor';
import { UserResponse } from '../users/user.response';
import { ChangePasswordDto, UpdateMeDto } from './account.dto';
import { AuthService, LoginResult } from './auth.service';
import { CurrentActor } from './current-actor.decorator';
import { LoginDto } from './login.dto';
import { Public } from './public.decorator';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  login(@Body() body: LoginDto, @Ip() address: string): Promise<LoginResult> {
    return this.auth.login(body.login, body.password, address);
  }

  @ApiBearerAuth()
  @Get('me')
  me(@CurrentActor() actor: Actor): Promise<UserResponse> {
    return this.auth.me(actor);
  }

  @ApiBearerAuth()
  @Put('me')
  updateMe(@CurrentActor() actor: Actor, @Body() body: UpdateMeDto): Promise<UserResponse> {
    return this.auth.updateMe(actor, body);
  }

  @ApiBearerAuth()
  @Post('password')
  @HttpCode(204)
  changePassword(@CurrentActor() actor: Actor, @Body() body: ChangePasswordDto): Promise<void> {
    return this.auth.changePassword(actor, body.oldPassword, body.newPassword);
  }
}
