import { Client } from 'pg';
import { Dataset, FIRST_DAY } from './dataset';
import { httpLoad, HttpTarget, Load, sqlLoad, Stats, Statement } from './load';
import { BenchServer, RssSampler } from './servers';

export interface BenchContext {
  databaseUrl: string;
  api: BenchServer;
  bare: BenchServer;
  token: string;
  dataset: Dataset;
  seconds: number;
  rss: RssSampler;
  log(line: string): void;
}

export interface Floor {
  label: string;
  stats: Stats;
}

/** A timed figure: the API's answer and the database's (or bare HTTP's) floor for the same work, in the same run. */
export interface Figure {
  name: string;
  api: Stats;
  floors: Floor[];
  /** latency: the ratio is API p50 / floor p50 (times slower); throughput: API req/s / floor req/s. */
  measure: 'latency' | 'throughput';
  target: string;
  met: boolean;
}

export interface MemoryFigure {
  name: string;
  value: string;
  target: string;
  met: boolean;
}

export interface BenchResults {
  figures: Figure[];
  memory: MemoryFigure[];
  plans: { label: string; lines: string[] }[];
  /** Scans of each materials index during the measurements (not the EXPLAINs): an index at 0 served none of them. */
  indexScans: { index: string; scans: number }[];
}

/** Runs an API request against the benchmark's server with its token, for the run's duration. */
type Http = (t: Omit<HttpTarget, 'baseUrl' | 'token' | 'serverPid'>, l: Omit<Load, 'seconds'>) => Promise<Stats>;

const LATENCY: Omit<Load, 'seconds'> = { connections: 1 };
const THROUGHPUT: Omit<Load, 'seconds'> = { connections: 10 };

/** The fourth of the five generated years: a whole year with materials before and after it. */
export function benchYear(): number {
  return Number(FIRST_DAY.slice(0, 4)) + 3;
}

const fixed =
  (sql: string, params: unknown[]): Statement =>
  () => [sql, params];

function latencyTarget(api: Stats, p50: number, p95?: number): { target: string; met: boolean } {
  return {
    target: p95 === undefined ? `p50 < ${p50} ms` : `p50 < ${p50} ms, p95 < ${p95} ms`,
    met: api.p50 < p50 && (p95 === undefined || api.p95 < p95),
  };
}

async function national(c: BenchContext, http: Http): Promise<Figure[]> {
  const year = benchYear();
  const periods = [
    { label: `year ${year}`, from: `${year}-01-01`, to: `${year}-12-31` },
    { label: `Q2 ${year}`, from: `${year}-04-01`, to: `${year}-06-30` },
  ];
  const figures: Figure[] = [];
  for (const region of [null, c.dataset.topRegionId]) {
    for (const p of periods) {
      const where = region === null ? '' : ' AND region_id = $3';
      const params = region === null ? [p.from, p.to] : [p.from, p.to, region];
      const name = `national rollup, ${p.label}, ${region === null ? 'all regions' : `region ${region}`}`;
      c.log(name);
      const api = await http(
        { path: `/api/rollups/national?from=${p.from}&to=${p.to}${region === null ? '' : `&regionId=${region}`}` },
        LATENCY,
      );
      const raw = await sqlLoad(
        c.databaseUrl,
        fixed(
          `SELECT media_level, channel, count(*)::int AS n FROM materials WHERE published_on BETWEEN $1 AND $2${where} GROUP BY 1, 2`,
          params,
        ),
        { ...LATENCY, seconds: c.seconds },
      );
      const counters = await sqlLoad(
        c.databaseUrl,
        fixed(
          `SELECT media_level, channel, sum(n)::int AS n FROM material_monthly_counts WHERE month BETWEEN $1 AND $2${where} GROUP BY 1, 2`,
          params,
        ),
        { ...LATENCY, seconds: c.seconds },
      );
      figures.push({
        name,
        api,
        floors: [
          { label: 'raw SQL count(*) over materials', stats: raw },
          { label: 'SQL over the monthly counters', stats: counters },
        ],
        measure: 'latency',
        ...latencyTarget(api, 5, 15),
      });
    }
  }
  return figures;
}

