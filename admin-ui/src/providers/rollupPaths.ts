/** A materials-list filter (without the period), as the rollups count under it. */
export type MaterialFilter = Record<string, string | number | (string | number)[]>;

interface Span {
  from: string;
  to: string;
}

/** A rollup's period, the one region it may be confined to, and the filter its figures count under. */
export interface RollupQuery extends Span {
  regionId?: number;
  filter?: MaterialFilter;
}

export const filterParam = (filter: MaterialFilter) =>
  Object.keys(filter).length > 0 ? `&filter=${encodeURIComponent(JSON.stringify(filter))}` : '';

export const groupedRollupPath = (groupBy: string, period: Span, filter: MaterialFilter): string =>
  `/rollups?groupBy=${groupBy}&from=${period.from}&to=${period.to}${filterParam(filter)}`;

export const nationalRollupPath = (period: Span, filter: MaterialFilter): string =>
  `/rollups/national?from=${period.from}&to=${period.to}${filterParam(filter)}`;
