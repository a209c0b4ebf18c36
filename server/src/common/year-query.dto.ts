import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

export class YearQueryDto {
  @ApiProperty({ example: 2020 })
  @Type(() => Number)
  @IsInt({ message: 'year must be an integer' })
  @Min(2000)
  @Max(2100)
  year: number;
}
