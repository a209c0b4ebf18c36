import type { ItemExecution, PeriodExecution, PlanExecution as PlanExecutionAnswer } from '../../../contracts/media-plans';

type ExecutionFigures = Omit<PeriodExecution, 'linked'>;

/** The part of GET /api/media-plans/:id/execution the region dashboard shows. */
export interface PlanExecution extends Pick<PlanExecutionAnswer, 'planId' | 'year' | 'asOf'> {
  totals: ExecutionFigures & Pick<PlanExecutionAnswer['totals'], 'items' | 'behind'>;
  quarters: (ExecutionFigures & { quarter: number | null })[];
  items: Pick<ItemExecution, 'id' | 'fulfilled' | 'share' | 'topic' | 'plannedQuarter' | 'plannedCount' | 'dueOn' | 'behind'>[];
}

export interface BehindItem {
  id: number;
  topic: string;
  dueOn: string;
  planned: number;
  fulfilled: number;
  missing: number;
}

/** The items behind their planned date, the largest shortfall first. */
export const behindItems = (execution: PlanExecution): BehindItem[] =>
  execution.items
    .filter((item) => item.behind)
    .map((item) => ({
      id: item.id,
      topic: item.topic,
      dueOn: item.dueOn,
      planned: item.plannedCount,
      fulfilled: item.fulfilled,
      missing: Math.max(0, item.plannedCount - item.fulfilled),
    }))
    .sort((a, b) => b.missing - a.missing || a.dueOn.localeCompare(b.dueOn));

export interface QuarterBar {
  quarter: number;
  planned: number;
  fulfilled: number;
}

/** Planned against fulfilled per quarter (items planned for the whole year have no quarter and are left out). */
export const quarterBars = (execution: PlanExecution): QuarterBar[] =>
  execution.quarters
    .filter((row): row is ExecutionFigures & { quarter: number } => row.quarter !== null)
    .map((row) => ({ quarter: row.quarter, planned: row.planned, fulfilled: row.fulfilled }))
    .sort((a, b) => a.quarter - b.quarter);
