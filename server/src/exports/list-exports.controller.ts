import { applyDecorators, Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ACCESS, ResourceName } from '../common/access-policy';
import { Actor } from '../common/actor';
import { ApiErrors, ApiFileResponse, ApiSignedIn } from '../common/api-responses';
import { attachment } from '../common/attachment';
import { CurrentActor } from '../common/current-actor.decorator';
import { Roles } from '../common/roles.decorator';
import { ListExportQueryDto } from './list-export.dto';
import { ExportFile, ListExportsService } from './list-exports.service';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function send(reply: FastifyReply, file: ExportFile): StreamableFile {
  reply.header('Content-Type', XLSX);
  reply.header('Content-Disposition', attachment(file.fileName));
  return new StreamableFile(file.stream);
}

/** `GET /api/<resource>/export`, for those who may read the resource's list, documented as a workbook. */
export const ExportRoute = (resource: ResourceName) =>
  applyDecorators(Get(`${resource}/export`), Roles(...ACCESS[resource].read), ApiFileResponse(XLSX), ApiErrors(400, 403));

/** The lists as workbooks: the rows the list shows with the same filter (docs/api-extensions.md). */
@ApiTags('exports')
@ApiBearerAuth()
@ApiSignedIn()
@Controller()
export class ListExportsController {
  constructor(private readonly exports: ListExportsService) {}

  @ExportRoute('materials')
  async materials(
    @Query() q: ListExportQueryDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return send(reply, await this.exports.materials(q, actor));
  }

  @ExportRoute('media-plans')
  async mediaPlans(
    @Query() q: ListExportQueryDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return send(reply, await this.exports.mediaPlans(q, actor));
  }

  @ExportRoute('audit-events')
  async auditEvents(
    @Query() q: ListExportQueryDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return send(reply, await this.exports.auditEvents(q, actor));
  }
}
