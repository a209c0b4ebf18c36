import { EntityManager } from 'typeorm';
import type { AuditChanges, AuditEvent } from '../../../contracts/audit-events';

export type { AuditChanges };

/** What a write records of itself: an event as it is read back, but for what the server adds. */
export type AuditEntry = Pick<AuditEvent, 'userId' | 'action' | 'resource' | 'recordId' | 'regionId' | 'changes'> &
  Partial<Pick<AuditEvent, 'comment'>>;

/** Fields left out of an event's changes (bookkeeping and secrets), besides the id. */
export const NOT_AUDITED = new Set(['version', 'updatedAt', 'createdAt', 'passwordHash']);

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Field-by-field before/after of two plain records; fields that did not change are left out, and so are those not
 * audited: the given ones only, or else all but NOT_AUDITED and the id.
 */
export function diff(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  audited?: readonly string[],
): AuditChanges {
  const changes: AuditChanges = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    if (audited ? !audited.includes(key) : NOT_AUDITED.has(key) || key === 'id') continue;
    const b = before?.[key] ?? null;
    const a = after?.[key] ?? null;
    if (!same(a, b)) changes[key] = { before: b, after: a };
  }
  return changes;
}

/** Writes in the caller's transaction, so the event exists exactly when the change does. */
export async function audit(m: EntityManager, entry: AuditEntry): Promise<void> {
  await m.query(
    'INSERT INTO audit_events (user_id, action, resource, record_id, region_id, changes, comment) VALUES ($1, $2, $3, $4, $5, $6, $7)',
    [entry.userId, entry.action, entry.resource, entry.recordId, entry.regionId, JSON.stringify(entry.changes), entry.comment ?? null],
  );
}
