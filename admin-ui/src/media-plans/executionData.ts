import type { QuarterExecution } from '../../../contracts/media-plans';

export interface QuarterBar {
  /** 1-4, or 0 for items planned for the whole year. */
  quarter: number;
  planned: number;
  fulfilled: number;
  linked: number;
}

/** One bar group per quarter (all four, even with nothing planned), then the items without a quarter if any. */
export const toQuarterBars = (quarters: QuarterExecution[]): QuarterBar[] => {
  const byQuarter = new Map(quarters.map((q) => [q.quarter ?? 0, q]));
  const keys = [1, 2, 3, 4, ...(byQuarter.has(0) ? [0] : [])];
  return keys.map((quarter) => {
    const row = byQuarter.get(quarter);
    return { quarter, planned: row?.planned ?? 0, fulfilled: row?.fulfilled ?? 0, linked: row?.linked ?? 0 };
  });
};

export const percent = (share: number): number => Math.round(share * 1000) / 10;
