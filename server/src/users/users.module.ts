import { Injectable, Module } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, IntersectionType, OmitType, PartialType } from '@nestjs/swagger';
import { hash } from 'bcryptjs';
import { Allow, IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, Min, MinLength } from 'class-validator';
import { DataSource } from 'typeorm';
import { Locale, LOCALES, Role, ROLES } from '../common/codes';
import { crudController } from '../common/crud.controller';
import { CrudService } from '../common/crud.service';
import { VersionedUpdate } from '../common/update-fields';
import { User } from './user.entity';
import { toUserResponse } from './user.response';

export const PASSWORD_HASH_ROUNDS = 10;

export class CreateUserDto {
  @ApiProperty()
  @Matches(/^[a-z0-9._-]{3,60}$/, { message: 'login must be 3-60 lowercase latin letters, digits, dots, dashes or underscores' })
  login: string;

  @ApiProperty({ writeOnly: true })
  @IsString()
  @MinLength(8)
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
  @IsInt()
  @Min(1)
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

class UserReadOnly {
  @ApiPropertyOptional({ readOnly: true }) @IsOptional() @Allow() createdAt?: unknown;
}

export class UpdateUserDto extends IntersectionType(
  PartialType(OmitType(CreateUserDto, ['password'] as const)),
  VersionedUpdate,
  UserReadOnly,
) {
  @ApiPropertyOptional({ writeOnly: true, description: 'a new password (admin reset)' })
  @IsOptional()
  @IsString()
  @MinLength(8)
  @MaxLength(200)
  password?: string;
}

@Injectable()
export class UsersService extends CrudService<User> {
  constructor(ds: DataSource) {
    super(
      ds,
      User,
      {
        resource: 'users',
        fields: {
          id: { column: 'id', type: 'int' },
          login: { column: 'login', type: 'text' },
          fullName: { column: 'fullName', type: 'text' },
          role: { column: 'role', type: 'text', values: ROLES },
          regionId: { column: 'regionId', type: 'int' },
          locale: { column: 'locale', type: 'text', values: LOCALES },
          active: { column: 'active', type: 'bool' },
          createdAt: { column: 'createdAt', type: 'timestamp' },
          version: { column: 'version', type: 'int', filterable: false },
        },
        search: ['login', 'fullName'],
        defaultSort: ['login', 'ASC'],
      },
      {
        readOnly: ['createdAt'],
        present: async (_m, rows) => rows.map((u) => ({ ...toUserResponse(u), createdAt: u.createdAt })),
        prepare: async (_m, draft, _before, _actor, input) => {
          draft.regionId ??= null;
          if (typeof input.password === 'string') draft.passwordHash = await hash(input.password, PASSWORD_HASH_ROUNDS);
        },
      },
    );
  }
}

export const UsersController = crudController({ path: 'users', service: UsersService, create: CreateUserDto, update: UpdateUserDto, roles: ['admin'] });

@Module({ controllers: [UsersController], providers: [UsersService] })
export class UsersModule {}
