import { DataSource } from 'typeorm';
import { tooManyRequests } from '../common/rate-limit';

export const MAX_FAILURES = 10;
export const WINDOW_MINUTES = 15;

/**
 * Failed sign-ins per login and per address in a sliding window, kept in PostgreSQL so that every instance shares
 * them; past the limit, attempts get 429 until the oldest failure ages out.
 */
export class LoginThrottle {
  constructor(private readonly ds: DataSource) {}

  async assertAllowed(keys: string[]): Promise<void> {
    const rows: { n: number; retry_after: number }[] = await this.ds.query(
      `SELECT count(*)::int AS n, ceil(extract(epoch FROM min(at) + make_interval(mins => $2) - now()))::int AS retry_after
         FROM login_failures WHERE key = ANY($1) AND at > now() - make_interval(mins => $2)
        GROUP BY key ORDER BY n DESC LIMIT 1`,
      [keys, WINDOW_MINUTES],
    );
    if (rows[0] && rows[0].n >= MAX_FAILURES) throw tooManyRequests('failed sign-ins', rows[0].retry_after);
  }

  async fail(keys: string[]): Promise<void> {
    await this.ds.query(
      `WITH expired AS (DELETE FROM login_failures WHERE key = ANY($1) AND at <= now() - make_interval(mins => $2))
       INSERT INTO login_failures (key) SELECT unnest($1::text[])`,
      [keys, WINDOW_MINUTES],
    );
  }

  async succeed(loginKey: string): Promise<void> {
    await this.ds.query('DELETE FROM login_failures WHERE key = $1', [loginKey]);
  }
}
