import { DataSource } from 'typeorm';
import type { ListSeek } from '../common/crud.service';
import type { ListParams } from '../common/list-query';
import { ownValue } from '../common/own';
import { preparedQuery } from '../common/prepared-query';

/** Below this offset plain skipping costs less than reading the counters. */
const SEEK_FROM_OFFSET = 2_000;

/** The list filters that the daily and monthly counters (region, level, channel) count exactly. */
const COUNTED: Record<string, string> = { regionId: 'region_id', channel: 'channel', mediaLevel: 'media_level' };

/**
 * For a deep page sorted by date within one region (by filter or by the reader's confinement), and filtered at most
 * by channel, level and period: sums the region's counters in sort order up to the page's offset, months first and
 * then the days of the month the offset falls in (a period, which may cut months, is summed by days). The page is
 * then the rows from that day on, less the day's rows before the offset: an index range instead of skipping up to
 * the offset row by row. Null when the list is not of that kind.
 */
export async function seekInCounters(
  ds: DataSource,
  params: ListParams,
  scopeRegion: number | 'any',
  offset: number,
): Promise<ListSeek | null> {
  const [field, order] = params.sort;
  if (field !== 'publishedOn' || offset < SEEK_FROM_OFFSET) return null;
  if (scopeRegion === 'any' && params.filter.regionId === undefined) return null;
  const values: unknown[] = [];
  const param = (value: unknown) => `$${values.push(value)}`;
  const facets: string[] = [];
  const period: string[] = [];
  if (scopeRegion !== 'any') facets.push(`region_id = ${param(scopeRegion)}`);
  for (const [key, value] of Object.entries(params.filter)) {
    const column = ownValue(COUNTED, key);
    if (key === 'publishedFrom') period.push(`day >= ${param(value)}::date`);
    else if (key === 'publishedTo') period.push(`day <= ${param(value)}::date`);
    else if (column && (typeof value === 'string' || typeof value === 'number')) facets.push(`${column} = ${param(value)}`);
    else return null;
  }
  const at = param(offset);
  const days = (range: string[]) =>
    `SELECT day, sum(n)::int AS n FROM material_daily_counts WHERE ${[...facets, ...range].join(' AND ')} GROUP BY day HAVING sum(n) > 0`;
  const ranked = (table: string, key: string, start: string) =>
    `SELECT ${key}, ${start} + sum(n) OVER (ORDER BY ${key} ${order} ROWS UNBOUNDED PRECEDING) - n AS before FROM ${table}`;
  const counted =
    period.length > 0
      ? `days AS (${days(period)}), total AS (SELECT coalesce(sum(n), 0)::int AS n FROM days), ranked AS (${ranked('days', 'day', '0')})`
      : `months AS (SELECT month, sum(n)::int AS n FROM material_monthly_counts WHERE ${facets.join(' AND ')} GROUP BY month HAVING sum(n) > 0),
         total AS (SELECT coalesce(sum(n), 0)::int AS n FROM months),
         target AS (SELECT month, before FROM (${ranked('months', 'month', '0')}) m WHERE before <= ${at} ORDER BY before DESC LIMIT 1),
         days AS (${days(['day >= (SELECT month FROM target)', "day < (SELECT month FROM target) + interval '1 month'"])}),
         ranked AS (${ranked('days', 'day', '(SELECT before FROM target)')})`;
  const [row] = await preparedQuery<{ total: number; day: string | null; before: number | null }>(
    ds,
    `WITH ${counted}
     SELECT (SELECT n FROM total) AS total, s.day::text AS day, s.before::int AS before
       FROM (SELECT 1) one LEFT JOIN LATERAL (SELECT day, before FROM ranked WHERE before <= ${at} ORDER BY before DESC LIMIT 1) s ON true`,
    values,
  );
  if (row.day === null || row.before === null) return { total: row.total, bound: null, skip: offset };
  return { total: row.total, bound: { value: row.day, op: order === 'DESC' ? '<=' : '>=' }, skip: offset - row.before };
}
