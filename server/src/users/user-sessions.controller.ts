import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { endSessions } from './end-sessions';
import { CurrentActor } from '../common/current-actor.decorator';
import { Roles } from '../common/roles.decorator';
import { Actor } from '../common/actor';
import { ApiErrors, ApiSignedIn } from '../common/api-responses';
import { IdPipe } from '../common/id.pipe';
import { User } from './user.entity';
import { notFound } from '../common/coded-error';

@ApiTags('users')
@ApiBearerAuth()
@ApiSignedIn()
@Controller('users')
export class UserSessionsController {
  constructor(private readonly ds: DataSource) {}

  @Post(':id/sign-out-everywhere')
  @Roles('admin')
  @HttpCode(204)
  @ApiOperation({ summary: "End every session of the account (an administrator's own too)" })
  @ApiNoContentResponse({ description: 'no body' })
  @ApiErrors(400, 403, 404)
  async signOutEverywhere(@Param('id', IdPipe) id: number, @CurrentActor() actor: Actor): Promise<void> {
    await this.ds.transaction(async (m) => {
      if (!(await m.existsBy(User, { id }))) throw notFound('users', id);
      await endSessions(m, id, actor.id, 'signed out everywhere by an administrator');
    });
  }
}