const GROUPINGS: { keys: string; sql: string[] }[] = [
  { keys: 'format', sql: ['format'] },
  { keys: 'month', sql: [`to_char(published_on, 'YYYY-MM')`] },
  { keys: 'regionId,channel', sql: ['region_id', 'channel'] },
  { keys: 'directionId,language', sql: ['direction_id', 'language'] },
];

async function grouped(c: BenchContext, http: Http): Promise<Figure[]> {
  const year = benchYear();
  const figures: Figure[] = [];
  for (const g of GROUPINGS) {
    const name = `rollup grouped by ${g.keys}, year ${year}`;
    c.log(name);
    const api = await http({ path: `/api/rollups?groupBy=${g.keys}&from=${year}-01-01&to=${year}-12-31` }, LATENCY);
    const columns = g.sql.map((_, i) => i + 1).join(', ');
    const raw = await sqlLoad(
      c.databaseUrl,
      fixed(
        `SELECT ${g.sql.join(', ')}, count(*)::int AS n FROM materials WHERE published_on BETWEEN $1 AND $2 GROUP BY ${columns} ORDER BY ${columns}`,
        [`${year}-01-01`, `${year}-12-31`],
      ),
      { ...LATENCY, seconds: c.seconds },
    );
    figures.push({
      name,
      api,
      floors: [{ label: 'raw SQL GROUP BY over materials', stats: raw }],
      measure: 'latency',
      ...latencyTarget(api, 50),
    });
  }
  return figures;
}

export const PAGE_SIZE = 25;
export const DEEP_PAGE = 4000;

export function listSql(offset: number, limit = PAGE_SIZE): string {
  return `SELECT * FROM materials WHERE region_id = $1 AND channel = $2 ORDER BY published_on DESC, id DESC LIMIT ${limit} OFFSET ${offset}`;
}

async function list(c: BenchContext, http: Http): Promise<Figure[]> {
  const { topRegionId: region, topChannel: channel } = c.dataset;
  const filter = encodeURIComponent(JSON.stringify({ regionId: region, channel }));
  const sort = encodeURIComponent(JSON.stringify(['publishedOn', 'DESC']));
  const figures: Figure[] = [];
  const db = new Client({ connectionString: c.databaseUrl });
  await db.connect();
  try {
    for (const page of [1, DEEP_PAGE]) {
      const offset = (page - 1) * PAGE_SIZE;
      const name = `materials list page ${page.toLocaleString('en')} (region ${region}, ${channel}, by date)`;
      c.log(name);
      const api = await http(
        {
          path: `/api/materials?filter=${filter}&sort=${sort}&range=${encodeURIComponent(JSON.stringify([offset, offset + PAGE_SIZE - 1]))}`,
        },
        LATENCY,
      );
      const floors: Floor[] = [
        {
          label: 'SQL with LIMIT/OFFSET',
          stats: await sqlLoad(c.databaseUrl, fixed(listSql(offset), [region, channel]), { ...LATENCY, seconds: c.seconds }),
        },
      ];
      const [before] = offset > 0 ? (await db.query(listSql(offset - 1, 1), [region, channel])).rows : [];
      if (before) {
        const keyset = `SELECT * FROM materials WHERE region_id = $1 AND channel = $2 AND (published_on, id) < ($3, $4)
                        ORDER BY published_on DESC, id DESC LIMIT ${PAGE_SIZE}`;
        floors.push({
          label: 'SQL keyset (after the previous page)',
          stats: await sqlLoad(c.databaseUrl, fixed(keyset, [region, channel, before.published_on, before.id]), {
            ...LATENCY,
            seconds: c.seconds,
          }),
        });
      }
      figures.push({ name, api, floors, measure: 'latency', ...latencyTarget(api, 10) });
    }
  } finally {
    await db.end();
  }
  return figures;
}

