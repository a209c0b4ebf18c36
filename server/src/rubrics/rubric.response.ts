import { ApiProperty } from '@nestjs/swagger';
import { Rubric } from './rubric.entity';

export class RubricResponse implements Rubric {
  @ApiProperty()
  id: number;

  @ApiProperty()
  outletId: number;

  @ApiProperty()
  name: string;

  @ApiProperty({ type: Number, nullable: true })
  specialProjectId: number | null;

  @ApiProperty()
  active: boolean;

  @ApiProperty()
  version: number;
}
