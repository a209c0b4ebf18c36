import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { FIRST_YEAR, LAST_YEAR } from '../../../contracts/codes';

export class YearQueryDto {
  @ApiProperty({ example: 2020 })
  @Type(() => Number)
  @IsInt({ message: 'year must be an integer' })
  @Min(FIRST_YEAR)
  @Max(LAST_YEAR)
  year: number;
}
