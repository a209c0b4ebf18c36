import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { Locale, LOCALES } from '../../../contracts/codes';
import { YearQueryDto } from '../common/year-query.dto';
import { RegionIdQuery } from '../common/region-id-query';

export class QuarterlyReportQueryDto extends YearQueryDto {
  @ApiProperty({ example: 2 })
  @Type(() => Number)
  @IsInt({ message: 'quarter must be an integer' })
  @Min(1)
  @Max(4)
  quarter: number;

  @RegionIdQuery()
  regionId?: number;

  @ApiPropertyOptional({ enum: ['xlsx', 'csv'], default: 'xlsx' })
  @IsOptional()
  @IsIn(['xlsx', 'csv'])
  format?: 'xlsx' | 'csv';

  @ApiPropertyOptional({ enum: LOCALES, description: "the report's language; the user's own by default" })
  @IsOptional()
  @IsIn(LOCALES)
  lang?: Locale;
}

export class NoteQueryDto extends YearQueryDto {
  @ApiPropertyOptional({ example: 1, description: 'a quarter of the year; none: the whole year' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'quarter must be an integer' })
  @Min(1)
  @Max(4)
  quarter?: number;

  @RegionIdQuery()
  regionId?: number;

  @ApiPropertyOptional({ enum: LOCALES, description: "the note's language; the user's own by default" })
  @IsOptional()
  @IsIn(LOCALES)
  lang?: Locale;
}
