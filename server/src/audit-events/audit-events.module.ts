import { Controller, Get, Injectable, Module, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { CurrentActor } from '../common/current-actor.decorator';
import { AccountInQuery, CurrentClaim, TokenClaim } from '../common/token-claim';
import { Actor } from '../common/actor';
import { ApiErrors, ApiListResponse, ApiSignedIn } from '../common/api-responses';
import { setListHeaders } from '../common/crud.controller';
import { CrudService, Plain } from '../common/crud.service';
import { IdPipe } from '../common/id.pipe';
import { ListQueryDto } from '../common/list-query.dto';
import { AuditEvent } from './audit-event.entity';
import { AuditEventResponse } from './audit-event.response';
import { withNames } from './audit-names';

@Injectable()
export class AuditEventsService extends CrudService<AuditEvent> {
  constructor(ds: DataSource) {
    super(
      ds,
      AuditEvent,
      {
        resource: 'audit-events',
        fields: {
          id: { column: 'id', type: 'int' },
          at: { column: 'at', type: 'timestamp' },
          userId: { column: 'userId', type: 'int' },
          action: { column: 'action', type: 'text' },
          resource: { column: 'resource', type: 'text' },
          recordId: { column: 'recordId', type: 'int' },
          regionId: { column: 'regionId', type: 'int' },
          changes: { column: 'changes', type: 'text', filterable: false, sortable: false },
          comment: { column: 'comment', type: 'text', filterable: false },
        },
        search: ['resource', 'action', 'comment'],
        period: { column: 'at', from: 'from', to: 'to' },
        defaultSort: ['id', 'DESC'],
      },
      { regionOf: async (_m, e) => e.regionId, regionSql: (alias) => `${alias}.region_id`, present: withNames },
    );
  }
}

/** Read-only: the trail is never changed or deleted through the API. */
@ApiTags('audit-events')
@ApiBearerAuth()
@ApiSignedIn()
@Controller('audit-events')
export class AuditEventsController {
  constructor(private readonly service: AuditEventsService) {}

  @Get()
  @ApiListResponse(AuditEventResponse)
  @ApiErrors(400, 403)
  async list(
    @Query() query: ListQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
    @CurrentActor() actor: Actor,
  ): Promise<Plain[]> {
    const page = await this.service.list(query, actor);
    setListHeaders(reply, 'audit-events', page);
    return page.rows;
  }

  @Get(':id')
  @AccountInQuery()
  @ApiOkResponse({ type: AuditEventResponse })
  @ApiErrors(400, 403, 404)
  getOne(@Param('id', IdPipe) id: number, @CurrentClaim() claim: TokenClaim): Promise<Plain> {
    return this.service.getOne(id, claim);
  }
}

@Module({ controllers: [AuditEventsController], providers: [AuditEventsService] })
export class AuditEventsModule {}
