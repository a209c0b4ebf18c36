import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import type { Locale } from '../../../contracts/codes';

/** The code and three names that regions, directions, special projects and audiences share. */
export class NamedReferenceDto {
  @ApiProperty({ example: 'north-kazakhstan' })
  @Matches(/^[a-z0-9-]{1,60}$/, { message: 'code must be 1-60 lowercase latin letters, digits or dashes' })
  code: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  nameKk: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  nameRu: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  nameEn: string;
}

export const NAMED_FIELDS = {
  id: { column: 'id', type: 'int' },
  code: { column: 'code', type: 'text' },
  nameKk: { column: 'nameKk', type: 'text' },
  nameRu: { column: 'nameRu', type: 'text' },
  nameEn: { column: 'nameEn', type: 'text' },
  version: { column: 'version', type: 'int', filterable: false },
} as const;

export const NAMED_SEARCH = ['code', 'nameKk', 'nameRu', 'nameEn'];

/** The column of a named reference's name in each language. */
export const NAME_COLUMN: Record<Locale, string> = { kk: 'name_kk', ru: 'name_ru', en: 'name_en' };
