import { ApiProperty, IntersectionType, PartialType } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { NamedReferenceDto } from '../common/names.dto';
import { VersionedUpdate } from '../common/update-fields';

export class CreateTargetAudienceDto extends NamedReferenceDto {
  @ApiProperty({ description: 'priority methods of work, in Kazakh' })
  @IsString()
  @MaxLength(4000)
  methodsKk: string;

  @ApiProperty({ description: 'priority methods of work, in Russian' })
  @IsString()
  @MaxLength(4000)
  methodsRu: string;
}
export class UpdateTargetAudienceDto extends IntersectionType(
  PartialType(CreateTargetAudienceDto, { skipNullProperties: false }),
  VersionedUpdate,
) {}
