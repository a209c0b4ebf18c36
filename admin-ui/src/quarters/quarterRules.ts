import { QUARTER_STEPS, QuarterRow, QuarterStatus, QuarterStep } from '../../../contracts/quarters';
import type { ActorScope } from '../common/actorScope';

// Mirrors the server's rules so that only possible steps are offered; the server still decides.
const STEP_FROM: Record<QuarterStep, QuarterStatus> = { submit: 'open', approve: 'submitted', exception: 'approved', close: 'exception' };

/** The last day of a quarter, YYYY-MM-DD. */
export const quarterLastDay = (year: number, quarter: number): string =>
  new Date(Date.UTC(year, quarter * 3, 0)).toISOString().slice(0, 10);

/** Whether the quarter is over on the given day (a quarter is submitted only after it ends). */
export const quarterEnded = (year: number, quarter: number, today: string): boolean => today > quarterLastDay(year, quarter);

const mayTake = (step: QuarterStep, row: QuarterRow, actor: ActorScope, today: string): boolean => {
  if (row.status !== STEP_FROM[step]) return false;
  if (step === 'submit') {
    const own = actor.role === 'rpo_editor' && actor.regionId === row.regionId;
    return (own || actor.role === 'admin') && quarterEnded(row.year, row.quarter, today);
  }
  return actor.role === 'approver' || actor.role === 'admin';
};

/** The steps the actor may take on the quarter now. */
export const stepsFor = (row: QuarterRow, actor: ActorScope, today: string): QuarterStep[] =>
  QUARTER_STEPS.filter((step) => mayTake(step, row, actor, today));

export interface QuarterGridRow {
  regionId: number;
  quarters: (QuarterRow | undefined)[];
}

/** Rows of regions, each with its four quarters in order. */
export const quarterGrid = (rows: QuarterRow[]): QuarterGridRow[] => {
  const regions = new Map<number, (QuarterRow | undefined)[]>();
  for (const row of rows) {
    const quarters = regions.get(row.regionId) ?? [undefined, undefined, undefined, undefined];
    quarters[row.quarter - 1] = row;
    regions.set(row.regionId, quarters);
  }
  return [...regions.entries()].sort(([a], [b]) => a - b).map(([regionId, quarters]) => ({ regionId, quarters }));
};

/** How many quarters are in each status (for the overview's summary). */
export const statusCounts = (rows: QuarterRow[]): Record<QuarterStatus, number> =>
  rows.reduce((counts, row) => ({ ...counts, [row.status]: counts[row.status] + 1 }), { open: 0, submitted: 0, approved: 0, exception: 0 });
