import type { CompletenessMonth, RegionCompleteness } from '../../../contracts/analytics';

export type MonthLevel = 'empty' | 'low' | 'normal' | 'high';

/** A month against the region's own monthly average: nothing logged, well under it, about it, or well over. */
export const monthLevel = (month: CompletenessMonth): MonthLevel => {
  if (month.count === 0) return 'empty';
  if (month.ratio < 0.5) return 'low';
  if (month.ratio > 1.5) return 'high';
  return 'normal';
};

/** Each region's months in the order of the period, missing months as empty ones. */
export const monthCells = (region: RegionCompleteness, months: string[]): CompletenessMonth[] => {
  const byMonth = new Map(region.months.map((month) => [month.month, month]));
  return months.map((month) => byMonth.get(month) ?? { month, count: 0, ratio: 0, withEvidence: 0 });
};

/** Regions with the most empty months first, then the most late entries: the ones that need a call. */
export const sortForFollowUp = (regions: RegionCompleteness[]): RegionCompleteness[] =>
  [...regions].sort((a, b) => b.emptyMonths.length - a.emptyMonths.length || b.lateEntries - a.lateEntries || a.regionId - b.regionId);
