import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';

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
  id: { type: 'int' },
  code: { type: 'text' },
  nameKk: { type: 'text' },
  nameRu: { type: 'text' },
  nameEn: { type: 'text' },
  version: { type: 'int', filterable: false },
} as const;

export const NAMED_SEARCH = ['code', 'nameKk', 'nameRu', 'nameEn'];
