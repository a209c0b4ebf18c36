import { EntityManager } from 'typeorm';

export interface CounterMismatch {
  table: 'daily' | 'monthly' | 'facets' | 'pairs';
  key: string;
  counted: number;
  stored: number;
}

/** The facet columns of the facet and pair counters, in the order of GROUPING() in the pair counters' `facets`. */
export const COUNTER_FACETS = ['region_id', 'media_level', 'channel', 'language', 'format', 'direction_id', 'special_project_id'];
const FACETS = COUNTER_FACETS.join(', ');
/** The region and every pair of the other facets, as the pair counters (migration 1764900000000) hold them. */
const OTHERS = COUNTER_FACETS.slice(1);
const PAIRS = OTHERS.flatMap((a, i) => OTHERS.slice(i + 1).map((b) => `(region_id, ${a}, ${b})`)).join(', ');
const COUNTED_PAIRS = `SELECT month, GROUPING(${FACETS}) AS facets, ${FACETS}, sum(n)::int AS n
  FROM (SELECT date_trunc('month', published_on)::date AS month, ${FACETS}, count(*) AS n FROM materials GROUP BY 1, 2, 3, 4, 5, 6, 7, 8) d
 GROUP BY month, GROUPING SETS (${PAIRS})`;

/** Compares the counter tables with a fresh count of materials; an empty list means they agree. */
export async function verifyCounters(m: EntityManager): Promise<CounterMismatch[]> {
  const rows: CounterMismatch[] = await m.query(`
    WITH raw_daily AS (
      SELECT published_on AS k, region_id, media_level, channel, count(*)::int AS n FROM materials GROUP BY 1, 2, 3, 4),
    raw_monthly AS (
      SELECT date_trunc('month', published_on)::date AS k, region_id, media_level, channel, count(*)::int AS n FROM materials GROUP BY 1, 2, 3, 4),
    daily AS (
      SELECT 'daily' AS "table", concat_ws('/', coalesce(r.k, c.day), coalesce(r.region_id, c.region_id), coalesce(r.media_level, c.media_level),
             coalesce(r.channel, c.channel)) AS key, coalesce(r.n, 0) AS counted, coalesce(c.n, 0) AS stored
        FROM raw_daily r FULL JOIN material_daily_counts c
          ON c.day = r.k AND c.region_id = r.region_id AND c.media_level = r.media_level AND c.channel = r.channel),
    monthly AS (
      SELECT 'monthly' AS "table", concat_ws('/', coalesce(r.k, c.month), coalesce(r.region_id, c.region_id), coalesce(r.media_level, c.media_level),
             coalesce(r.channel, c.channel)) AS key, coalesce(r.n, 0) AS counted, coalesce(c.n, 0) AS stored
        FROM raw_monthly r FULL JOIN material_monthly_counts c
          ON c.month = r.k AND c.region_id = r.region_id AND c.media_level = r.media_level AND c.channel = r.channel)
    SELECT * FROM daily WHERE counted <> stored
    UNION ALL
    SELECT * FROM monthly WHERE counted <> stored`);
  const facets: CounterMismatch[] = await m.query(`
    WITH raw AS (
      SELECT date_trunc('month', published_on)::date AS month, ${FACETS}, count(*)::int AS n FROM materials GROUP BY 1, 2, 3, 4, 5, 6, 7, 8),
    stored AS (SELECT month, ${FACETS}, sum(n)::int AS n FROM material_facet_counts GROUP BY 1, 2, 3, 4, 5, 6, 7, 8),
    diff AS (
      SELECT month, ${FACETS}, sum(counted)::int AS counted, sum(stored)::int AS stored
        FROM (SELECT month, ${FACETS}, n AS counted, 0 AS stored FROM raw
              UNION ALL
              SELECT month, ${FACETS}, 0, n FROM stored) u
       GROUP BY 1, 2, 3, 4, 5, 6, 7, 8)
    SELECT 'facets' AS "table", concat_ws('/', month, ${FACETS}) AS key, counted, stored FROM diff WHERE counted <> stored`);
  const pairs: CounterMismatch[] = await m.query(`
    WITH diff AS (
      SELECT month, facets, ${FACETS}, sum(counted)::int AS counted, sum(stored)::int AS stored
        FROM (SELECT month, facets, ${FACETS}, n AS counted, 0 AS stored FROM (${COUNTED_PAIRS}) raw
              UNION ALL
              SELECT month, facets, ${FACETS}, 0, n FROM material_pair_counts) u
       GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9)
    SELECT 'pairs' AS "table", concat_ws('/', month, facets, ${FACETS}) AS key, counted, stored FROM diff WHERE counted <> stored`);
  return [...rows, ...facets, ...pairs];
}

/** Recounts the counter tables from materials; the table lock keeps writers out while it runs. */
export async function rebuildCounters(m: EntityManager): Promise<void> {
  await m.query('LOCK TABLE materials IN SHARE MODE');
  await m.query('DELETE FROM material_daily_counts');
  await m.query('DELETE FROM material_monthly_counts');
  await m.query('DELETE FROM material_facet_counts');
  await m.query('DELETE FROM material_pair_counts');
  await m.query(`INSERT INTO material_daily_counts (day, region_id, media_level, channel, n)
                 SELECT published_on, region_id, media_level, channel, count(*) FROM materials GROUP BY 1, 2, 3, 4`);
  await m.query(`INSERT INTO material_monthly_counts (month, region_id, media_level, channel, n)
                 SELECT date_trunc('month', published_on)::date, region_id, media_level, channel, count(*) FROM materials GROUP BY 1, 2, 3, 4`);
  await m.query(`INSERT INTO material_facet_counts (month, ${FACETS}, n)
                 SELECT date_trunc('month', published_on)::date, ${FACETS}, count(*) FROM materials GROUP BY 1, 2, 3, 4, 5, 6, 7, 8`);
  await m.query(`INSERT INTO material_pair_counts (month, facets, ${FACETS}, n) ${COUNTED_PAIRS}`);
}
