import { ApiProperty } from '@nestjs/swagger';
import { Rubric } from './rubric.entity';

export class RubricResponse implements Rubric {
  @ApiProperty({ type: 'integer' }) id: number;
  @ApiProperty({ type: 'integer' }) outletId: number;
  @ApiProperty() name: string;
  @ApiProperty({ type: 'integer', nullable: true }) specialProjectId: number | null;
  @ApiProperty() active: boolean;
  @ApiProperty({ type: 'integer' }) version: number;
}
