import { DataSource } from 'typeorm';
import { tooManyRequests } from '../common/rate-limit';

const WINDOW_MINUTES = 15;
/** Failures of one account from one address: one person mistyping, or someone guessing it from there. */
const MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS = 10;
/** Failures of one account from every address: guessing one password from many machines. */
const MAX_FAILURES_PER_ACCOUNT = 30;
/**
 * Failures of any accounts from one address: password spraying. Well above what the staff of an office behind one
 * proxy or NAT mistype in 15 minutes, so that one of them does not lock the others out.
 */
const MAX_FAILURES_PER_ADDRESS = 100;

const TOO_MANY_ATTEMPTS = 'auth.tooManyAttempts';

interface Counter {
  key: string;
  limit: number;
}

/** The counters a sign-in attempt (or a check of one's old password) is charged to. */
export function countersOf(login: string, address: string): Counter[] {
  const account = login.toLowerCase();
  return [
    { key: `pair:${account}@${address}`, limit: MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS },
    { key: `login:${account}`, limit: MAX_FAILURES_PER_ACCOUNT },
    { key: `ip:${address}`, limit: MAX_FAILURES_PER_ADDRESS },
  ];
}

/**
 * Failed sign-ins in a sliding window, kept in PostgreSQL so that every instance shares them; past a counter's limit,
 * attempts get 429 until enough of its failures age out to bring it under the limit again.
 */
export class LoginThrottle {
  constructor(private readonly ds: DataSource) {}

  async assertAllowed(counters: Counter[]): Promise<void> {
    // A counter is over its limit while its limit-th newest failure is in the window; it is under once that one ages out.
    const [row]: { retry_after: number | null }[] = await this.ds.query(
      `SELECT max(ceil(extract(epoch FROM f.at + make_interval(mins => $3) - now())))::int AS retry_after
         FROM unnest($1::text[], $2::int[]) AS c(key, lim)
         JOIN LATERAL (SELECT at FROM login_failures WHERE key = c.key AND at > now() - make_interval(mins => $3)
                        ORDER BY at DESC OFFSET c.lim - 1 LIMIT 1) f ON true`,
      [counters.map((c) => c.key), counters.map((c) => c.limit), WINDOW_MINUTES],
    );
    if (row?.retry_after != null) {
      throw tooManyRequests('failed sign-ins', row.retry_after, TOO_MANY_ATTEMPTS);
    }
  }

  async fail(counters: Counter[]): Promise<void> {
    const keys = counters.map((c) => c.key);
    await this.ds.query(
      `WITH expired AS (DELETE FROM login_failures WHERE at <= now() - make_interval(mins => $2))
       INSERT INTO login_failures (key) SELECT unnest($1::text[])`,
      [keys, WINDOW_MINUTES],
    );
  }

  /** A correct password clears its own mistakes from that address, not the account's elsewhere nor the address's. */
  async succeed(counters: Counter[]): Promise<void> {
    await this.ds.query('DELETE FROM login_failures WHERE key = $1', [counters[0].key]);
  }
}
