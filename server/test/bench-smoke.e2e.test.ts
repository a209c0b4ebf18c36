import { Client } from 'pg';
import { BenchOutcome, Cleanup, runBench } from '../../scripts/bench/bench';

/** The benchmark at a tiny size, as CI runs it: every figure is produced; timings are never asserted. */
describe('npm run bench (smoke)', () => {
  const server = process.env.TEST_PG_SERVER_URL ?? '';
  let outcome: BenchOutcome;

  beforeAll(async () => {
    const cleanup = new Cleanup();
    try {
      outcome = await runBench({ rows: 2000, seconds: 0.3, serverUrl: server, childProcesses: false, log: () => undefined }, cleanup);
    } finally {
      await cleanup.run(() => undefined);
    }
  }, 180_000);

  it('measures every figure of the issue next to its floor', () => {
    const names = outcome.results.figures.map((f) => f.name);
    expect(names.filter((n) => n.startsWith('national rollup'))).toHaveLength(4);
    expect(names.filter((n) => n.startsWith('rollup grouped by'))).toHaveLength(4);
    expect(names.filter((n) => n.startsWith('materials list page'))).toHaveLength(2);
    expect(names).toContain('create material, 10 concurrent clients');
    expect(names).toContain('GET /api/materials/:id, 10 connections');
    for (const f of outcome.results.figures) {
      expect(f.api.count).toBeGreaterThan(0);
      expect(f.floors.length).toBeGreaterThan(0);
      for (const floor of f.floors) expect(floor.stats.count).toBeGreaterThan(0);
    }
    const create = outcome.results.figures.find((f) => f.name.startsWith('create material'));
    // In-process, the API's CPU is the benchmark process's; PostgreSQL's own processes did the inserts.
    expect(create?.api.cpu).toEqual({ server: null, postgres: expect.any(Number), client: expect.any(Number) });
    expect(create?.api.cpu?.postgres).toBeGreaterThan(0);
    expect(outcome.results.memory.map((m) => m.name)).toEqual([
      'API process peak RSS during the whole benchmark',
      expect.stringMatching(/^quarterly report .* streamed$/),
    ]);
  });

  it('explains the queries it chose indexes for and writes one markdown section for its size', () => {
    expect(outcome.results.plans.length).toBeGreaterThanOrEqual(7);
    for (const plan of outcome.results.plans) expect(plan.lines.join('\n')).toMatch(/Execution Time/);
    expect(outcome.markdown).toMatch(/^<!-- bench:2000:start -->\n### 2,000 materials/);
    expect(outcome.markdown).toContain('| figure | p50 ms | p95 ms | req/s | floor |');
    expect(outcome.markdown).toContain('| measured | req/s | server | PostgreSQL | benchmark process | total | CPU ceiling, req/s |');
    expect(outcome.markdown.trimEnd()).toMatch(/<!-- bench:2000:end -->$/);
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
