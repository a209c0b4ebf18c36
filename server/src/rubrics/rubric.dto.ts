import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { VersionedUpdate } from '../common/update-fields';
import { IsId } from '../common/is-id';

export class CreateRubricDto {
  @ApiProperty()
  @IsId()
  outletId: number;

  @ApiProperty({ example: 'Туған жер' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsId()
  specialProjectId?: number | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
export class UpdateRubricDto extends IntersectionType(PartialType(CreateRubricDto, { skipNullProperties: false }), VersionedUpdate) {}
