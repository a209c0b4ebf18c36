import type { Role } from './codes';

/** What an audit event records: the writes, the workflow steps, imports and the account actions. */
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'submit',
  'approve',
  'return',
  'reopen',
  'copy',
  'import',
  'change_password',
  'end_sessions',
  'quarter_submit',
  'quarter_approve',
  'quarter_exception',
  'quarter_close',
  'evidence_add',
  'evidence_remove',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** A changed field's values before and after, by property name. */
export type AuditChanges = Record<string, { before: unknown; after: unknown }>;

/** The resources whose records an audit event may name. */
export const AUDIT_NAMED_RESOURCES = [
  'regions',
  'directions',
  'special-projects',
  'target-audiences',
  'outlets',
  'rubrics',
  'materials',
  'media-plans',
  'media-plan-items',
  'users',
] as const;
export type AuditNamedResource = (typeof AUDIT_NAMED_RESOURCES)[number];

const NAMED = new Set<string>(AUDIT_NAMED_RESOURCES);
export const isAuditNamedResource = (resource: string): resource is AuditNamedResource => NAMED.has(resource);

/** The fields of audited records (and of the copy entry) that hold ids, with the resource each refers to. */
export const AUDIT_REFERENCE_FIELDS: Readonly<Record<string, AuditNamedResource>> = {
  regionId: 'regions',
  directionId: 'directions',
  specialProjectId: 'special-projects',
  targetAudienceIds: 'target-audiences',
  outletId: 'outlets',
  rubricId: 'rubrics',
  materialId: 'materials',
  mediaPlanId: 'media-plans',
  copiedFrom: 'media-plans',
  mediaPlanItemId: 'media-plan-items',
  createdById: 'users',
  submittedById: 'users',
  approvedById: 'users',
  userId: 'users',
};

/**
 * A record an event refers to, by name: the event's region and record, the acting user's region, and every id in
 * its changes, before and after. Records with one name (an outlet, a rubric, a title, a person) carry it thrice.
 */
export interface AuditReference {
  resource: AuditNamedResource;
  id: number;
  nameKk: string;
  nameRu: string;
  nameEn: string;
  /** A plan item's plan, whose page shows the item; null for everything else. */
  mediaPlanId: number | null;
}

/** GET /api/audit-events */
export interface AuditEvent {
  id: number;
  at: string;
  userId: number | null;
  action: string;
  resource: string;
  recordId: number | null;
  regionId: number | null;
  changes: AuditChanges;
  comment: string | null;
  /** The acting user's full name, role and region (null when the event has no user or the account is gone). */
  userName: string | null;
  userRole: Role | null;
  userRegionId: number | null;
  /** Records the event refers to that still exist (and that the event's readers may read), each once. */
  references: AuditReference[];
}
