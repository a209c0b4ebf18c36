import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ACCESS } from '../common/access-policy';
import { ApiErrors, ApiSignedIn } from '../common/api-responses';
import { CurrentActor } from '../common/current-actor.decorator';
import { Actor } from '../common/actor';
import { Roles } from '../common/roles.decorator';
import type { MaterialBulkAnswer } from '../../../contracts/materials';
import { MaterialBulkDto } from './material.dto';
import { MaterialBulkResponse } from './material.response';
import { MaterialsService } from './materials.service';

@ApiTags('materials')
@ApiBearerAuth()
@ApiSignedIn()
@Controller('materials')
export class MaterialsBulkController {
  constructor(private readonly materials: MaterialsService) {}

  @Post('bulk')
  @HttpCode(200)
  @Roles(...ACCESS.materials.write)
  @ApiOkResponse({ type: MaterialBulkResponse, description: 'every material saved, or none (saved: false) with why each was refused' })
  @ApiErrors(400, 403, 413)
  bulk(@Body() body: MaterialBulkDto, @CurrentActor() actor: Actor): Promise<MaterialBulkAnswer> {
    return this.materials.bulkUpdate(body, actor);
  }
}
