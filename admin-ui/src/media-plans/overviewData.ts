import type { PlanStatus } from '../../../contracts/codes';
import type { BulkAction, BulkResult, BulkStepInput, OverviewRow } from '../../../contracts/media-plans';

export type StatusFilter = PlanStatus | 'none' | '';

export interface OverviewFilter {
  status: StatusFilter;
  /** A region's id, 'republican' for the unified plan, or '' for all. */
  region: number | 'republican' | '';
}

/** The years that have plans, newest first; the given year is kept so the picker can always show it. */
export const planYears = (years: number[], current?: number): number[] =>
  [...new Set([...years, ...(current ? [current] : [])])].sort((a, b) => b - a);

export const filterOverview = (rows: OverviewRow[], { status, region }: OverviewFilter): OverviewRow[] =>
  rows.filter(
    (row) =>
      (status === '' || (status === 'none' ? row.status === null : row.status === status)) &&
      (region === '' || (region === 'republican' ? row.regionId === null : row.regionId === region)),
  );

/** Only submitted plans can be approved or returned. */
export const selectableIds = (rows: OverviewRow[]): number[] =>
  rows.filter((row) => row.status === 'submitted' && row.planId !== null).map((row) => row.planId as number);

/** The shown plans' versions, sent back with a bulk step. */
export const planVersions = (rows: OverviewRow[]): Map<number, number> =>
  new Map(rows.flatMap((row) => (row.planId === null || row.version === null ? [] : [[row.planId, row.version] as const])));

export const summarizeBulk = (results: BulkResult[]) => ({
  succeeded: results.filter((result) => result.ok).length,
  failed: results.filter((result) => !result.ok),
});

/** The step's body: the versions go only when every selected plan has one. */
export const bulkInput = (
  action: BulkAction,
  selected: number[],
  versions?: ReadonlyMap<number, number>,
  comment?: string,
): BulkStepInput => {
  const shown = selected.map((id) => versions?.get(id));
  return {
    action,
    ids: selected,
    ...(shown.every((version): version is number => version !== undefined) ? { versions: shown } : {}),
    ...(comment ? { comment } : {}),
  };
};
