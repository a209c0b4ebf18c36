import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsNotEmpty, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { VersionedUpdate } from '../common/update-fields';

export class CreateRubricDto {
  @ApiProperty()
  @IsInt()
  @Min(1)
  outletId: number;

  @ApiProperty({ example: 'Туған жер' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(1)
  specialProjectId?: number | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
export class UpdateRubricDto extends IntersectionType(PartialType(CreateRubricDto), VersionedUpdate) {}
