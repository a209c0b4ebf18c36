import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, IsUrl, MaxLength } from 'class-validator';
import { Channel, CHANNELS, Language, LANGUAGES, MEDIA_LEVELS, MediaLevel } from '../../../contracts/codes';
import { VersionedUpdate } from '../common/update-fields';
import { IsId } from '../common/is-id';

export class CreateOutletDto {
  @ApiProperty({ example: 'Солтүстік Қазақстан' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name: string;

  @ApiProperty({ enum: CHANNELS })
  @IsIn(CHANNELS)
  kind: Channel;

  @ApiProperty({ enum: MEDIA_LEVELS })
  @IsIn(MEDIA_LEVELS)
  level: MediaLevel;

  @ApiPropertyOptional({ description: 'required for regional outlets, empty for republican ones' })
  @IsOptional()
  @IsId()
  regionId?: number | null;

  @ApiPropertyOptional({ enum: LANGUAGES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(4)
  @IsIn(LANGUAGES, { each: true })
  languages?: Language[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  @MaxLength(2000)
  url?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class UpdateOutletDto extends IntersectionType(PartialType(CreateOutletDto, { skipNullProperties: false }), VersionedUpdate) {}
