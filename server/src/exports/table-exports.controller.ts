import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ACCESS } from '../common/access-policy';
import { Actor } from '../common/actor';
import { ApiErrors, ApiFileResponse, ApiSignedIn } from '../common/api-responses';
import { CurrentActor } from '../common/current-actor.decorator';
import { Roles } from '../common/roles.decorator';
import { ListExportQueryDto } from './list-export.dto';
import { send, XLSX } from './list-exports.controller';
import { ListExportsService } from './list-exports.service';
import { TableExportsService } from './table-exports.service';

/** The media plan items, users, outlets, rubrics and named references as workbooks, for their lists' readers. */
@ApiTags('exports')
@ApiBearerAuth()
@ApiSignedIn()
@Controller()
export class TableExportsController {
  constructor(
    private readonly lists: ListExportsService,
    private readonly tables: TableExportsService,
  ) {}

  @Get('media-plan-items/export')
  @Roles(...ACCESS['media-plan-items'].read)
  @ApiFileResponse(XLSX)
  @ApiErrors(400, 403)
  async mediaPlanItems(
    @Query() q: ListExportQueryDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return send(reply, await this.lists.mediaPlanItems(q, actor));
  }

  @Get('users/export')
  @Roles(...ACCESS.users.read)
  @ApiFileResponse(XLSX)
  @ApiErrors(400, 403)
  async users(
    @Query() q: ListExportQueryDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return send(reply, await this.tables.export('users', q, actor));
  }

  @Get('outlets/export')
  @Roles(...ACCESS.outlets.read)
  @ApiFileResponse(XLSX)
  @ApiErrors(400, 403)
  async outlets(
    @Query() q: ListExportQueryDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return send(reply, await this.tables.export('outlets', q, actor));
  }

  @Get('rubrics/export')
  @Roles(...ACCESS.rubrics.read)
  @ApiFileResponse(XLSX)
  @ApiErrors(400, 403)
  async rubrics(
    @Query() q: ListExportQueryDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return send(reply, await this.tables.export('rubrics', q, actor));
  }

  @Get('regions/export')
  @Roles(...ACCESS.regions.read)
  @ApiFileResponse(XLSX)
  @ApiErrors(400, 403)
  async regions(
    @Query() q: ListExportQueryDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return send(reply, await this.tables.export('regions', q, actor));
  }

  @Get('directions/export')
  @Roles(...ACCESS.directions.read)
  @ApiFileResponse(XLSX)
  @ApiErrors(400, 403)
  async directions(
    @Query() q: ListExportQueryDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return send(reply, await this.tables.export('directions', q, actor));
  }

  @Get('special-projects/export')
  @Roles(...ACCESS['special-projects'].read)
  @ApiFileResponse(XLSX)
  @ApiErrors(400, 403)
  async specialProjects(
    @Query() q: ListExportQueryDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return send(reply, await this.tables.export('special-projects', q, actor));
  }

  @Get('target-audiences/export')
  @Roles(...ACCESS['target-audiences'].read)
  @ApiFileResponse(XLSX)
  @ApiErrors(400, 403)
  async targetAudiences(
    @Query() q: ListExportQueryDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return send(reply, await this.tables.export('target-audiences', q, actor));
  }
}
