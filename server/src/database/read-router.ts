import { HttpException, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../common/actor';
import { ReadSource } from '../common/read-source';
import { AppConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source';

/** How a replica looked at its last check, as /api/health shows it. */
export interface ReplicaState {
  /** Host and port only: the URL's password stays out of sight. */
  url: string;
  /** Reachable and still a standby. */
  up: boolean;
  /** Seconds behind the primary; null while down. */
  lagSeconds: number | null;
  /** Up and within REPLICA_MAX_LAG: reads are sent to it. */
  used: boolean;
}

interface Replica {
  state: ReplicaState;
  ds: DataSource;
  why: string;
}

interface ReplicaCheck {
  standby: boolean;
  behind: number;
  caught_up_before: boolean;
  age: number | null;
}

export const REPLICA_CHECK_MS = 2000;

/** How the app's connections to a replica name themselves in its pg_stat_activity. */
export const REPLICA_APPLICATION_NAME = 'backoffice-reads';

/** The five-character SQLSTATE of a PostgreSQL error, if the error is one. */
function sqlState(e: unknown): string | undefined {
  const holder = e as { code?: unknown; driverError?: { code?: unknown } };
  const code = holder.driverError?.code ?? holder.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

/**
 * Whether a read that failed on a replica should be run again on the primary: the connection failed or the server
 * is shutting down (08, 57), is out of resources (53), or cancelled the query for a conflict with recovery (40001).
 * An answer of the API's own (a 4xx) or an error in the SQL itself is the reader's to see.
 */
function replicaFailed(e: unknown): boolean {
  if (e instanceof HttpException) return false;
  const code = sqlState(e);
  return code === undefined || /^(08|57|53)/.test(code) || code === '40001';
}

function hostOf(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || '5432'}`;
}

/**
 * Sends the reads that may be a moment old (rollups, analytics, reports, the analysts' and approvers' lists) to the
 * streaming replicas of DATABASE_REPLICA_URLS in turn; everything else, and a person's reads for REPLICA_MAX_LAG
 * seconds after their own last write, stays on the primary. Each replica is checked every REPLICA_CHECK_MS: one
 * that is down or lags more than REPLICA_MAX_LAG is left out until it recovers.
 */
@Injectable()
export class ReadRouter extends ReadSource implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Replicas');
  private readonly replicas: Replica[];
  private readonly lastWrite = new Map<number, number>();
  private turn = 0;
  private timer?: NodeJS.Timeout;
  private checking?: Promise<void>;
  /** The primary's WAL position at the previous check: a replica past it lags at most the time since. */
  private previous: { lsn: string; at: number } | null = null;

  constructor(
    private readonly primary: DataSource,
    private readonly config: AppConfig,
  ) {
    super();
    this.replicas = config.replicaUrls.map((url) => ({
      state: { url: hostOf(url), up: false, lagSeconds: null, used: false },
      ds: new DataSource({
        ...dataSourceOptions(url),
        migrations: [],
        extra: { max: 10, connectionTimeoutMillis: 2000, application_name: REPLICA_APPLICATION_NAME },
      }),
      why: 'not checked yet',
    }));
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.replicas.length === 0) return;
    await this.check();
    this.timer = setInterval(() => void this.check(), REPLICA_CHECK_MS).unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.checking;
    await Promise.all(this.replicas.filter((r) => r.ds.isInitialized).map((r) => r.ds.destroy()));
  }

  get states(): ReplicaState[] {
    return this.replicas.map((r) => ({ ...r.state }));
  }

  /** Called on every write request: the writer's reads stay on the primary until a replica in use must have it. */
  noteWrite(actor: Actor): void {
    this.lastWrite.set(actor.id, Date.now());
  }

  private wroteRecently(actor: Actor): boolean {
    const at = this.lastWrite.get(actor.id);
    if (at === undefined) return false;
    if (Date.now() - at < this.config.replicaMaxLagSeconds * 1000) return true;
    this.lastWrite.delete(actor.id);
    return false;
  }

  /** The next replica in use, in turn; null: read from the primary. */
  private pick(actor: Actor): Replica | null {
    if (this.wroteRecently(actor)) return null;
    const used = this.replicas.filter((r) => r.state.used);
    if (used.length === 0) return null;
    this.turn = (this.turn + 1) % used.length;
    return used[this.turn];
  }

  /** Runs reads that may be a moment old on a replica, or on the primary when none is fit; a failing replica's reads are run again on the primary. */
  async read<T>(actor: Actor, work: (ds: DataSource) => Promise<T>): Promise<T> {
    const replica = this.pick(actor);
    if (!replica) return work(this.primary);
    try {
      return await work(replica.ds);
    } catch (e) {
      if (!replicaFailed(e)) throw e;
      this.leaveOut(replica, e instanceof Error ? e.message : String(e));
      return work(this.primary);
    }
  }

  /** The analysts' and approvers' lists go to a replica; an editor's or an administrator's stay on the primary. */
  list<T>(actor: Actor, work: (ds: DataSource) => Promise<T>): Promise<T> {
    return actor.role === 'analyst' || actor.role === 'approver' ? this.read(actor, work) : work(this.primary);
  }

  private leaveOut(replica: Replica, why: string): void {
    replica.state = { ...replica.state, up: false, lagSeconds: null, used: false };
    this.report(replica, why);
  }

  /** One log line when a replica is left out or taken back, not one per check. */
  private report(replica: Replica, why: string): void {
    const was = replica.why;
    replica.why = why;
    if (why === was) return;
    if (why === '') this.logger.warn(`replica ${replica.state.url} is in use (lag ${replica.state.lagSeconds ?? 0} s)`);
    else if (was === '' || was === 'not checked yet') this.logger.warn(`replica ${replica.state.url} is left out: ${why}`);
  }

  check(): Promise<void> {
    this.checking ??= this.checkAll().finally(() => (this.checking = undefined));
    return this.checking;
  }

  private async checkAll(): Promise<void> {
    let lsn: string;
    try {
      [{ lsn }] = await this.primary.query<{ lsn: string }[]>('SELECT pg_current_wal_lsn()::text AS lsn');
    } catch {
      return;
    }
    const at = Date.now();
    await Promise.all(this.replicas.map((r) => this.checkOne(r, lsn, at)));
    this.previous = { lsn, at };
  }

  private async checkOne(replica: Replica, primaryLsn: string, at: number): Promise<void> {
    let row: ReplicaCheck;
    try {
      if (!replica.ds.isInitialized) await replica.ds.initialize();
      [row] = await replica.ds.query<ReplicaCheck[]>(
        `SELECT pg_is_in_recovery() AS standby,
                coalesce(pg_wal_lsn_diff($1::pg_lsn, pg_last_wal_replay_lsn()), 0)::float8 AS behind,
                coalesce(pg_last_wal_replay_lsn() >= $2::pg_lsn, false) AS caught_up_before,
                extract(epoch FROM now() - pg_last_xact_replay_timestamp())::float8 AS age`,
        [primaryLsn, this.previous?.lsn ?? primaryLsn],
      );
    } catch (e) {
      this.leaveOut(replica, `unreachable (${e instanceof Error ? e.message : String(e)})`);
      return;
    }
    if (!row.standby) {
      this.leaveOut(replica, 'not a standby (promoted, or the primary itself)');
      return;
    }
    // An idle primary writes nothing to replay, so the last replayed commit grows old: equal positions are no lag.
    const since = this.previous ? (at - this.previous.at) / 1000 : Infinity;
    const lag = row.behind <= 0 ? 0 : row.caught_up_before ? Math.min(row.age ?? since, since) : (row.age ?? Infinity);
    const lagSeconds = Number.isFinite(lag) ? Math.round(lag * 10) / 10 : null;
    const used = lagSeconds !== null && lagSeconds <= this.config.replicaMaxLagSeconds;
    replica.state = { ...replica.state, up: true, lagSeconds, used };
    this.report(replica, used ? '' : `lags ${lagSeconds ?? 'an unknown number of'} s, more than REPLICA_MAX_LAG`);
  }
}
