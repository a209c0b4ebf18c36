import { YearCount } from './types';

export const latestYear = (rows: YearCount[] | undefined, fallback: number): number => {
  const years = (rows ?? []).filter((row) => row.count > 0).map((row) => row.year);
  return years.length > 0 ? Math.max(...years) : fallback;
};