async function writes(c: BenchContext, http: Http): Promise<Figure[]> {
  const { regionIds, republicanOutletId, maxId } = c.dataset;
  const year = benchYear() + 1;
  let n = 0;
  const next = () => {
    n++;
    const day = new Date(Date.UTC(year, 0, 1 + (n % 365))).toISOString().slice(0, 10);
    return { region: regionIds[n % regionIds.length], day, title: `Bench create ${n}` };
  };
  c.log('create material');
  const api = await http(
    {
      path: '/api/materials',
      method: 'POST',
      body: () => {
        const x = next();
        return JSON.stringify({
          regionId: x.region,
          outletId: republicanOutletId,
          language: 'kk',
          format: 'post',
          title: x.title,
          publishedOn: x.day,
        });
      },
    },
    THROUGHPUT,
  );
  const insert: Statement = () => {
    const x = next();
    return [
      `INSERT INTO materials (region_id, outlet_id, channel, media_level, language, format, title, published_on)
       SELECT $1, o.id, o.kind, o.level, 'kk', 'post', $3, $4 FROM outlets o WHERE o.id = $2`,
      [x.region, republicanOutletId, x.title, x.day],
    ];
  };
  const raw = await sqlLoad(c.databaseUrl, insert, { ...THROUGHPUT, seconds: c.seconds });
  const create: Figure = {
    name: 'create material, 10 concurrent clients',
    api,
    floors: [{ label: 'SQL single-row INSERT commits (with the counter triggers), 10 connections', stats: raw }],
    measure: 'throughput',
    target: '≥ 3,000 req/s',
    met: api.rps >= 3000,
  };

  c.log('get material by id');
  const randomId = () => `/api/materials/${1 + Math.floor(Math.random() * maxId)}`;
  const byId = await http({ path: randomId }, THROUGHPUT);
  const bare = await httpLoad({ baseUrl: c.bare.url, path: '/api/hello', serverPid: c.bare.pid }, { ...THROUGHPUT, seconds: c.seconds });
  const select = await sqlLoad(c.databaseUrl, () => ['SELECT * FROM materials WHERE id = $1', [1 + Math.floor(Math.random() * maxId)]], {
    ...THROUGHPUT,
    seconds: c.seconds,
  });
  const get: Figure = {
    name: 'GET /api/materials/:id, 10 connections',
    api: byId,
    floors: [
      { label: 'bare Nest-on-Fastify endpoint, same run', stats: bare },
      { label: 'SQL SELECT by id, 10 connections', stats: select },
    ],
    measure: 'throughput',
    target: '≥ 0.5 × bare req/s',
    met: byId.rps >= 0.5 * bare.rps,
  };
  return [create, get];
}

async function report(c: BenchContext): Promise<MemoryFigure> {
  const year = benchYear();
  c.log('quarterly report download');
  c.rss.mark();
  const before = c.rss.currentMb();
  const started = performance.now();
  const res = await fetch(`${c.api.url}/api/reports/quarterly?year=${year}&quarter=4&format=csv&lang=en`, {
    headers: { authorization: `Bearer ${c.token}` },
  });
  if (!res.ok || !res.body) throw new Error(`report: HTTP ${res.status}`);
  let bytes = 0;
  for await (const chunk of res.body) bytes += (chunk as Uint8Array).length;
  const seconds = (performance.now() - started) / 1000;
  const peak = c.rss.peakSinceMb();
  return {
    name: `quarterly report Q4 ${year}, CSV, streamed`,
    value: `${(bytes / 1024 / 1024).toFixed(1)} MB in ${seconds.toFixed(1)} s; API RSS ${before.toFixed(0)} MB before, ${peak.toFixed(0)} MB peak (+${(peak - before).toFixed(0)} MB)`,
    target: 'flat memory: < 64 MB growth, < 300 MB',
    met: peak - before < 64 && peak < 300,
  };
}

const LIST_INDEX = 'materials_region_channel_published_idx';
const KEY_LINE = /(Scan|Join|Aggregate|Sort|Limit|Gather|Nested Loop|Hash|Append|Result|Buffers:|Execution Time|Planning Time)/;

