import { ApiProperty } from '@nestjs/swagger';
import { Channel, CHANNELS, Format, FORMATS, Language, LANGUAGES, MEDIA_LEVELS, MediaLevel } from '../../../contracts/codes';
import { Material } from './material.entity';

export class MaterialResponse implements Material {
  @ApiProperty()
  id: number;

  @ApiProperty()
  regionId: number;

  @ApiProperty()
  outletId: number;

  @ApiProperty({ type: Number, nullable: true })
  rubricId: number | null;

  @ApiProperty({ enum: CHANNELS, readOnly: true, description: "copied from the outlet's kind" })
  channel: Channel;

  @ApiProperty({ enum: MEDIA_LEVELS, readOnly: true, description: "copied from the outlet's level" })
  mediaLevel: MediaLevel;

  @ApiProperty({ enum: LANGUAGES })
  language: Language;

  @ApiProperty({ enum: FORMATS })
  format: Format;

  @ApiProperty()
  title: string;

  @ApiProperty({ type: String, nullable: true })
  url: string | null;

  @ApiProperty({ format: 'date', example: '2020-05-14' })
  publishedOn: string;

  @ApiProperty({ type: Number, nullable: true })
  directionId: number | null;

  @ApiProperty({ type: Number, nullable: true })
  specialProjectId: number | null;

  @ApiProperty({ type: [Number] })
  targetAudienceIds: number[];

  @ApiProperty({ type: Number, nullable: true })
  mediaPlanItemId: number | null;

  @ApiProperty({ type: Number, nullable: true })
  views: number | null;

  @ApiProperty({ type: Number, nullable: true })
  reactions: number | null;

  @ApiProperty({ type: Number, nullable: true })
  shares: number | null;

  @ApiProperty({ type: Number, nullable: true })
  comments: number | null;

  @ApiProperty({ type: Number, nullable: true })
  reach: number | null;

  @ApiProperty({ type: String, nullable: true })
  notes: string | null;

  @ApiProperty({ type: Number, nullable: true, readOnly: true, description: 'the import that created the material' })
  importId: number | null;

  @ApiProperty({ type: Number, nullable: true, readOnly: true })
  createdById: number | null;

  @ApiProperty({ type: String, format: 'date-time', readOnly: true })
  createdAt: Date;

  @ApiProperty({ type: String, format: 'date-time', readOnly: true })
  updatedAt: Date;

  @ApiProperty()
  version: number;
}
