import { BadRequestException, Controller, Get, HttpCode, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import type {} from '@fastify/multipart';
import { ACCESS } from '../common/access-policy';
import { CurrentActor } from '../common/current-actor.decorator';
import { Roles } from '../common/roles.decorator';
import { Actor } from '../common/actor';
import { ApiErrors, ApiFileResponse, ApiSignedIn } from '../common/api-responses';
import { attachment } from '../common/attachment';
import { takeRateLimit } from '../common/rate-limit';
import { AppConfig } from '../config/app-config';
import { ImportTemplateService } from './import-template.service';
import { ImportQueryDto, ImportResultDto, ImportTemplateQueryDto } from './imports.dto';
import { ImportsService } from './imports.service';
import { refusal } from '../common/coded-error';

@ApiTags('imports')
@ApiBearerAuth()
@Roles(...ACCESS.materials.write)
@ApiSignedIn()
@ApiErrors(400, 403)
@Controller('materials/import')
export class ImportsController {
  constructor(
    private readonly imports: ImportsService,
    private readonly templates: ImportTemplateService,
    private readonly ds: DataSource,
    private readonly config: AppConfig,
  ) {}

  @Post()
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary', description: '.xlsx or .csv' } },
    },
  })
  @ApiOkResponse({ type: ImportResultDto })
  @ApiErrors(413, 429)
  async importMaterials(@Query() q: ImportQueryDto, @Req() req: FastifyRequest, @CurrentActor() actor: Actor): Promise<ImportResultDto> {
    if (!req.isMultipart())
      throw refusal(BadRequestException, 'import.notMultipart', 'Send the file as multipart/form-data in the field "file"', {}, 'file');
    const file = await req.file();
    if (file?.fieldname !== 'file') {
      file?.file.resume();
      throw refusal(BadRequestException, 'import.noFile', 'The field "file" with an .xlsx or .csv file is missing', {}, 'file');
    }
    try {
      await takeRateLimit(this.ds, `import:${actor.id}`, this.config.importsPerHour, 3600, 'imports (IMPORTS_PER_HOUR)');
    } catch (e) {
      file.file.resume();
      throw e;
    }
    return this.imports.importMaterials(
      { fileName: file.filename, stream: file.file, truncated: () => file.file.truncated },
      actor,
      q.dryRun ?? false,
    );
  }

  @Get('template')
  @ApiFileResponse('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
  async template(
    @Query() q: ImportTemplateQueryDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const file = await this.templates.build(actor, q.format ?? 'xlsx', q.lang ?? (await this.imports.localeOf(actor)));
    reply.header('Content-Type', file.contentType);
    reply.header('Content-Disposition', attachment(file.fileName));
    return new StreamableFile(file.body);
  }
}
