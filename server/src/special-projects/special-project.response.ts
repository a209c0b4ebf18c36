import { ApiProperty } from '@nestjs/swagger';
import { NamedReferenceResponse } from '../common/named-reference.response';
import { SpecialProject } from './special-project.entity';

export class SpecialProjectResponse extends NamedReferenceResponse implements SpecialProject {
  @ApiProperty({ type: 'integer' }) directionId: number;
  @ApiProperty({ type: 'integer', nullable: true, description: 'the year the project was introduced' }) introducedIn: number | null;
}