/** EXPLAIN (ANALYZE, BUFFERS) of the floors' SQL and of the list query as the API runs it, key lines only. */
async function plans(c: BenchContext): Promise<BenchResults['plans']> {
  const year = benchYear();
  const { topRegionId: region, topChannel: channel } = c.dataset;
  const deep = (DEEP_PAGE - 1) * PAGE_SIZE;
  const apiList = {
    label: `list page ${DEEP_PAGE}, as the API runs it (ids first, then the rows)`,
    sql: `SELECT * FROM materials r WHERE r.id IN (
            SELECT id FROM materials WHERE region_id = $1 AND channel = $2 ORDER BY published_on DESC, id DESC LIMIT ${PAGE_SIZE} OFFSET ${deep})
          ORDER BY r.published_on DESC, r.id DESC`,
    params: [region, channel],
  };
  const queries: { label: string; sql: string; params: unknown[] }[] = [
    {
      label: `national count, year ${year}, raw`,
      sql: 'SELECT media_level, channel, count(*) FROM materials WHERE published_on BETWEEN $1 AND $2 GROUP BY 1, 2',
      params: [`${year}-01-01`, `${year}-12-31`],
    },
    {
      label: `national count, year ${year}, monthly counters`,
      sql: 'SELECT media_level, channel, sum(n) FROM material_monthly_counts WHERE month BETWEEN $1 AND $2 GROUP BY 1, 2',
      params: [`${year}-01-01`, `${year}-12-31`],
    },
    {
      label: `grouped by format, year ${year}, raw`,
      sql: 'SELECT format, count(*) FROM materials WHERE published_on BETWEEN $1 AND $2 GROUP BY 1',
      params: [`${year}-01-01`, `${year}-12-31`],
    },
    {
      label: `list page ${DEEP_PAGE}, plain OFFSET`,
      sql: listSql(deep),
      params: [region, channel],
    },
    apiList,
    { label: 'list total, exact', sql: 'SELECT count(*) FROM materials WHERE region_id = $1 AND channel = $2', params: [region, channel] },
  ];
  const db = new Client({ connectionString: c.databaseUrl });
  await db.connect();
  try {
    const explain = async (label: string, sql: string, params: unknown[]) => {
      const rows: { 'QUERY PLAN': string }[] = (await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params)).rows;
      return { label, lines: rows.map((r) => r['QUERY PLAN']).filter((l) => KEY_LINE.test(l)) };
    };
    const out: BenchResults['plans'] = [];
    for (const q of queries) out.push(await explain(q.label, q.sql, q.params));
    // The same list query without the index chosen for it, to show what it saves; the drop is rolled back.
    await db.query('BEGIN');
    try {
      await db.query(`DROP INDEX ${LIST_INDEX}`);
      out.push(await explain(`list page ${DEEP_PAGE} as the API runs it, without ${LIST_INDEX}`, apiList.sql, apiList.params));
    } finally {
      await db.query('ROLLBACK');
    }
    return out;
  } finally {
    await db.end();
  }
}

async function indexScans(databaseUrl: string): Promise<Map<string, number>> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    // Statistics reach the shared counters when a backend's transaction ends; this makes ours current.
    await db.query('SELECT pg_stat_clear_snapshot()');
    const rows: { index: string; scans: string }[] = (
      await db.query(`SELECT indexrelname AS index, idx_scan AS scans FROM pg_stat_user_indexes WHERE relname = 'materials' ORDER BY 1`)
    ).rows;
    return new Map(rows.map((r) => [r.index, Number(r.scans)]));
  } finally {
    await db.end();
  }
}

/** Every figure of the issue, each with its floor, the API measured through HTTP with a token. */
export async function runFigures(c: BenchContext): Promise<BenchResults> {
  const http: Http = (t, l) => httpLoad({ ...t, baseUrl: c.api.url, token: c.token, serverPid: c.api.pid }, { ...l, seconds: c.seconds });
  const scansBefore = await indexScans(c.databaseUrl);
  const figures = [...(await national(c, http)), ...(await grouped(c, http)), ...(await list(c, http)), ...(await writes(c, http))];
  const memory = [await report(c)];
  const scansAfter = await indexScans(c.databaseUrl);
  memory.unshift({
    name: 'API process peak RSS during the whole benchmark',
    value: `${c.rss.peakMb().toFixed(0)} MB`,
    target: '< 300 MB',
    met: c.rss.peakMb() < 300,
  });
  const scans = [...scansAfter].map(([index, n]) => ({ index, scans: n - (scansBefore.get(index) ?? 0) }));
  return { figures, memory, plans: await plans(c), indexScans: scans };
}
