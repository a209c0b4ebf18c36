import type { AuditEvent } from '../../../contracts/audit-events';

export interface HistoryEntry {
  id: number;
  at: string;
  action: string;
  who: string | null;
  userId: number | null;
  comment: string | null;
  from: string | null;
  to: string | null;
}

const asStatus = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** Audit events as history lines: who did which step, the status it moved the plan between, and the comment. */
export const toHistory = (
  events: Pick<AuditEvent, 'id' | 'at' | 'userId' | 'action' | 'comment' | 'changes'>[],
  names: Map<number, string>,
): HistoryEntry[] =>
  events.map((event) => ({
    id: event.id,
    at: event.at,
    action: event.action,
    userId: event.userId,
    who: event.userId === null ? null : (names.get(event.userId) ?? null),
    comment: event.comment,
    from: asStatus(event.changes?.status?.before),
    to: asStatus(event.changes?.status?.after),
  }));
