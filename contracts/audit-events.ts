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
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

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
