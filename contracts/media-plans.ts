import type { Channel, Format, PlanStatus } from './codes';
import type { RowOutcome } from './errors';

export interface ItemExecution {
  id: number;
  topic: string;
  format: Format;
  channel: Channel;
  plannedQuarter: number | null;
  plannedMonth: number | null;
  plannedCount: number;
  linked: number;
  /** Linked materials counted up to the planned count, so that one item's surplus does not hide another's gap. */
  fulfilled: number;
  share: number;
  dueOn: string;
  behind: boolean;
}

export interface PeriodExecution {
  planned: number;
  linked: number;
  fulfilled: number;
  share: number;
}

export interface QuarterExecution extends PeriodExecution {
  quarter: number | null;
}

/** GET /api/media-plans/:id/execution */
export interface PlanExecution {
  planId: number;
  year: number;
  status: PlanStatus;
  asOf: string;
  totals: PeriodExecution & { items: number; behind: number };
  quarters: QuarterExecution[];
  items: ItemExecution[];
}

export const WORKFLOW_STEPS = ['submit', 'approve', 'return', 'reopen'] as const;
/** POST /api/media-plans/:id/:step */
export type WorkflowStep = (typeof WORKFLOW_STEPS)[number];

/**
 * A media plan record (GET /api/media-plans/:id and every workflow step's answer). Timestamps are ISO strings on the
 * wire; the server's entity implements MediaPlan<Date>, serialised into them.
 */
export interface MediaPlan<Timestamp = string> {
  id: number;
  regionId: number | null;
  year: number;
  title: string;
  status: PlanStatus;
  submittedAt: Timestamp | null;
  submittedById: number | null;
  approvedAt: Timestamp | null;
  approvedById: number | null;
  returnComment: string | null;
  version: number;
}

/** GET /api/media-plans/overview: one row a region, with its plan of the year or none (timestamps as in MediaPlan). */
export interface OverviewRow<Timestamp = string> {
  regionId: number | null;
  planId: number | null;
  /** The plan's version, sent back with a bulk step so that a plan changed since is refused. */
  version: number | null;
  title: string | null;
  status: PlanStatus | null;
  submittedAt: Timestamp | null;
  submittedById: number | null;
  submittedBy: string | null;
  approvedAt: Timestamp | null;
  approvedById: number | null;
  approvedBy: string | null;
  items: number;
  planned: number;
  linked: number;
  fulfilled: number;
  share: number;
  reopenCount: number;
  changesAfterApproval: number;
}

export const BULK_ACTIONS = ['approve', 'return'] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];

/** The body of POST /api/media-plans/bulk; the comment is required to return. */
export interface BulkStepInput {
  action: BulkAction;
  ids: number[];
  /** Each plan's version as the caller saw it, in the order of ids: a plan changed since is refused (409 version.conflict). */
  versions?: number[];
  comment?: string;
}

/** One plan's outcome in the answer of POST /api/media-plans/bulk. */
export interface BulkResult<Timestamp = string> extends RowOutcome {
  /** The plan after the step, when it was taken. */
  plan?: MediaPlan<Timestamp>;
}

/** The answer of POST /api/media-plans/bulk. */
export interface BulkAnswer<Timestamp = string> {
  results: BulkResult<Timestamp>[];
}

/** The body of POST /api/media-plans/:id/:step; return and reopen require the comment. */
export interface StepComment {
  comment?: string;
}

/** The body of POST /api/media-plans/:id/copy: the year of the new draft. */
export interface PlanCopy {
  year: number;
}

/** A media plan item record (GET /api/media-plan-items). */
export interface MediaPlanItem {
  id: number;
  mediaPlanId: number;
  topic: string;
  format: Format;
  channel: Channel;
  outletId: number | null;
  rubricId: number | null;
  directionId: number | null;
  specialProjectId: number | null;
  targetAudienceIds: number[];
  plannedQuarter: number | null;
  plannedMonth: number | null;
  plannedCount: number;
  responsible: string | null;
  notes: string | null;
  version: number;
}

/** The fields of a plan item that a submission keeps and "what changed" compares. */
export const PLAN_ITEM_COMPARED = [
  'topic',
  'format',
  'channel',
  'outletId',
  'rubricId',
  'directionId',
  'specialProjectId',
  'targetAudienceIds',
  'plannedQuarter',
  'plannedMonth',
  'plannedCount',
  'responsible',
  'notes',
] as const;

/** A plan item as a submission kept it. */
export type SubmittedItem = Pick<MediaPlanItem, 'id' | (typeof PLAN_ITEM_COMPARED)[number]>;

/** GET /api/media-plans/:id/changes: the items of the plan's latest submission against those of the one before. */
export interface PlanChanges<Timestamp = string> {
  planId: number;
  /** The latest submission; null when the plan was never submitted. */
  submittedAt: Timestamp | null;
  /** The submission before it; null when there was none (nothing to compare with). */
  previousAt: Timestamp | null;
  added: SubmittedItem[];
  removed: SubmittedItem[];
  /** Each item whose fields differ: the field's value at the previous submission and at the latest. */
  changed: { id: number; topic: string; changes: Record<string, { before: unknown; after: unknown }> }[];
}
