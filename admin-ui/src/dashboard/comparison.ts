import type { MaterialFilter, NationalRollup } from '../../../contracts/rollups';

export type RowKey = 'republican' | 'regional' | 'internet' | 'social' | 'all';
export type Column = 'total' | 'tv' | 'radio' | 'print';

export interface ComparedRow {
  key: RowKey;
  cells: Partial<Record<Column, number>>;
  previous: number | null;
  change: number | null;
  /** Change in per cent of the previous period, one decimal; null when the previous period had none. */
  changePercent: number | null;
}

const rowsOf = (rollup: NationalRollup): { key: RowKey; cells: Partial<Record<Column, number>> }[] => [
  { key: 'republican', cells: rollup.republican },
  { key: 'regional', cells: rollup.regional },
  { key: 'internet', cells: { total: rollup.internet } },
  { key: 'social', cells: { total: rollup.social } },
  { key: 'all', cells: { total: rollup.total } },
];

const percent = (change: number, previous: number) => (previous === 0 ? null : Math.round((change / previous) * 1000) / 10);

/** A period without a single material is no base to compare with: the table says so instead of "+100 %". */
export const hasComparableData = (previous: NationalRollup | undefined): boolean => (previous?.total ?? 0) > 0;

/** The rows of the national table, each with the previous period's total and the change when it had any materials. */
export const compareRollups = (current: NationalRollup, previous: NationalRollup | undefined): ComparedRow[] => {
  const before = previous && hasComparableData(previous) ? rowsOf(previous) : [];
  return rowsOf(current).map((row, index) => {
    const previousTotal = before[index]?.cells.total ?? null;
    const change = previousTotal === null ? null : (row.cells.total ?? 0) - previousTotal;
    return {
      ...row,
      previous: previousTotal,
      change,
      changePercent: change === null || previousTotal === null ? null : percent(change, previousTotal),
    };
  });
};

const PRINTED_AND_BROADCAST = ['tv', 'radio', 'print'];

/** The materials one cell of the national table counts, as the counters do: a level's cells hold TV, radio and print. */
export const cellFilter = (key: RowKey, column: Column): MaterialFilter => {
  if (key === 'all') return {};
  if (key === 'internet' || key === 'social') return { channel: key };
  return { mediaLevel: key, channel: column === 'total' ? PRINTED_AND_BROADCAST : column };
};
