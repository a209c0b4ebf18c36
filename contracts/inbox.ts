/** What waits for someone: an approver's plans and quarters to decide, an editor's returned plans, open quarters, exceptions and late items. */
export const INBOX_KINDS = ['planSubmitted', 'quarterSubmitted', 'planReturned', 'quarterOpen', 'lateEntry', 'itemBehind'] as const;
export type InboxKind = (typeof INBOX_KINDS)[number];

/** At most this many items of each kind are listed; the counts are of them all. */
export const INBOX_ITEMS_PER_KIND = 50;

/** One thing that needs attention (GET /api/inbox), oldest first within its kind. */
export interface InboxItem<Timestamp = string> {
  kind: InboxKind;
  /** The plan, for plans and plan items; null for quarters. */
  planId: number | null;
  /** The plan's version, for submitted and returned plans: a bulk step sends it back, so that a plan changed since is refused. */
  planVersion: number | null;
  /** The plan item, for items behind schedule. */
  itemId: number | null;
  /** null: the republican level. */
  regionId: number | null;
  year: number;
  /** The quarter, for quarters and late-entry exceptions; an item's planned quarter. */
  quarter: number | null;
  /** A plan's title or an item's topic. */
  title: string | null;
  /** When it started to wait: submitted, returned, granted, or (quarters, items) the day it was due. */
  since: Timestamp;
  /** The approver's comment on a return or an exception. */
  comment: string | null;
  /** Items behind schedule: how many materials were planned and how many are linked. */
  planned: number | null;
  linked: number | null;
}

/** GET /api/inbox */
export interface Inbox<Timestamp = string> {
  total: number;
  counts: Record<InboxKind, number>;
  items: InboxItem<Timestamp>[];
}
