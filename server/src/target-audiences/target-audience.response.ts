import { ApiProperty } from '@nestjs/swagger';
import { NamedReferenceResponse } from '../common/named-reference.response';
import { TargetAudience } from './target-audience.entity';

export class TargetAudienceResponse extends NamedReferenceResponse implements TargetAudience {
  @ApiProperty() methodsKk: string;
  @ApiProperty() methodsRu: string;
}
