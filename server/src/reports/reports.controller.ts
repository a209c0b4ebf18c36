import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { readRegion } from '../common/access-policy';
import { attachment } from '../common/attachment';
import { CurrentActor } from '../common/current-actor.decorator';
import { Actor } from '../common/actor';
import { ApiErrors, ApiFileResponse, ApiSignedIn } from '../common/api-responses';
import { NoteQueryDto, QuarterlyReportQueryDto } from './reports.dto';
import { NoteService } from './note.service';
import { QuarterlyReportService } from './quarterly-report.service';

const CONTENT_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv; charset=utf-8',
};

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly reports: QuarterlyReportService,
    private readonly notes: NoteService,
  ) {}

  /** The period, the region the actor may read (an RPO editor's own, whatever was asked), the language and the signature. */
  private async requestOf(q: NoteQueryDto, actor: Actor) {
    const scoped = readRegion('materials', actor);
    const regionId = scoped === 'any' ? q.regionId : scoped;
    const locale = q.lang ?? (await this.reports.localeOf(actor));
    const { slug: code, name: regionName } = await this.reports.regionOf(regionId, locale);
    const by = await this.reports.signatureOf(actor);
    return { year: q.year, quarter: q.quarter, regionId, regionName, locale, by, code };
  }

  @Get('quarterly')
  @ApiFileResponse(CONTENT_TYPES.xlsx, CONTENT_TYPES.csv)
  @ApiSignedIn()
  @ApiErrors(400, 403)
  async quarterly(
    @Query() q: QuarterlyReportQueryDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const { code, ...common } = await this.requestOf(q, actor);
    const format = q.format ?? 'xlsx';
    const request = { ...common, quarter: q.quarter, format };
    reply.header('Content-Type', CONTENT_TYPES[format]);
    reply.header('Content-Disposition', attachment(this.reports.fileName(request, code)));
    return new StreamableFile(this.reports.stream(request, actor));
  }

  /** The ministry's written note on a year or a quarter, drafted from the same figures as the quarterly report. */
  @Get('note')
  @ApiFileResponse(CONTENT_TYPES.docx)
  @ApiSignedIn()
  @ApiErrors(400, 403)
  async note(
    @Query() q: NoteQueryDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const { code, ...request } = await this.requestOf(q, actor);
    reply.header('Content-Type', CONTENT_TYPES.docx);
    reply.header('Content-Disposition', attachment(this.notes.fileName(request, code)));
    return new StreamableFile(this.notes.stream(request, actor));
  }
}
