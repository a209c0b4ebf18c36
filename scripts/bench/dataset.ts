import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { rebuildCounters } from '../../server/src/materials/materials.repository';
import { dataSourceOptions } from '../../server/src/database/data-source';
import { prepareDatabase } from '../../server/src/database/prepare-database';

export const BENCH_LOGIN = 'admin';
export const BENCH_PASSWORD = 'bench-password-not-secret';
export const FIRST_DAY = '2021-01-01';
export const YEARS = 5;
export const OUTLETS = 2000;
const REPUBLICAN_PER_KIND = 20;
const KINDS = ['social', 'internet', 'tv', 'print', 'radio'] as const;
/** Shares of the channels in 100 buckets: social-media monitoring makes posts the bulk of the materials. */
const KIND_WEIGHTS = [40, 30, 12, 12, 6];
/** The largest region (the first) takes this share of the materials, the others share the rest evenly. */
const TOP_REGION_SHARE = 0.3;
const REPUBLICAN_SHARE = 0.2;
const CHUNK = 500_000;

export interface Dataset {
  rows: number;
  /** The region and channel with the most materials: the list figures filter on them. */
  topRegionId: number;
  topChannel: string;
  regionIds: number[];
  /** Republican outlets may carry materials of any region: creates spread over the regions with them. */
  republicanOutletId: number;
  maxId: number;
  timings: { label: string; seconds: number }[];
}

async function timed<T>(timings: Dataset['timings'], label: string, log: (line: string) => void, step: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await step();
  const seconds = (performance.now() - started) / 1000;
  timings.push({ label, seconds });
  log(`${label}: ${seconds.toFixed(1)} s`);
  return result;
}

/** Migrations, reference data and one administrator, as a fresh installation without the demo dataset has. */
export async function migrate(databaseUrl: string): Promise<void> {
  const ds = await new DataSource(dataSourceOptions(databaseUrl)).initialize();
  try {
    await prepareDatabase(ds, { demoData: false, adminLogin: BENCH_LOGIN, adminPassword: BENCH_PASSWORD });
  } finally {
    await ds.destroy();
  }
}

async function createOutlets(db: Client, regionIds: number[]): Promise<void> {
  const regionalPerRegionKind = Math.floor((OUTLETS - REPUBLICAN_PER_KIND * KINDS.length) / (regionIds.length * KINDS.length));
  await db.query(
    `INSERT INTO outlets (name, kind, level, region_id, languages)
     SELECT 'Bench ' || k.kind || ' ' || n, k.kind, 'republican', NULL, '{kk,ru}'::text[]
       FROM unnest($1::text[]) k(kind), generate_series(1, $2::int) n
     UNION ALL
     SELECT 'Bench ' || k.kind || ' ' || r.id || '-' || n, k.kind, 'regional', r.id, '{kk,ru}'::text[]
       FROM unnest($1::text[]) k(kind), unnest($3::int[]) r(id), generate_series(1, $4::int) n`,
    [KINDS, REPUBLICAN_PER_KIND, regionIds, regionalPerRegionKind],
  );
}

/**
 * Lookup arrays that turn a row number into a skewed region, channel and a matching outlet inside one INSERT ... SELECT
 * (array subscripts cost far less per row than joins on weight ranges).
 */
async function lookups(db: Client, regionIds: number[]) {
  const regionBuckets: number[] = [];
  const top = Math.round(TOP_REGION_SHARE * 1000);
  for (let b = 0; b < 1000; b++) regionBuckets.push(b < top ? 0 : 1 + ((b - top) % (regionIds.length - 1)));
  const kindBuckets = KIND_WEIGHTS.flatMap((w, k) => Array<number>(w).fill(k));
  const outlets: { id: number; kind: string; region_id: number | null }[] = (
    await db.query(`SELECT id, kind, region_id FROM outlets WHERE name LIKE 'Bench %' ORDER BY id`)
  ).rows;
  const regional = regionIds.flatMap((r) => KINDS.map((k) => outlets.filter((o) => o.region_id === r && o.kind === k).map((o) => o.id)));
  const republican = KINDS.map((k) => outlets.filter((o) => o.region_id === null && o.kind === k).map((o) => o.id));
  const perGroup = Math.min(...regional.map((g) => g.length), ...republican.map((g) => g.length));
  const directions: { id: number }[] = (await db.query('SELECT id FROM directions ORDER BY id')).rows;
  const projects: { id: number; direction_id: number }[] = (await db.query('SELECT id, direction_id FROM special_projects ORDER BY id'))
    .rows;
  return {
    regionBuckets,
    kindBuckets,
    perGroup,
    regionalOutlets: regional.flatMap((g) => g.slice(0, perGroup)),
    republicanOutlets: republican.flatMap((g) => g.slice(0, perGroup)),
    directionIds: directions.map((d) => d.id),
    projectIds: projects.map((p) => p.id),
    projectDirectionIds: projects.map((p) => p.direction_id),
  };
}

/**
 * Rows first..last as one INSERT ... SELECT generate_series. The date grows with the row number (materials are
 * entered around their publication), the other columns come from bits of a multiplicative hash of it.
 */
