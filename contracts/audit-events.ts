/** A changed field's values before and after, by property name. */
export type AuditChanges = Record<string, { before: unknown; after: unknown }>;

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
}
