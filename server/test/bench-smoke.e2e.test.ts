import { Client } from 'pg';
import { BenchOutcome, Cleanup, runBench } from '../../scripts/bench/bench';
import { BenchResults } from '../../scripts/bench/figures';

/** The benchmark at a tiny size, as CI runs it: every figure is produced; timings are never asserted. */
describe('npm run bench (smoke)', () => {
  const server = process.env.TEST_PG_SERVER_URL ?? '';
  let outcome: BenchOutcome;
  let results: BenchResults;
  const section = (key: string) => outcome.sections.find((s) => String(s.key) === key)?.markdown ?? '';

  beforeAll(async () => {
    const cleanup = new Cleanup();
    try {
      outcome = await runBench(
        {
          rows: 2000,
          seconds: 0.3,
          serverUrl: server,
          childProcesses: false,
          sections: ['api', 'browser', 'replica'],
          browserRuns: 2,
          log: () => undefined,
        },
        cleanup,
      );
      if (!outcome.results) throw new Error('the API section was not measured');
      results = outcome.results;
    } finally {
      await cleanup.run(() => undefined);
    }
  }, 240_000);

  it('measures every figure of the issue next to its floor', () => {
    const names = results.figures.map((f) => f.name);
    expect(names.filter((n) => n.startsWith('national rollup'))).toHaveLength(4);
    expect(names.filter((n) => n.startsWith('rollup grouped by'))).toHaveLength(4);
    expect(names.filter((n) => n.startsWith('materials list page'))).toHaveLength(2);
    expect(names).toContain('create material, 10 concurrent clients');
    expect(names).toContain('GET /api/materials/:id, 10 connections');
    for (const f of results.figures) {
      expect(f.api.count).toBeGreaterThan(0);
      expect(f.floors.length).toBeGreaterThan(0);
      for (const floor of f.floors) expect(floor.stats.count).toBeGreaterThan(0);
    }
    const create = results.figures.find((f) => f.name.startsWith('create material'));
    // In-process, the API's CPU is the benchmark process's; PostgreSQL's own processes did the inserts.
    expect(create?.api.cpu).toEqual({ server: null, postgres: expect.any(Number), client: expect.any(Number) });
    expect(create?.api.cpu?.postgres).toBeGreaterThan(0);
    expect(results.memory.map((m) => m.name)).toEqual([
      'API process peak RSS during the whole benchmark',
      expect.stringMatching(/^quarterly report .* streamed$/),
    ]);
  });

  it('explains the queries it chose indexes for and writes one markdown section for its size', () => {
    expect(results.plans.length).toBeGreaterThanOrEqual(7);
    for (const plan of results.plans) expect(plan.lines.join('\n')).toMatch(/Execution Time/);
    expect(section('2000')).toMatch(/^<!-- bench:2000:start -->\n### 2,000 materials/);
    expect(section('2000')).toContain('| figure | p50 ms | p95 ms | req/s | floor |');
    expect(section('2000')).toContain('| measured | req/s | server | PostgreSQL | benchmark process | total | CPU ceiling, req/s |');
    expect(section('2000').trimEnd()).toMatch(/<!-- bench:2000:end -->$/);
  });

  it('signs in through the built UI in Chromium and turns the materials list, as many times as asked', () => {
    const browser = outcome.browser;
    expect(browser?.signIn).toHaveLength(2);
    expect(browser?.pageTurn).toHaveLength(2);
    for (const run of [...(browser?.signIn ?? []), ...(browser?.pageTurn ?? [])]) {
      expect(run.ms).toBeGreaterThan(0);
      expect(run.busyMs).toBeGreaterThan(0);
      expect(run.cpuMs).toBeGreaterThan(0);
      expect(run.requests).toBeGreaterThan(0);
      expect(run.bytes).toBeGreaterThan(0);
    }
    expect(browser?.signInRoutes).toContain('/api/auth/login');
    expect(browser?.signInRoutes).toContain('/api/rollups/national?…');
    expect(section('browser:2000')).toMatch(/^<!-- bench:browser:2000:start -->\n### Browser, 2,000 materials/);
    expect(section('browser:2000')).toContain('| sign-in click → dashboard complete |');
    expect(section('browser:2000').trimEnd()).toMatch(/<!-- bench:browser:2000:end -->$/);
  });

  it('measures the heavy reads on the primary alone and spread over a live replica while creates run, with their ratios', () => {
    const replica = outcome.replica;
    expect(replica?.figures.map((f) => f.name)).toEqual([
      expect.stringMatching(/^rollup grouped by format/),
      expect.stringMatching(/^quarterly report/),
    ]);
    for (const f of replica?.figures ?? []) {
      for (const side of [f.alone, f.withReplica]) {
        expect(side.reads.count).toBeGreaterThan(0);
        expect(side.creates.count).toBeGreaterThan(0);
      }
    }
    expect(replica?.replicaTransactions).toBeGreaterThan(0);
    expect(section('replica:2000')).toMatch(/^<!-- bench:replica:2000:start -->\n### Read replica, 2,000 materials/);
    expect(section('replica:2000')).toContain('| reads ratio | creates ratio |');
    expect(section('replica:2000').trimEnd()).toMatch(/<!-- bench:replica:2000:end -->$/);
  });

  it('drops its database when done', async () => {
    const admin = new Client({ connectionString: server });
    await admin.connect();
    try {
      const { rows } = await admin.query('SELECT datname FROM pg_database WHERE datname LIKE $1', [`bench\\_${process.pid}\\_%`]);
      expect(rows).toEqual([]);
    } finally {
      await admin.end();
    }
  });
});
