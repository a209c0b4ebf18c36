import type { MaterialFilter, RollupQuery } from '../../../contracts/rollups';

type Span = Pick<RollupQuery, 'from' | 'to'>;

export const filterParam = (filter: MaterialFilter) =>
  Object.keys(filter).length > 0 ? `&filter=${encodeURIComponent(JSON.stringify(filter))}` : '';

export const groupedRollupPath = (groupBy: string, period: Span, filter: MaterialFilter): string =>
  `/rollups?groupBy=${groupBy}&from=${period.from}&to=${period.to}${filterParam(filter)}`;

export const nationalRollupPath = (period: Span, filter: MaterialFilter): string =>
  `/rollups/national?from=${period.from}&to=${period.to}${filterParam(filter)}`;
