import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { NamedReferenceDto } from '../common/names.dto';
import { VersionedUpdate } from '../common/update-fields';
import { FIRST_YEAR, LAST_YEAR } from '../../../contracts/codes';
import { IsId } from '../common/is-id';

export class CreateSpecialProjectDto extends NamedReferenceDto {
  @ApiProperty()
  @IsId()
  directionId: number;

  @ApiPropertyOptional({ description: 'the year the project started; the newest ones are highlighted' })
  @IsOptional()
  @IsInt()
  @Min(FIRST_YEAR)
  @Max(LAST_YEAR)
  introducedIn?: number | null;
}
export class UpdateSpecialProjectDto extends IntersectionType(
  PartialType(CreateSpecialProjectDto, { skipNullProperties: false }),
  VersionedUpdate,
) {}
