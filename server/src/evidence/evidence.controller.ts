import {
  BadRequestException,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  PayloadTooLargeException,
  Post,
  Req,
  Res,
  StreamableFile,
} from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type {} from '@fastify/multipart';
import { EVIDENCE_MAX_BYTES, EVIDENCE_TYPES, Evidence } from '../../../contracts/evidence';
import { ACCESS } from '../common/access-policy';
import { Actor } from '../common/actor';
import { ApiErrors, ApiFileResponse, ApiSignedIn } from '../common/api-responses';
import { attachment } from '../common/attachment';
import { refusal } from '../common/coded-error';
import { CurrentActor } from '../common/current-actor.decorator';
import { IdPipe } from '../common/id.pipe';
import { Roles } from '../common/roles.decorator';
import { EvidenceResponse } from './evidence.response';
import { EvidenceService } from './evidence.service';

const tooLarge = () =>
  refusal(PayloadTooLargeException, 'evidence.tooLarge', `file: at most ${EVIDENCE_MAX_BYTES} bytes`, { max: EVIDENCE_MAX_BYTES }, 'file');

/** The one file of a multipart upload, read whole (at most EVIDENCE_MAX_BYTES: the type is told by its first bytes). */
async function uploadedFile(req: FastifyRequest): Promise<{ fileName: string; bytes: Buffer }> {
  const noFile = () =>
    refusal(BadRequestException, 'evidence.noFile', 'Send the file as multipart/form-data in the field "file"', {}, 'file');
  if (!req.isMultipart()) throw noFile();
  const file = await req.file({ limits: { fileSize: EVIDENCE_MAX_BYTES, files: 1 } });
  if (file?.fieldname !== 'file') {
    file?.file.resume();
    throw noFile();
  }
  try {
    const bytes = await file.toBuffer();
    if (file.file.truncated) throw tooLarge();
    if (bytes.length === 0) throw noFile();
    return { fileName: file.filename, bytes };
  } catch (e) {
    if (e instanceof Error && 'code' in e && e.code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    throw e;
  }
}

@ApiTags('evidence')
@ApiBearerAuth()
@ApiSignedIn()
@Controller('materials/:id/evidence')
export class MaterialEvidenceController {
  constructor(private readonly evidence: EvidenceService) {}

  @Get()
  @Roles(...ACCESS.materials.read)
  @ApiOkResponse({ type: [EvidenceResponse], description: 'oldest first' })
  @ApiErrors(400, 403, 404)
  list(@Param('id', IdPipe) id: number, @CurrentActor() actor: Actor): Promise<Evidence[]> {
    return this.evidence.list(id, actor);
  }

  @Post()
  @Roles(...ACCESS.materials.write)
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: {
        file: { type: 'string', format: 'binary', description: `PNG, JPEG, WebP or PDF, at most ${EVIDENCE_MAX_BYTES} bytes` },
      },
    },
  })
  @ApiCreatedResponse({ type: EvidenceResponse })
  @ApiErrors(400, 403, 404, 409, 413, 415)
  async add(@Param('id', IdPipe) id: number, @Req() req: FastifyRequest, @CurrentActor() actor: Actor): Promise<Evidence> {
    return this.evidence.add(id, await uploadedFile(req), actor);
  }
}

@ApiTags('evidence')
@ApiBearerAuth()
@ApiSignedIn()
@Controller('evidence')
export class EvidenceController {
  constructor(private readonly evidence: EvidenceService) {}

  @Get(':id')
  @Roles(...ACCESS.materials.read)
  @ApiFileResponse(...EVIDENCE_TYPES)
  @ApiErrors(400, 403, 404)
  async download(
    @Param('id', IdPipe) id: number,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const { evidence, body } = await this.evidence.open(id, actor);
    reply.header('Content-Type', evidence.contentType);
    reply.header('Content-Length', String(evidence.size));
    reply.header('Content-Disposition', attachment(evidence.fileName));
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Cache-Control', 'private');
    return new StreamableFile(body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles(...ACCESS.materials.write)
  @ApiNoContentResponse({ description: 'the file is detached (and deleted once no material keeps it)' })
  @ApiErrors(400, 403, 404, 409)
  remove(@Param('id', IdPipe) id: number, @CurrentActor() actor: Actor): Promise<void> {
    return this.evidence.remove(id, actor);
  }
}
