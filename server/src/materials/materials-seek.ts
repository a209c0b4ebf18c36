import { DataSource } from 'typeorm';
import type { ListSeek } from '../common/crud.service';
import type { ListParams } from '../common/list-query';

/** Below this offset plain skipping costs less than reading the counters. */
const SEEK_FROM_OFFSET = 2_000;

/** The list filters that the daily counters (day, region, level, channel) count exactly. */
const COUNTED: Record<string, string> = { regionId: 'region_id', channel: 'channel', mediaLevel: 'media_level' };

/**
 * For a deep page sorted by date within one region (by filter or by the reader's confinement), and filtered at most
 * by channel, level and period: sums the region's daily counters in sort order up to the page's offset. The page is
 * then the rows from that day on, less the day's rows before the offset: an index range instead of skipping up to
 * the offset row by row. Null when the list is not of that kind.
 */
export async function seekInCounters(ds: DataSource, params: ListParams, scopeRegion: number | 'any', offset: number): Promise<ListSeek | null> {
  const [field, order] = params.sort;
  if (field !== 'publishedOn' || offset < SEEK_FROM_OFFSET) return null;
  const values: unknown[] = [];
  const where: string[] = [];
  const add = (condition: (param: string) => string, value: unknown) => where.push(condition(`$${values.push(value)}`));
  if (scopeRegion !== 'any') add((p) => `region_id = ${p}`, scopeRegion);
  for (const [key, value] of Object.entries(params.filter)) {
    if (key === 'publishedFrom') add((p) => `day >= ${p}::date`, value);
    else if (key === 'publishedTo') add((p) => `day <= ${p}::date`, value);
    else if (COUNTED[key] && (typeof value === 'string' || typeof value === 'number')) add((p) => `${COUNTED[key]} = ${p}`, value);
    else return null;
  }
  if (scopeRegion === 'any' && params.filter.regionId === undefined) return null;
  const [row]: { total: number; day: string | null; before: number | null }[] = await ds.query(
    `WITH days AS (SELECT day, sum(n)::int AS n FROM material_daily_counts WHERE ${where.join(' AND ')} GROUP BY day HAVING sum(n) > 0),
          ranked AS (SELECT day, sum(n) OVER (ORDER BY day ${order} ROWS UNBOUNDED PRECEDING) - n AS before FROM days)
     SELECT (SELECT coalesce(sum(n), 0)::int FROM days) AS total, s.day::text AS day, s.before::int AS before
       FROM (SELECT 1) one LEFT JOIN LATERAL (SELECT day, before FROM ranked WHERE before <= $${values.push(offset)} ORDER BY before DESC LIMIT 1) s ON true`,
    values,
  );
  if (row.day === null || row.before === null) return { total: row.total, bound: null, skip: offset };
  return { total: row.total, bound: { value: row.day, op: order === 'DESC' ? '<=' : '>=' }, skip: offset - row.before };
}
