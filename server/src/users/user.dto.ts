import { ApiProperty, ApiPropertyOptional, IntersectionType, OmitType, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { Locale, LOCALES, Role, ROLES } from '../../../contracts/codes';
import { ReadOnlyFields, VersionedUpdate } from '../common/update-fields';
import { IsId } from '../common/is-id';

export class CreateUserDto {
  @ApiProperty()
  @Matches(/^[a-z0-9._-]{3,60}$/, { message: 'login must be 3-60 lowercase latin letters, digits, dots, dashes or underscores' })
  login: string;

  @ApiProperty({
    writeOnly: true,
    minLength: 8,
    description: 'at least 8 characters, not among the 10,000 commonest passwords, not the login or the name',
  })
  @IsString()
  @MaxLength(200)
  password: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  fullName: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role: Role;

  @ApiPropertyOptional({ description: 'required for rpo_editor, empty for the other roles' })
  @IsOptional()
  @IsId()
  regionId?: number | null;

  @ApiPropertyOptional({ enum: LOCALES })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

/** Sent back by react-admin with the record, never set by a client. */
export const USER_READ_ONLY = ['createdAt'] as const;

export class UpdateUserDto extends IntersectionType(
  PartialType(OmitType(CreateUserDto, ['password'] as const), { skipNullProperties: false }),
  VersionedUpdate,
  ReadOnlyFields(USER_READ_ONLY),
) {
  @ApiPropertyOptional({
    writeOnly: true,
    minLength: 8,
    description: "a new password (admin reset): ends the account's sessions; the same rules as on create",
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  password?: string;
}
