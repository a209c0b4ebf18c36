import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches, ValidateIf } from 'class-validator';
import { IsCalendarDate } from '../common/is-calendar-date';
import { NamedReferenceDto } from '../common/names.dto';
import { VersionedUpdate } from '../common/update-fields';
import { REGION_KINDS, RegionKind } from '../../../contracts/codes';

export class CreateRegionDto extends NamedReferenceDto {
  @ApiProperty({ enum: REGION_KINDS })
  @IsIn(REGION_KINDS)
  kind: RegionKind;

  @ApiPropertyOptional({ example: '59' })
  @IsOptional()
  @Matches(/^\d{2,9}$/, { message: 'kato must be 2-9 digits' })
  kato?: string | null;

  @ApiProperty({ example: '2017-01-01' })
  @IsCalendarDate()
  activeFrom: string;

  @ApiPropertyOptional()
  @ValidateIf((_, v) => v !== null)
  @IsOptional()
  @IsCalendarDate()
  activeTo?: string | null;
}

export class UpdateRegionDto extends IntersectionType(PartialType(CreateRegionDto, { skipNullProperties: false }), VersionedUpdate) {}
