import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Allow, IsInt, IsOptional, Max, Min } from 'class-validator';
import { MAX_INT } from './pg-limits';

/** What every update carries besides the editable fields: the version it was based on, and the id ra sends back. */
export class VersionedUpdate {
  @ApiProperty({ description: 'the version the edit started from; a stale one gets 409' })
  @IsInt()
  @Min(1)
  @Max(MAX_INT)
  version: number;

  @ApiPropertyOptional({ readOnly: true })
  @IsOptional()
  @Allow()
  id?: unknown;
}
