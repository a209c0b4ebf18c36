import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { Locale, LOCALES } from '../../../contracts/codes';
import { MAX_PAGE_SIZE } from '../common/list-query';

/** GET /api/<list>/export: the list's own filter and sort, the rows picked by hand, and the language. */
export class ListExportQueryDto {
  @ApiPropertyOptional({ example: '{"regionId":5,"publishedFrom":"2020-01-01"}', description: 'JSON, as the list takes it' })
  @IsOptional()
  @IsString({ message: 'filter must be given once, as JSON' })
  filter?: string;

  @ApiPropertyOptional({
    example: '12,15,40',
    description: `only these rows (the selected ones), within the filter; at most ${MAX_PAGE_SIZE}`,
  })
  @IsOptional()
  @Matches(new RegExp(`^[1-9]\\d{0,8}(,[1-9]\\d{0,8}){0,${MAX_PAGE_SIZE - 1}}$`), { message: 'ids must be ids separated by commas' })
  ids?: string;

  @ApiPropertyOptional({
    example: '["publishedOn","DESC"]',
    description: "JSON, as the list takes it: the rows' order; the list's own by default",
  })
  @IsOptional()
  @IsString({ message: 'sort must be given once, as JSON' })
  sort?: string;

  @ApiPropertyOptional({ enum: LOCALES, description: "the workbook's language; the user's own by default" })
  @IsOptional()
  @IsIn(LOCALES)
  lang?: Locale;
}
