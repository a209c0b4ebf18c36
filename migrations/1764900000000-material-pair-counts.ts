import { MigrationInterface, QueryRunner } from 'typeorm';

const FACETS = ['region_id', 'media_level', 'channel', 'language', 'format', 'direction_id', 'special_project_id'].join(', ');
const OTHERS = ['media_level', 'channel', 'language', 'format', 'direction_id', 'special_project_id'];
/** The region and every pair of the other facets. */
const PAIRS = OTHERS.flatMap((a, i) => OTHERS.slice(i + 1).map((b) => `(region_id, ${a}, ${b})`)).join(', ');
const MONTH = `date_trunc('month', day)::date`;

/**
 * Monthly counts of `rows` (day, the facets, n) per the region and every pair of the other facets. `facets` is
 * GROUPING() over all facets: a bit set for each facet the row does not hold, so that a NULL direction or special
 * project stays apart from a facet that is not counted.
 */
const pairCounts = (rows: string) => `
  SELECT ${MONTH} AS month, GROUPING(${FACETS}) AS facets, ${FACETS}, sum(n)::int AS n FROM ${rows}
   GROUP BY ${MONTH}, GROUPING SETS (${PAIRS})`;

/**
 * One statement adds the signed counts of a statement's rows to every counter table: the rows are summed once per
 * day and combination of facets, and each table takes its sums from those. Keys are sorted so that concurrent
 * writers lock counter rows in the same order; sums of zero (an update that moved nothing) touch no row.
 */
const applyDeltas = (signedRows: string) => `
  WITH d AS MATERIALIZED (SELECT day, ${FACETS}, sum(n)::int AS n FROM (${signedRows}) r GROUP BY day, ${FACETS}),
  daily AS (
    INSERT INTO material_daily_counts AS c (day, region_id, media_level, channel, n)
    SELECT day, region_id, media_level, channel, sum(n) FROM d GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0 ORDER BY 1, 2, 3, 4
    ON CONFLICT (day, region_id, media_level, channel) DO UPDATE SET n = c.n + EXCLUDED.n),
  monthly AS (
    INSERT INTO material_monthly_counts AS c (month, region_id, media_level, channel, n)
    SELECT ${MONTH}, region_id, media_level, channel, sum(n) FROM d GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0 ORDER BY 1, 2, 3, 4
    ON CONFLICT (month, region_id, media_level, channel) DO UPDATE SET n = c.n + EXCLUDED.n),
  facets AS (
    INSERT INTO material_facet_counts AS c (month, ${FACETS}, n)
    SELECT ${MONTH}, ${FACETS}, sum(n) FROM d GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 HAVING sum(n) <> 0 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8
    ON CONFLICT ON CONSTRAINT material_facet_counts_key DO UPDATE SET n = c.n + EXCLUDED.n)
  INSERT INTO material_pair_counts AS c (month, facets, ${FACETS}, n)
  SELECT * FROM (${pairCounts('d')}) p WHERE n <> 0 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9
  ON CONFLICT ON CONSTRAINT material_pair_counts_key DO UPDATE SET n = c.n + EXCLUDED.n;`;

const signed = (table: string, sign: 1 | -1) => `SELECT published_on AS day, ${FACETS}, ${sign} AS n FROM ${table}`;

const EVENTS: [string, string, string][] = [
  ['insert', 'REFERENCING NEW TABLE AS new_rows', signed('new_rows', 1)],
  ['delete', 'REFERENCING OLD TABLE AS old_rows', signed('old_rows', -1)],
  ['update', 'REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows', `${signed('new_rows', 1)} UNION ALL ${signed('old_rows', -1)}`],
];

/** The triggers of migrations 1764250000000 (counts) and 1764800000000 (facets), which this one replaces. */
const REPLACED = EVENTS.flatMap(([event, referencing]) => [
  [`material_counts_${event}`, referencing, `material_counts_after_${event}`],
  [`material_facets_${event}`, referencing, `material_facets_after_${event}`],
]);

/**
 * Monthly counts per region and each pair of the other facets a grouped rollup can group by (level, channel,
 * language, format, direction, special project: 15 pairs). A month holds at most about 10,000 rows whatever the
 * number of materials, and one pair of a year some thousands, so a year's grouping by one or two facets besides the
 * region (and by month, quarter or year) reads those, where the facet counters hold as many combinations as the
 * materials spread over. The region is in every pair so that writers of different regions do not wait for each
 * other's counter rows.
 *
 * Every counter table is then kept by one statement-level trigger per event instead of one per table: a single-row
 * write pays for one trigger call and one planned statement (plpgsql keeps its plan) rather than several, and the
 * daily and monthly counters no longer go through jsonb. The replaced trigger functions stay, for down().
 */
export class MaterialPairCounts1764900000000 implements MigrationInterface {
  name = 'MaterialPairCounts1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE material_pair_counts (
        month date NOT NULL,
        facets smallint NOT NULL,
        region_id integer NOT NULL,
        media_level text,
        channel text,
        language text,
        format text,
        direction_id integer,
        special_project_id integer,
        n integer NOT NULL,
        CONSTRAINT material_pair_counts_key UNIQUE NULLS NOT DISTINCT (facets, month, ${FACETS})
      );
      INSERT INTO material_pair_counts (month, facets, ${FACETS}, n)
      ${pairCounts(`(SELECT published_on AS day, ${FACETS}, count(*) AS n FROM materials GROUP BY 1, 2, 3, 4, 5, 6, 7, 8) d`)};
      ${REPLACED.map(([trigger]) => `DROP TRIGGER ${trigger} ON materials;`).join('\n      ')}
      ${EVENTS.map(
        ([event, referencing, rows]) => `
      CREATE FUNCTION material_counters_after_${event}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN${applyDeltas(rows)}
        RETURN NULL;
      END $$;
      CREATE TRIGGER material_counters_${event} AFTER ${event.toUpperCase()} ON materials
        ${referencing} FOR EACH STATEMENT EXECUTE FUNCTION material_counters_after_${event}();`,
      ).join('')}
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ${EVENTS.map(([event]) => `DROP TRIGGER material_counters_${event} ON materials; DROP FUNCTION material_counters_after_${event}();`).join('\n      ')}
      ${REPLACED.map(
        ([trigger, referencing, fn]) =>
          `CREATE TRIGGER ${trigger} AFTER ${trigger.split('_').pop()?.toUpperCase()} ON materials ${referencing} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}();`,
      ).join('\n      ')}
      DROP TABLE material_pair_counts;
    `);
  }
}
