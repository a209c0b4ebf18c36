import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import type { Locale } from '../../../contracts/codes';
import { FieldSpec, fieldsOfType, VERSION_FIELD } from './list-query';

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

export const NAMED_SEARCH = ['code', 'nameKk', 'nameRu', 'nameEn'];

export const NAMED_FIELDS: Record<string, FieldSpec> = {
  id: { type: 'int' },
  ...fieldsOfType('text', NAMED_SEARCH),
  version: VERSION_FIELD,
};

/** The column of a named reference's name in each language. */
export const NAME_COLUMN: Record<Locale, string> = { kk: 'name_kk', ru: 'name_ru', en: 'name_en' };
