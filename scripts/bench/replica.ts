import { cpus, loadavg } from 'node:os';
import { Client } from 'pg';
import { binariesOf, LocalPostgres } from '../local-postgres';
import type { Cleanup } from './bench';
import { BENCH_LOGIN, BENCH_PASSWORD, Dataset, generate } from './dataset';
import { benchYear } from './figures';
import { httpLoad, Stats } from './load';
import { sectionEnd, sectionStart } from './report';
import { BenchServer } from './servers';

export interface ReplicaOptions {
  rows: number;
  seconds: number;
  /** The server whose PostgreSQL binaries build the pair; the embedded PostgreSQL's when absent. */
  serverUrl?: string;
  start(kind: 'api', databaseUrl: string, replicaUrls: string[]): Promise<BenchServer>;
  log(line: string): void;
}

/** One kind of read, measured on the primary alone and with the replica, each while creates run. */
export interface ReplicaFigure {
  name: string;
  alone: { reads: Stats; creates: Stats };
  withReplica: { reads: Stats; creates: Stats };
}

export interface ReplicaResults {
  postgres: string;
  dataset: Dataset;
  figures: ReplicaFigure[];
  /** Transactions the standby ran while the reads were spread: it did serve them. */
  replicaTransactions: number;
  loadBefore: number;
}

const READERS = 4;
const WRITERS = 4;
const ANALYST = { login: 'bench-analyst', password: 'bench-analyst-password-9731' };

async function signIn(api: BenchServer, login: string, password: string): Promise<string> {
  const res = await fetch(`${api.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password }),
  });
  if (!res.ok) throw new Error(`login ${login}: HTTP ${res.status}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

/** An analyst who only reads: the administrator's own reads stay on the primary after each of their creates. */
async function analystToken(api: BenchServer, adminToken: string): Promise<string> {
  const res = await fetch(`${api.url}/api/users`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
    body: JSON.stringify({ ...ANALYST, fullName: 'Bench Analyst', role: 'analyst' }),
  });
  if (!res.ok) throw new Error(`creating the analyst: HTTP ${res.status}`);
  return signIn(api, ANALYST.login, ANALYST.password);
}

async function standbyTransactions(url: string): Promise<number> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    await db.query('SELECT pg_stat_clear_snapshot()');
    return Number((await db.query('SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()')).rows[0].xact_commit);
  } finally {
    await db.end();
  }
}

/**
 * Builds a primary and a streaming standby of its own (with the binaries of the run's PostgreSQL), fills the primary,
 * and measures the heavy reads (a grouped rollup, the quarterly report) from an analyst while an administrator creates
 * materials: through an API on the primary alone, then through one that spreads the reads over the replica.
 */
