import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';

export class ListQueryDto {
  @ApiPropertyOptional({ example: '["id","ASC"]', description: 'JSON [field, "ASC"|"DESC"]' })
  @IsOptional()
  @IsString({ message: 'sort must be given once, as JSON' })
  sort?: string;

  @ApiPropertyOptional({ example: '[0,24]', description: 'JSON [start, end], inclusive, at most 1000 records' })
  @IsOptional()
  @IsString({ message: 'range must be given once, as JSON' })
  range?: string;

  @ApiPropertyOptional({ example: '{"q":"туған"}', description: 'JSON object of field: value or [values]' })
  @IsOptional()
  @IsString({ message: 'filter must be given once, as JSON' })
  filter?: string;
}
