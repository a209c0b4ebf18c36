import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import { IsCalendarDate } from '../common/is-calendar-date';
import { RegionIdQuery } from '../common/region-id-query';

export class PeriodQueryDto {
  @ApiProperty({ example: '2020-01-01' })
  @IsCalendarDate()
  from: string;

  @ApiProperty({ example: '2020-12-31' })
  @IsCalendarDate()
  to: string;

  @RegionIdQuery()
  regionId?: number;
}

export class NationalRollupQueryDto extends PeriodQueryDto {
  @ApiPropertyOptional({ example: '{"directionId":2}', description: 'any filter of the materials list, as JSON' })
  @IsOptional()
  @IsString()
  filter?: string;
}

export class RollupQueryDto {
  @ApiProperty({ example: 'regionId,channel' })
  @IsString()
  groupBy: string;

  @ApiPropertyOptional({ example: '2020-01-01' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ example: '2020-12-31' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;

  @ApiPropertyOptional({ example: '{"channel":"tv"}', description: 'any filter of the materials list, as JSON' })
  @IsOptional()
  @IsString()
  filter?: string;
}

export type RollupRow = Record<string, string | number | null>;
