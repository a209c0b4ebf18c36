import type { YearCount } from '../../../contracts/rollups';

/** A quarter of the year, or 0 for the whole year. */
export type Quarter = 0 | 1 | 2 | 3 | 4;

export interface Period {
  from: string;
  to: string;
}

export const latestYear = (rows: YearCount[] | undefined, fallback: number): number => {
  const years = (rows ?? []).filter((row) => row.count > 0).map((row) => row.year);
  return years.length > 0 ? Math.max(...years) : fallback;
};
