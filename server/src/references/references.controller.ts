import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { References } from '../../../contracts/reference';
import { Actor } from '../common/actor';
import { ApiSignedIn } from '../common/api-responses';
import { CurrentActor } from '../common/current-actor.decorator';
import { ReferencesResponse } from './references.response';
import { ReferencesService } from './references.service';

@ApiTags('references')
@ApiBearerAuth()
@ApiSignedIn()
@Controller('references')
export class ReferencesController {
  constructor(private readonly references: ReferencesService) {}

  @Get()
  @ApiOkResponse({ type: ReferencesResponse, description: 'with an ETag; If-None-Match answers 304 while nothing changed' })
  all(@CurrentActor() actor: Actor): Promise<References> {
    return this.references.all(actor);
  }
}
