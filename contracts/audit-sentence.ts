import type { AuditEvent } from './audit-events';
import type { NameOf } from './audit-changes';
import type { Translate } from './audit-vocabulary';

export type SentenceEvent = Pick<AuditEvent, 'id'> & Partial<Pick<AuditEvent, 'action' | 'resource' | 'changes' | 'comment'>>;

const PLAN_STEPS = new Set(['submit', 'approve', 'return', 'reopen']);
const QUARTER_KEY = /^(\d{4})-Q([1-4])$/;

const count = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

/** The name of the evidence file an event attached or removed, as the server records it in `changes.evidence`. */
const evidenceFile = (change: { before: unknown; after: unknown } | undefined): string => {
  const file = change?.after ?? change?.before;
  const name = typeof file === 'object' && file !== null && 'fileName' in file ? file.fileName : null;
  return typeof name === 'string' ? name : '—';
};

/** The reason an account's sessions ended, as the server writes it ("signed out everywhere"), as a message key. */
const reasonKey = (reason: string) => reason.trim().toLowerCase().replace(/\W+/g, '_');

/**
 * An event that is a step rather than an edit, as a sentence in the UI's language: an import, a plan's or a
 * quarter's workflow step (one of a bulk approval or return too), a plan's copy, a password change, ended sessions,
 * an evidence file attached to a material or removed from it.
 * Null for an edit, which reads as its changed fields. `quotesComment`: the sentence already says the comment.
 */
export const auditSentence = (
  event: SentenceEvent,
  translate: Translate,
  nameOf: NameOf,
): { text: string; quotesComment: boolean } | null => {
  const { action, changes, comment } = event;
  const withComment = (text: string) =>
    comment
      ? { text: translate('app.audit.sentence.with_comment', { sentence: text, comment }), quotesComment: true }
      : { text, quotesComment: false };
  if (action === 'import') {
    const created = count(changes?.created?.after);
    return comment
      ? { text: translate('app.audit.sentence.import_file', { smart_count: created, file: comment }), quotesComment: true }
      : { text: translate('app.audit.sentence.import', { smart_count: created }), quotesComment: false };
  }
  if (action && PLAN_STEPS.has(action) && event.resource === 'media-plans') return withComment(translate(`app.audit.sentence.${action}`));
  if (action === 'copy' && event.resource === 'media-plans') {
    const source = changes?.copiedFrom?.after;
    const plan = typeof source === 'number' ? (nameOf('media-plans', source)?.text ?? `№${source}`) : '—';
    return { text: translate('app.audit.sentence.copy', { plan, smart_count: count(changes?.items?.after) }), quotesComment: false };
  }
  if (action?.startsWith('quarter_')) {
    const period = Object.keys(changes ?? {})
      .map((key) => QUARTER_KEY.exec(key))
      .find(Boolean);
    if (!period) return null;
    return withComment(translate(`app.audit.sentence.${action}`, { year: period[1], quarter: period[2] }));
  }
  if (action === 'evidence_add' || action === 'evidence_remove')
    return { text: translate(`app.audit.sentence.${action}`, { file: evidenceFile(changes?.evidence) }), quotesComment: false };
  if (action === 'change_password') return { text: translate('app.audit.sentence.change_password'), quotesComment: false };
  if (action === 'end_sessions') {
    const reason = comment ? translate(`app.audit.session_reason.${reasonKey(comment)}`, { _: comment }) : '—';
    return { text: translate('app.audit.sentence.end_sessions', { reason }), quotesComment: true };
  }
  return null;
};
