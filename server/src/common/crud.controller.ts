import { Body, Delete, Get, Param, Post, Put, Query, Res, Type } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentActor } from './current-actor.decorator';
import { ACCESS, ResourceName } from './access-policy';
import { Roles } from './roles.decorator';
import { AccountInQuery, CurrentClaim, TokenClaim } from './token-claim';
import { Actor } from './actor';
import { ApiErrors, ApiListResponse, ApiSignedIn } from './api-responses';
import { CrudService, Identified, Page, Plain } from './crud.service';
import { IdPipe } from './id.pipe';
import { ListQueryDto } from './list-query.dto';
import { validationPipe } from './validation';

export function contentRange(resource: string, page: Page): string {
  if (page.rows.length === 0) return `${resource} */${page.total}`;
  return `${resource} ${page.offset}-${page.offset + page.rows.length - 1}/${page.total}`;
}

/** Content-Range, plus X-Total-Count-Estimated when its total is an estimate (docs/api-extensions.md). */
export function setListHeaders(reply: FastifyReply, resource: string, page: Page): void {
  reply.header('Content-Range', contentRange(resource, page));
  if (page.estimated) reply.header('X-Total-Count-Estimated', 'true');
}

/** A list's answer: its page, or with `embed=` (where a resource offers it) the page and the records it refers to. */
export type ListAnswer = Plain[] | { data: Plain[]; embedded: Record<string, Plain[]> };

interface ReadRouteOptions {
  path: ResourceName;
  /** The record as the API answers it, for the OpenAPI document. */
  record: Type<unknown>;
}

interface CrudRouteOptions extends ReadRouteOptions {
  create: new () => object;
  update: new () => object;
}

/** The two read routes of ra-data-simple-rest: GET /<path> (a page, Content-Range) and GET /<path>/:id. */
export function ReadRoutes(o: ReadRouteOptions) {
  @ApiTags(o.path)
  @ApiBearerAuth()
  @ApiSignedIn()
  class ReadController {
    constructor(readonly service: CrudService<Identified>) {}

    @Get()
    @Roles(...ACCESS[o.path].read)
    @ApiListResponse(o.record)
    @ApiErrors(400, 403)
    async list(
      @Query() query: ListQueryDto,
      @Res({ passthrough: true }) reply: FastifyReply,
      @CurrentActor() actor: Actor,
    ): Promise<ListAnswer> {
      const page = await this.service.list(query, actor);
      setListHeaders(reply, o.path, page);
      return page.rows;
    }

    @Get(':id')
    @Roles(...ACCESS[o.path].read)
    @ApiOkResponse({ type: o.record })
    @ApiErrors(400, 403, 404)
    @AccountInQuery()
    getOne(@Param('id', IdPipe) id: number, @CurrentClaim() claim: TokenClaim): Promise<Plain> {
      return this.service.getOne(id, claim);
    }
  }
  return ReadController;
}

/** The five routes of ra-data-simple-rest; the body types are validated here because generics erase them. */
export function CrudRoutes(o: CrudRouteOptions) {
  class CrudController extends ReadRoutes(o) {
    @Post()
    @Roles(...ACCESS[o.path].write)
    @ApiBody({ type: o.create })
    @ApiCreatedResponse({ type: o.record })
    @ApiErrors(400, 403, 409, 413)
    create(@Body(validationPipe(o.create)) body: Plain, @CurrentActor() actor: Actor): Promise<Plain> {
      return this.service.create(body, actor);
    }

    @Put(':id')
    @Roles(...ACCESS[o.path].write)
    @ApiBody({ type: o.update })
    @ApiOkResponse({ type: o.record })
    @ApiErrors(400, 403, 404, 409, 413)
    update(@Param('id', IdPipe) id: number, @Body(validationPipe(o.update)) body: Plain, @CurrentActor() actor: Actor): Promise<Plain> {
      return this.service.update(id, body, actor);
    }

    @Delete(':id')
    @Roles(...ACCESS[o.path].write)
    @ApiOkResponse({ type: o.record, description: 'the deleted record' })
    @ApiErrors(400, 403, 404, 409)
    remove(@Param('id', IdPipe) id: number, @CurrentActor() actor: Actor): Promise<Plain> {
      return this.service.remove(id, actor);
    }
  }
  return CrudController;
}
