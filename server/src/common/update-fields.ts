import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Allow, IsOptional } from 'class-validator';
import { IsId } from './is-id';

/** What every update carries besides the editable fields: the version it was based on, and the id ra sends back. */
export class VersionedUpdate {
  @ApiProperty({ description: 'the version the edit started from; a stale one gets 409' })
  @IsId()
  version: number;

  @ApiPropertyOptional({ readOnly: true })
  @IsOptional()
  @Allow()
  id?: unknown;
}
