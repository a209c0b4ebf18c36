import { Period, Quarter, YearCount } from './types';

export const latestYear = (rows: YearCount[] | undefined, fallback: number): number => {
  const years = (rows ?? []).filter((row) => row.count > 0).map((row) => row.year);
  return years.length > 0 ? Math.max(...years) : fallback;
};

const pad = (value: number) => String(value).padStart(2, '0');

export const periodOf = (year: number, quarter: Quarter): Period => {
  if (quarter === 0) return { from: `${year}-01-01`, to: `${year}-12-31` };
  const lastMonth = quarter * 3;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  return { from: `${year}-${pad(lastMonth - 2)}-01`, to: `${year}-${pad(lastMonth)}-${pad(lastDay)}` };
};
