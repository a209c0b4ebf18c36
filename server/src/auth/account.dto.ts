import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { Locale, LOCALES } from '../../../contracts/codes';
import { UserResponseDto } from '../users/user.response';
import type { LoginResult, NewToken } from './auth.service';

export class UpdateMeDto {
  @ApiPropertyOptional({ enum: LOCALES })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  fullName?: string;
}

export class ChangePasswordDto {
  @ApiProperty({ writeOnly: true })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  oldPassword: string;

  @ApiProperty({
    writeOnly: true,
    minLength: 8,
    description: 'at least 8 characters, not among the 10,000 commonest passwords, not the login or the name',
  })
  @IsString()
  @MaxLength(200)
  newPassword: string;
}

export class NewTokenResponse implements NewToken {
  @ApiProperty({ description: "replaces the caller's token: every token issued before the change is refused" })
  accessToken: string;
}

export class LoginResponse implements LoginResult {
  @ApiProperty() accessToken: string;
  @ApiProperty({ type: UserResponseDto }) user: UserResponseDto;
}
