import type { Channel, Format, PlanStatus } from './codes';

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
