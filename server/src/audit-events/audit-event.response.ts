import { ApiProperty } from '@nestjs/swagger';
import {
  AUDIT_NAMED_RESOURCES,
  type AuditEvent as AuditEventRecord,
  type AuditNamedResource,
  type AuditReference,
} from '../../../contracts/audit-events';
import { Role, ROLES } from '../../../contracts/codes';
import { AuditChanges } from '../common/audit';

export class AuditReferenceResponse implements AuditReference {
  @ApiProperty({ enum: AUDIT_NAMED_RESOURCES }) resource: AuditNamedResource;
  @ApiProperty({ type: 'integer' }) id: number;
  @ApiProperty({ description: 'the name in Kazakh; a record with one name (outlet, rubric, title, person) has it in all three' })
  nameKk: string;
  @ApiProperty() nameRu: string;
  @ApiProperty() nameEn: string;
  @ApiProperty({ type: 'integer', nullable: true, description: "a plan item's plan (the page that shows the item); null otherwise" })
  mediaPlanId: number | null;
}

export class AuditEventResponse implements Omit<AuditEventRecord, 'at'> {
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

  @ApiProperty({ type: String, nullable: true, description: "the acting user's full name; null when there is none" })
  userName: string | null;

  @ApiProperty({ enum: ROLES, nullable: true, description: "the acting user's role" }) userRole: Role | null;

  @ApiProperty({ type: 'integer', nullable: true, description: "the acting user's region (named in references)" })
  userRegionId: number | null;

  @ApiProperty({
    type: [AuditReferenceResponse],
    description:
      "the records the event refers to, by name: its region and record, the acting user's region and each id in its changes " +
      '(outletId, regionId, rubricId, mediaPlanItemId, createdById, directionId, specialProjectId, targetAudienceIds, ' +
      'mediaPlanId, copiedFrom, ...), before and after; a record that is gone is left out',
  })
  references: AuditReference[];
}
