import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  Allow,
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUrl,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Format, FORMATS, Language, LANGUAGES } from '../../../contracts/codes';
import { MATERIAL_BULK_FIELDS, MATERIAL_BULK_MAX, MaterialBulkInput } from '../../../contracts/materials';
import { IsCalendarDate } from '../common/is-calendar-date';
import { MAX_INT } from '../common/pg-limits';
import { VersionedUpdate } from '../common/update-fields';
import { IsId } from '../common/is-id';
import { MATERIAL_READ_ONLY } from './material.fields';

export class CreateMaterialDto {
  @ApiPropertyOptional({ description: "an RPO editor's own region when left out" })
  @IsOptional()
  @IsId()
  regionId?: number;

  @ApiProperty()
  @IsId()
  outletId: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsId()
  rubricId?: number | null;

  @ApiProperty({ enum: LANGUAGES })
  @IsIn(LANGUAGES)
  language: Language;

  @ApiProperty({ enum: FORMATS })
  @IsIn(FORMATS)
  format: Format;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  title: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  @MaxLength(2000)
  url?: string | null;

  @ApiProperty({ example: '2020-05-14' })
  @IsCalendarDate()
  publishedOn: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsId()
  directionId?: number | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsId()
  specialProjectId?: number | null;

  @ApiPropertyOptional({ type: [Number] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsId({ each: true })
  targetAudienceIds?: number[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsId()
  mediaPlanItemId?: number | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_INT)
  views?: number | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_INT)
  reactions?: number | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_INT)
  shares?: number | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_INT)
  comments?: number | null;

  @ApiPropertyOptional({ description: 'circulation or audience, where known' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_INT)
  reach?: number | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  notes?: string | null;
}

/** Read-only fields that react-admin sends back with the whole record (with the count of evidence files); they are ignored. */
class MaterialReadOnly {}
for (const property of [...MATERIAL_READ_ONLY, 'evidenceCount']) {
  ApiPropertyOptional({ readOnly: true, type: Object })(MaterialReadOnly.prototype, property);
  IsOptional()(MaterialReadOnly.prototype, property);
  Allow()(MaterialReadOnly.prototype, property);
}

export class UpdateMaterialDto extends IntersectionType(
  PartialType(CreateMaterialDto, { skipNullProperties: false }),
  VersionedUpdate,
  MaterialReadOnly,
) {}

class MaterialBulkItemDto {
  @ApiProperty()
  @IsId()
  id: number;

  @ApiProperty({ description: 'the version the client saw; a stale one refuses the material (409)' })
  @IsId()
  version: number;
}

/** What a bulk change may set: these fields as a single edit validates them. */
export class MaterialBulkSetDto extends PartialType(PickType(CreateMaterialDto, MATERIAL_BULK_FIELDS)) {}

export class MaterialBulkDto implements MaterialBulkInput {
  @ApiProperty({ type: [MaterialBulkItemDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MATERIAL_BULK_MAX)
  @ValidateNested({ each: true })
  @Type(() => MaterialBulkItemDto)
  items: MaterialBulkItemDto[];

  @ApiProperty({ type: MaterialBulkSetDto })
  @IsObject()
  @ValidateNested()
  @Type(() => MaterialBulkSetDto)
  set: MaterialBulkSetDto;
}
