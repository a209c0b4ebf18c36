import { ApiProperty } from '@nestjs/swagger';
import { AuditChanges } from '../common/audit';
import { AuditEvent } from './audit-event.entity';

export class AuditEventResponse implements AuditEvent {
  @ApiProperty({ type: 'integer' }) id: number;
  @ApiProperty({ type: String, format: 'date-time' }) at: Date;
  @ApiProperty({ type: 'integer', nullable: true }) userId: number | null;

  @ApiProperty({ example: 'update', description: 'create | update | delete | submit | approve | return | reopen | import | ...' })
  action: string;

  @ApiProperty({ example: 'media-plans', description: 'the resource name as in the URL' }) resource: string;
  @ApiProperty({ type: 'integer', nullable: true }) recordId: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) regionId: number | null;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'object', properties: { before: {}, after: {} } },
    description: '{ field: { before, after } }',
  })
  changes: AuditChanges;

  @ApiProperty({ type: String, nullable: true }) comment: string | null;
}
