import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { Channel, CHANNELS, Format, FORMATS } from '../../../contracts/codes';
import { VersionedUpdate } from '../common/update-fields';
import { IsId } from '../common/is-id';

export class CreateMediaPlanItemDto {
  @ApiProperty()
  @IsId()
  mediaPlanId: number;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  topic: string;

  @ApiProperty({ enum: FORMATS })
  @IsIn(FORMATS)
  format: Format;

  @ApiProperty({ enum: CHANNELS })
  @IsIn(CHANNELS)
  channel: Channel;

  @ApiPropertyOptional() @IsOptional() @IsId() outletId?: number | null;
  @ApiPropertyOptional() @IsOptional() @IsId() rubricId?: number | null;
  @ApiPropertyOptional() @IsOptional() @IsId() directionId?: number | null;
  @ApiPropertyOptional() @IsOptional() @IsId() specialProjectId?: number | null;

  @ApiPropertyOptional({ type: [Number] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsId({ each: true })
  targetAudienceIds?: number[];

  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) @Max(4) plannedQuarter?: number | null;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) @Max(12) plannedMonth?: number | null;

  @ApiProperty()
  @IsInt()
  @Min(1)
  @Max(100000)
  plannedCount: number;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(300) responsible?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) notes?: string | null;
}

export class UpdateMediaPlanItemDto extends IntersectionType(
  PartialType(CreateMediaPlanItemDto, { skipNullProperties: false }),
  VersionedUpdate,
) {}
