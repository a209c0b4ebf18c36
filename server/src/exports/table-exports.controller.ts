import { Controller, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Actor } from '../common/actor';
import { ApiSignedIn } from '../common/api-responses';
import { CurrentActor } from '../common/current-actor.decorator';
import { ListExportQueryDto } from './list-export.dto';
import { ExportRoute, send } from './list-exports.controller';
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

  @ExportRoute('media-plan-items')
  async mediaPlanItems(
    @Query() q: ListExportQueryDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return send(reply, await this.lists.mediaPlanItems(q, actor));
  }

  @ExportRoute('users')
  async users(
    @Query() q: ListExportQueryDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return send(reply, await this.tables.export('users', q, actor));
  }

  @ExportRoute('outlets')
  async outlets(
    @Query() q: ListExportQueryDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return send(reply, await this.tables.export('outlets', q, actor));
  }

  @ExportRoute('rubrics')
  async rubrics(
    @Query() q: ListExportQueryDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return send(reply, await this.tables.export('rubrics', q, actor));
  }

  @ExportRoute('regions')
  async regions(
    @Query() q: ListExportQueryDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return send(reply, await this.tables.export('regions', q, actor));
  }

  @ExportRoute('directions')
  async directions(
    @Query() q: ListExportQueryDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return send(reply, await this.tables.export('directions', q, actor));
  }

  @ExportRoute('special-projects')
  async specialProjects(
    @Query() q: ListExportQueryDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return send(reply, await this.tables.export('special-projects', q, actor));
  }

  @ExportRoute('target-audiences')
  async targetAudiences(
    @Query() q: ListExportQueryDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return send(reply, await this.tables.export('target-audiences', q, actor));
  }
}
