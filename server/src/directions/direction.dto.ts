import { IntersectionType, PartialType } from '@nestjs/swagger';
import { NamedReferenceDto } from '../common/names.dto';
import { VersionedUpdate } from '../common/update-fields';

export class CreateDirectionDto extends NamedReferenceDto {}
export class UpdateDirectionDto extends IntersectionType(PartialType(CreateDirectionDto, { skipNullProperties: false }), VersionedUpdate) {}
