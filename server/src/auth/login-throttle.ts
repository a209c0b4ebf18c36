import { HttpException, HttpStatus } from '@nestjs/common';

export const MAX_FAILURES = 10;
export const WINDOW_MS = 15 * 60 * 1000;

/** Failed sign-ins per login and per address in a sliding window; past the limit, attempts get 429 until old ones age out. */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly now: () => number = Date.now) {}

  private recent(key: string): number[] {
    const since = this.now() - WINDOW_MS;
    const kept = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (kept.length > 0) this.failures.set(key, kept);
    else this.failures.delete(key);
    return kept;
  }

  assertAllowed(keys: string[]): void {
    for (const key of keys) {
      const recent = this.recent(key);
      if (recent.length >= MAX_FAILURES) {
        const retryAfter = Math.ceil((recent[0] + WINDOW_MS - this.now()) / 1000);
        throw new HttpException(
          { statusCode: 429, error: 'Too Many Requests', message: `Too many failed sign-ins; try again in ${Math.ceil(retryAfter / 60)} min`, retryAfter },
          HttpStatus.TOO_MANY_REQUESTS,
        );
      }
    }
  }

  fail(keys: string[]): void {
    for (const key of keys) this.failures.set(key, [...this.recent(key), this.now()]);
  }

  succeed(login: string): void {
    this.failures.delete(login);
  }
}
