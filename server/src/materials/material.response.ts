import { ApiProperty } from '@nestjs/swagger';
import { RowOutcomeResponse } from '../common/api-responses';
import type { RowOutcome } from '../../../contracts/errors';
import type { MaterialBulkAnswer } from '../../../contracts/materials';
import { Channel, CHANNELS, Format, FORMATS, Language, LANGUAGES, MEDIA_LEVELS, MediaLevel } from '../../../contracts/codes';
import { Material } from './material.entity';

export class MaterialResponse implements Material {
  @ApiProperty({ type: 'integer' }) id: number;
  @ApiProperty({ type: 'integer' }) regionId: number;
  @ApiProperty({ type: 'integer' }) outletId: number;
  @ApiProperty({ type: 'integer', nullable: true }) rubricId: number | null;
  @ApiProperty({ enum: CHANNELS, readOnly: true, description: "copied from the outlet's kind" }) channel: Channel;
  @ApiProperty({ enum: MEDIA_LEVELS, readOnly: true, description: "copied from the outlet's level" }) mediaLevel: MediaLevel;
  @ApiProperty({ enum: LANGUAGES }) language: Language;
  @ApiProperty({ enum: FORMATS }) format: Format;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true }) url: string | null;
  @ApiProperty({ format: 'date', example: '2020-05-14' }) publishedOn: string;
  @ApiProperty({ type: 'integer', nullable: true }) directionId: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) specialProjectId: number | null;
  @ApiProperty({ type: 'integer', isArray: true }) targetAudienceIds: number[];
  @ApiProperty({ type: 'integer', nullable: true }) mediaPlanItemId: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) views: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) reactions: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) shares: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) comments: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) reach: number | null;
  @ApiProperty({ type: String, nullable: true }) notes: string | null;

  @ApiProperty({ type: 'integer', nullable: true, readOnly: true, description: 'the import that created the material' })
  importId: number | null;

  @ApiProperty({ type: 'integer', nullable: true, readOnly: true }) createdById: number | null;
  @ApiProperty({ type: String, format: 'date-time', readOnly: true }) createdAt: Date;
  @ApiProperty({ type: String, format: 'date-time', readOnly: true }) updatedAt: Date;
  @ApiProperty({ type: 'integer' }) version: number;
  @ApiProperty({ type: 'integer', readOnly: true, description: 'files attached as evidence of publication (/api/materials/:id/evidence)' })
  evidenceCount: number;
}

export class MaterialBulkResponse implements MaterialBulkAnswer {
  @ApiProperty({ description: 'true: every material was changed; false: none was' }) saved: boolean;
  @ApiProperty({ type: [RowOutcomeResponse] }) results: RowOutcome[];
}
