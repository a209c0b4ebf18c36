import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '../src/database/postgres-files';

/** The built server as `npm start` runs it: its own embedded PostgreSQL in a data folder of this test. */
const MAIN = resolve(__dirname, '../dist/server/src/main.js');

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

interface Running {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

async function start(dataDir: string, port: number): Promise<Running> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port), NODE_ENV: 'test', DEMO_DATA: 'true' };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<number | null>((ok) => child.on('exit', (code) => ok(code)));
  for (let i = 0; i < 600 && !output.includes('Back-office:'); i++) {
    if (child.exitCode !== null) throw new Error(`the server exited: ${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  if (!output.includes('Back-office:')) throw new Error(`the server did not start: ${output}`);
  return { child, output: () => output, exited };
}

function postmasterPid(dataDir: string): number | null {
  const file = join(dataDir, 'pg', 'postmaster.pid');
  return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : null;
}

describe('the server process', () => {
  let dataDir: string;
  let port: number;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'backoffice-shutdown-'));
    chmodSync(dataDir, 0o755);
    port = await freePort();
  });

  afterAll(() => {
    const pid = postmasterPid(dataDir);
    if (pid && isAlive(pid)) process.kill(pid, 'SIGINT');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('on SIGTERM finishes the request in flight, stops its PostgreSQL cleanly and exits 0', async () => {
    const server = await start(dataDir, port);
    const base = `http://127.0.0.1:${port}`;
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ login: 'analyst', password: 'demo12345' }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const pgPid = postmasterPid(dataDir);
    expect(pgPid).not.toBeNull();

    const report = fetch(`${base}/api/reports/quarterly?year=2020&quarter=4&format=xlsx`, {
      headers: { Authorization: `Bearer ${accessToken}` },
    });
    await new Promise((r) => setTimeout(r, 50));
    server.child.kill('SIGTERM');
    const response = await report;
    expect(response.status).toBe(200);
    expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(10_000);
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain('stopped');
    expect(isAlive(pgPid as number)).toBe(false);
    expect(postmasterPid(dataDir)).toBeNull();
  }, 120_000);

  it('starts again on the same data after a kill -9 left PostgreSQL running', async () => {
    const first = await start(dataDir, port);
    first.child.kill('SIGKILL');
    await first.exited;
    const orphan = postmasterPid(dataDir);
    expect(orphan !== null && isAlive(orphan)).toBe(true);

    const second = await start(dataDir, port);
    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(await health.json()).toEqual({ status: 'ok', db: 'up', replicas: [] });
    const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ login: 'analyst', password: 'demo12345' }),
    });
    expect(login.status).toBe(200);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, 120_000);
});
