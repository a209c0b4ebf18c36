import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiSignedIn } from '../common/api-responses';
import { CurrentActor } from '../common/current-actor.decorator';
import { Actor } from '../common/actor';
import type { Inbox } from '../../../contracts/inbox';
import { InboxResponse } from './inbox.response';
import { InboxService } from './inbox.service';

@ApiTags('inbox')
@ApiBearerAuth()
@ApiSignedIn()
@Controller('inbox')
export class InboxController {
  constructor(private readonly inbox: InboxService) {}

  @Get()
  @ApiOkResponse({ type: InboxResponse, description: "what needs the reader's attention, by their role and region" })
  get(@CurrentActor() actor: Actor): Promise<Inbox<Date>> {
    return this.inbox.inbox(actor);
  }
}
