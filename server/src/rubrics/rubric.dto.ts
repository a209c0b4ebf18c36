import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { VersionedUpdate } from '../common/update-fields';
import { MAX_INT } from '../common/pg-limits';

export class CreateRubricDto {
  @ApiProperty()
  @IsInt()
  @Min(1)
  @Max(MAX_INT)
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
  @Max(MAX_INT)
  specialProjectId?: number | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
export class UpdateRubricDto extends IntersectionType(PartialType(CreateRubricDto, { skipNullProperties: false }), VersionedUpdate) {}
