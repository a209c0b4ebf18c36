import { HttpException, HttpStatus } from '@nestjs/common';
import type { ErrorCode } from '../../../contracts/errors';
import { DataSource } from 'typeorm';

/**
 * Counts requests per key in fixed windows kept in PostgreSQL, so that every instance behind a load balancer shares
 * them; past the limit the request gets 429 with the seconds until the window ends.
 */
export async function takeRateLimit(ds: DataSource, key: string, limit: number, windowSeconds: number, what: string): Promise<void> {
  const [row]: { n: number; retry_after: number }[] = await ds.query(
    `WITH expired AS (DELETE FROM rate_limit_counts WHERE key = $1 AND window_start < now() - make_interval(secs => $2))
     INSERT INTO rate_limit_counts AS c (key, window_start, n)
     VALUES ($1, date_bin(make_interval(secs => $2), now(), TIMESTAMPTZ '2000-01-01'), 1)
     ON CONFLICT (key, window_start) DO UPDATE SET n = c.n + 1
     RETURNING n, ceil(extract(epoch FROM window_start + make_interval(secs => $2) - now()))::int AS retry_after`,
    [key, windowSeconds],
  );
  if (row.n > limit) throw tooManyRequests(what, row.retry_after);
}

/** 429 with the wait in the body; the exception filter also sends it as Retry-After. */
export function tooManyRequests(
  what: string,
  retryAfterSeconds: number,
  code: Extract<ErrorCode, 'auth.tooManyAttempts' | 'request.tooMany'> = 'request.tooMany',
): HttpException {
  const retryAfter = Math.max(1, retryAfterSeconds);
  const minutes = Math.ceil(retryAfter / 60);
  return new HttpException(
    {
      statusCode: 429,
      error: 'Too Many Requests',
      message: `Too many ${what}; try again in ${minutes} min`,
      retryAfter,
      code,
      params: { minutes },
    },
    HttpStatus.TOO_MANY_REQUESTS,
  );
}