const GENERATE = `
  WITH g AS (
    SELECT i, (i * 2654435761) % 4294967291 AS h, $11::int AS nk, $12::int AS per FROM generate_series($1::bigint, $2::bigint) i),
  p AS (
    SELECT i, h, nk, per,
           ($5::int[])[1 + h % 1000] AS ri,
           ($6::int[])[1 + (h / 1000) % 100] AS ki,
           (h / 100000) % 100 < $13::int AS rep
      FROM g)
  INSERT INTO materials (region_id, outlet_id, channel, media_level, language, format, title, url, published_on,
                         direction_id, special_project_id, views, reactions, created_by_id, created_at, updated_at)
  SELECT ($4::int[])[1 + ri],
         CASE WHEN rep THEN ($8::int[])[1 + ki * per + (h / 7) % per] ELSE ($7::int[])[1 + (ri * nk + ki) * per + (h / 7) % per] END,
         ($14::text[])[1 + ki],
         CASE WHEN rep THEN 'republican' ELSE 'regional' END,
         (ARRAY['kk', 'ru', 'kk_ru', 'other'])[1 + (h / 13) % 4],
         (ARRAY['article', 'interview', 'commentary', 'video_story', 'tv_program', 'radio_program', 'post', 'video',
                'infographic', 'live_stream', 'other'])[1 + (h / 17) % 11],
         'Материал ' || i || ': кездесу / встреча',
         'https://bench.example/m/' || i,
         $3::date + (((i - 1) * $15::bigint) / $16::bigint)::int,
         CASE WHEN (h / 19) % 5 = 0 THEN ($10::int[])[1 + (h / 23) % cardinality($9::int[])] ELSE ($17::int[])[1 + (h / 29) % cardinality($17::int[])] END,
         CASE WHEN (h / 19) % 5 = 0 THEN ($9::int[])[1 + (h / 23) % cardinality($9::int[])] END,
         h % 20000, h % 300, $18::int,
         $3::date + (((i - 1) * $15::bigint) / $16::bigint)::int + interval '10 hours',
         $3::date + (((i - 1) * $15::bigint) / $16::bigint)::int + interval '10 hours'
    FROM p`;

/**
 * Fills the bench database with `rows` materials over five years: the indexes are dropped during the load and built
 * afterwards from their own definitions, triggers and foreign-key checks are skipped (the rows are consistent by
 * construction), then the counters are rebuilt exactly and the table vacuumed and analysed.
 */
export async function generate(databaseUrl: string, rows: number, log: (line: string) => void): Promise<Dataset> {
  const timings: Dataset['timings'] = [];
  await timed(timings, 'migrate and load reference data', log, () => migrate(databaseUrl));
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const regionIds: number[] = (await db.query('SELECT id FROM regions ORDER BY id')).rows.map((r: { id: number }) => r.id);
    await createOutlets(db, regionIds);
    const l = await lookups(db, regionIds);
    const [{ admin }] = (await db.query('SELECT id AS admin FROM users WHERE login = $1', [BENCH_LOGIN])).rows;
    const indexes: { name: string; def: string }[] = (
      await db.query(
        `SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
          WHERE i.tablename = 'materials' AND i.indexname NOT IN (SELECT conname FROM pg_constraint WHERE conrelid = 'materials'::regclass)`,
      )
    ).rows;
    await db.query('SET synchronous_commit = off');
    await db.query("SET maintenance_work_mem = '512MB'");
    for (const ix of indexes) await db.query(`DROP INDEX ${ix.name}`);
    const days = Math.round((Date.UTC(2021 + YEARS, 0, 1) - Date.parse(FIRST_DAY)) / 86_400_000);
    await timed(
      timings,
      `insert ${rows.toLocaleString('en')} materials (INSERT ... SELECT generate_series, ${CHUNK.toLocaleString('en')} a statement)`,
      log,
      async () => {
        await db.query("SET session_replication_role = 'replica'");
        for (let first = 1; first <= rows; first += CHUNK) {
          const last = Math.min(rows, first + CHUNK - 1);
          await db.query(GENERATE, [
            first,
            last,
            FIRST_DAY,
            regionIds,
            l.regionBuckets,
            l.kindBuckets,
            l.regionalOutlets,
            l.republicanOutlets,
            l.projectIds,
            l.projectDirectionIds,
            KINDS.length,
            l.perGroup,
            Math.round(REPUBLICAN_SHARE * 100),
            KINDS,
            days,
            rows,
            l.directionIds,
            admin,
          ]);
          log(`  ${last.toLocaleString('en')} rows`);
        }
        await db.query("SET session_replication_role = 'origin'");
      },
    );
    await timed(timings, `build ${indexes.length} materials indexes`, log, async () => {
      for (const ix of indexes) await db.query(ix.def);
    });
    await timed(timings, 'rebuild counters', log, async () => {
      const ds = await new DataSource(dataSourceOptions(databaseUrl)).initialize();
      try {
        await ds.transaction((m) => rebuildCounters(m));
      } finally {
        await ds.destroy();
      }
    });
    await timed(timings, 'VACUUM (ANALYZE)', log, () =>
      db.query(
        'VACUUM (ANALYZE) materials, material_daily_counts, material_monthly_counts, material_facet_counts, material_pair_counts, outlets',
      ),
    );
    const [top] = (
      await db.query(
        `SELECT region_id, channel FROM materials WHERE published_on >= $1::date + interval '4 years' GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 1`,
        [FIRST_DAY],
      )
    ).rows;
    const [{ max }] = (await db.query('SELECT max(id) AS max FROM materials')).rows;
    return {
      rows,
      topRegionId: top.region_id,
      topChannel: top.channel,
      regionIds,
      republicanOutletId: l.republicanOutlets[0],
      maxId: max,
      timings,
    };
  } finally {
    await db.end();
  }
}
