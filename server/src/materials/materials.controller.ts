import { Controller, Get, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ACCESS } from '../common/access-policy';
import { Actor } from '../common/actor';
import { ApiErrors, ApiListResponse } from '../common/api-responses';
import { CrudRoutes, ListAnswer, setListHeaders } from '../common/crud.controller';
import { CurrentActor } from '../common/current-actor.decorator';
import { Roles } from '../common/roles.decorator';
import { OutletResponse } from '../outlets/outlet.response';
import { RegionResponse } from '../regions/region.response';
import { CreateMaterialDto, UpdateMaterialDto } from './material.dto';
import { MaterialListQueryDto } from './material-list-query.dto';
import { MaterialResponse } from './material.response';
import { MaterialsService } from './materials.service';

/**
 * /api/materials: the shared CRUD routes (common/crud.controller.ts) over MaterialsService. GET lists (Content-Range)
 * and GET :id reads for the materials' readers; POST creates, PUT :id updates and DELETE :id deletes for its writers.
 * The list may embed the outlets and regions its page refers to, so that a page turn is one request.
 */
@Controller('materials')
export class MaterialsController extends CrudRoutes({
  path: 'materials',
  create: CreateMaterialDto,
  update: UpdateMaterialDto,
  record: MaterialResponse,
}) {
  constructor(private readonly materials: MaterialsService) {
    super(materials);
  }

  @Get()
  @Roles(...ACCESS.materials.read)
  @ApiListResponse(MaterialResponse, { outlets: OutletResponse, regions: RegionResponse })
  @ApiErrors(400, 403)
  override async list(
    @Query() query: MaterialListQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
    @CurrentActor() actor: Actor,
  ): Promise<ListAnswer> {
    const { embed, ...listQuery } = query;
    if (embed === undefined) return super.list(listQuery, reply, actor);
    const { page, embedded } = await this.materials.listEmbedding(listQuery, embed, actor);
    setListHeaders(reply, 'materials', page);
    return { data: page.rows, embedded };
  }
}
