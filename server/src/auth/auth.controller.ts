import { Body, Controller, Get, HttpCode, Ip, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiSignedIn, ErrorResponse } from '../common/api-responses';
import { Actor } from '../common/actor';
import { UserResponse, UserResponseDto } from '../users/user.response';
import { ChangePasswordDto, LoginResponse, NewTokenResponse, UpdateMeDto } from './account.dto';
import { AuthService, LoginResult, NewToken } from './auth.service';
import { CurrentActor } from '../common/current-actor.decorator';
import { LoginDto } from './login.dto';
import { Public } from './public.decorator';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResponse })
  @ApiErrors(400, 401, 413, 503)
  @ApiResponse({
    status: 429,
    type: ErrorResponse,
    description: 'too many failed sign-ins for the account, the account from this address, or this address; Retry-After says for how long',
  })
  login(@Body() body: LoginDto, @Ip() address: string): Promise<LoginResult> {
    return this.auth.login(body.login, body.password, address);
  }

  @ApiBearerAuth()
  @Get('me')
  @ApiOkResponse({ type: UserResponseDto })
  @ApiSignedIn()
  me(@CurrentActor() actor: Actor): Promise<UserResponse> {
    return this.auth.me(actor);
  }

  @ApiBearerAuth()
  @Put('me')
  @ApiOkResponse({ type: UserResponseDto })
  @ApiSignedIn()
  @ApiErrors(400, 413)
  updateMe(@CurrentActor() actor: Actor, @Body() body: UpdateMeDto): Promise<UserResponse> {
    return this.auth.updateMe(actor, body);
  }

  @ApiBearerAuth()
  @Post('password')
  @HttpCode(200)
  @ApiOperation({ summary: "Change one's own password: every other session ends; this one goes on with the token in the answer" })
  @ApiOkResponse({ type: NewTokenResponse })
  @ApiSignedIn()
  @ApiErrors(400, 413)
  @ApiResponse({ status: 429, type: ErrorResponse, description: 'a wrong old password counts as a failed sign-in of the account' })
  changePassword(@CurrentActor() actor: Actor, @Body() body: ChangePasswordDto, @Ip() address: string): Promise<NewToken> {
    return this.auth.changePassword(actor, body.oldPassword, body.newPassword, address);
  }

  @ApiBearerAuth()
  @Post('sign-out-everywhere')
  @HttpCode(204)
  @ApiOperation({ summary: "End every session of one's own account, this one included" })
  @ApiNoContentResponse({ description: 'no body' })
  @ApiSignedIn()
  signOutEverywhere(@CurrentActor() actor: Actor): Promise<void> {
    return this.auth.signOutEverywhere(actor);
  }
}
