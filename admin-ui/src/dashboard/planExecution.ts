export interface ExecutionFigures {
  planned: number;
  fulfilled: number;
  share: number;
}

export interface ExecutionItem {
  id: number;
  fulfilled: number;
  share: number;
  topic: string;
  plannedQuarter: number | null;
  plannedCount: number;
  dueOn: string;
  behind: boolean;
}

/** The part of GET /api/media-plans/:id/execution the region dashboard shows. */
export interface PlanExecution {
  planId: number;
  year: number;
  asOf: string;
  totals: ExecutionFigures & { items: number; behind: number };
  quarters: (ExecutionFigures & { quarter: number | null })[];
  items: ExecutionItem[];
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
