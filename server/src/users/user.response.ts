import { ApiProperty } from '@nestjs/swagger';
import type { UserAccount } from '../../../contracts/auth';
import { Locale, LOCALES, Role, ROLES } from '../../../contracts/codes';
import { User } from './user.entity';

/** A user account as the API shows it: never its password hash. */
export type UserResponse = UserAccount;

export function toUserResponse(u: User): UserResponse {
  return {
    id: u.id,
    login: u.login,
    fullName: u.fullName,
    role: u.role,
    regionId: u.regionId,
    locale: u.locale,
    active: u.active,
    version: u.version,
  };
}

export class UserResponseDto implements UserResponse {
  @ApiProperty({ type: 'integer' }) id: number;
  @ApiProperty() login: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ type: 'integer', nullable: true, description: "an RPO editor's region" }) regionId: number | null;
  @ApiProperty({ enum: LOCALES }) locale: Locale;
  @ApiProperty() active: boolean;
  @ApiProperty({ type: 'integer' }) version: number;
}

/** A user as the users resource answers it. */
export class UserRecordResponse extends UserResponseDto {
  @ApiProperty({ type: String, format: 'date-time', readOnly: true }) createdAt: Date;
}