export async function measureReplica(o: ReplicaOptions, cleanup: Cleanup): Promise<ReplicaResults> {
  const primary = await LocalPostgres.create(await binariesOf(o.serverUrl));
  cleanup.add('remove the replica benchmark primary', () => primary.destroy());
  await primary.start();
  const admin = new Client({ connectionString: primary.url });
  await admin.connect();
  const version = (await admin.query(`SELECT split_part(current_setting('server_version'), ' ', 1) AS v`)).rows[0].v as string;
  await admin.query(`CREATE DATABASE bench TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`);
  await admin.end();
  const databaseUrl = primary.database('bench');
  o.log(`replica section: generating ${o.rows.toLocaleString('en')} materials on a primary of its own`);
  const dataset = await generate(databaseUrl, o.rows, o.log);
  const standby = await primary.standby();
  cleanup.add('remove the replica benchmark standby', () => standby.destroy());
  await standby.start();
  const replicaUrl = standby.database('bench');

  const year = benchYear();
  const reads = [
    { name: `rollup grouped by format, year ${year}`, path: `/api/rollups?groupBy=format&from=${year}-01-01&to=${year}-12-31` },
    { name: `quarterly report Q4 ${year}, CSV`, path: `/api/reports/quarterly?year=${year}&quarter=4&format=csv&lang=en` },
  ];
  let n = 0;
  const create = () =>
    JSON.stringify({
      regionId: dataset.regionIds[n++ % dataset.regionIds.length],
      outletId: dataset.republicanOutletId,
      language: 'kk',
      format: 'post',
      title: `Replica bench create ${n}`,
      publishedOn: `${year + 1}-06-10`,
    });
  const loadBefore = loadavg()[0];
  const under = async (api: BenchServer, adminToken: string, readerToken: string, path: string) => {
    const [r, c] = await Promise.all([
      httpLoad({ baseUrl: api.url, path, token: readerToken, serverPid: api.pid }, { connections: READERS, seconds: o.seconds }),
      httpLoad(
        { baseUrl: api.url, path: '/api/materials', method: 'POST', body: create, token: adminToken, serverPid: api.pid },
        { connections: WRITERS, seconds: o.seconds },
      ),
    ]);
    return { reads: r, creates: c };
  };

  const alone = await o.start('api', databaseUrl, []);
  cleanup.add('stop the API on the primary alone', () => alone.close());
  const aloneAdmin = await signIn(alone, BENCH_LOGIN, BENCH_PASSWORD);
  const aloneAnalyst = await analystToken(alone, aloneAdmin);
  const measuredAlone = [];
  for (const r of reads) {
    o.log(`replica section: ${r.name}, primary alone`);
    measuredAlone.push(await under(alone, aloneAdmin, aloneAnalyst, r.path));
  }
  await alone.close();

  const spread = await o.start('api', databaseUrl, [replicaUrl]);
  cleanup.add('stop the API with the replica', () => spread.close());
  const spreadAdmin = await signIn(spread, BENCH_LOGIN, BENCH_PASSWORD);
  const spreadAnalyst = await signIn(spread, ANALYST.login, ANALYST.password);
  const before = await standbyTransactions(replicaUrl);
  const figures: ReplicaFigure[] = [];
  for (const [i, r] of reads.entries()) {
    o.log(`replica section: ${r.name}, primary and replica`);
    figures.push({ name: r.name, alone: measuredAlone[i], withReplica: await under(spread, spreadAdmin, spreadAnalyst, r.path) });
  }
  // Closed first: a backend adds its counts to pg_stat_database when it exits, an idle one only now and then.
  await spread.close();
  await new Promise((r) => setTimeout(r, 500));
  const replicaTransactions = (await standbyTransactions(replicaUrl)) - before;
  return { postgres: `PostgreSQL ${version}, primary and standby on this machine`, dataset, figures, replicaTransactions, loadBefore };
}

const rps = (n: number) => (n < 10 ? n.toFixed(1) : Math.round(n).toLocaleString('en'));

/** The replica section's figures, between their own markers. */
export function replicaMarkdown(rows: number, seconds: number, r: ReplicaResults): string {
  const key = `replica:${rows}` as const;
  return [
    sectionStart(key),
    `### Read replica, ${rows.toLocaleString('en')} materials`,
    '',
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpus().length} cores, ${r.postgres}; ${seconds} s per measurement.`,
    `An analyst's reads on ${READERS} connections while an administrator creates materials on ${WRITERS}, through the API on the primary alone,`,
    `then through the API with DATABASE_REPLICA_URLS naming the standby (the analyst's reads go to it, the creates stay on the primary).`,
    `The standby committed ${r.replicaTransactions.toLocaleString('en')} transactions during the second run.`,
    `Load average (1 min) ${r.loadBefore.toFixed(1)} when the measurements started, ${loadavg()[0].toFixed(1)} when they ended.`,
    '',
    '| reads | primary alone: reads/s | p50 ms | creates/s | with the replica: reads/s | p50 ms | creates/s | reads ratio | creates ratio |',
    '|---|---|---|---|---|---|---|---|---|',
    ...r.figures.map((f) =>
      [
        '',
        f.name,
        rps(f.alone.reads.rps),
        f.alone.reads.p50.toFixed(1),
        rps(f.alone.creates.rps),
        rps(f.withReplica.reads.rps),
        f.withReplica.reads.p50.toFixed(1),
        rps(f.withReplica.creates.rps),
        (f.withReplica.reads.rps / f.alone.reads.rps).toFixed(2),
        (f.withReplica.creates.rps / f.alone.creates.rps).toFixed(2),
        '',
      ]
        .join(' | ')
        .trim(),
    ),
    sectionEnd(key),
  ].join('\n');
}
