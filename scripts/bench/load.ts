import autocannon from 'autocannon';
import { Client } from 'pg';
import { CpuPerRequest, startCpuWatch } from './cpu';

/** Latencies in milliseconds, throughput in completed requests (or statements) per second. */
export interface Stats {
  p50: number;
  p95: number;
  rps: number;
  count: number;
  /** Where /proc tells: the CPU of one request (or statement) during the timed run. */
  cpu?: CpuPerRequest;
}

export interface Load {
  connections: number;
  seconds: number;
}

function stats(latencies: number[], seconds: number): Stats {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (p: number) => (sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]);
  return { p50: at(0.5), p95: at(0.95), rps: sorted.length / seconds, count: sorted.length };
}

export interface HttpTarget {
  baseUrl: string;
  /** A fixed path, or a function giving each request its own (different ids). */
  path: string | (() => string);
  method?: 'GET' | 'POST';
  token?: string;
  body?: () => string;
  /** The server's process, for its CPU per request. */
  serverPid: number;
}

function run(t: HttpTarget, load: Load, latencies: number[] | null): Promise<autocannon.Result> {
  const first = typeof t.path === 'string' ? t.path : t.path();
  const headers: Record<string, string> = t.token ? { authorization: `Bearer ${t.token}` } : {};
  if (t.body) headers['content-type'] = 'application/json';
  const dynamic = typeof t.path === 'function' || t.body !== undefined;
  return new Promise((ok, fail) => {
    const instance = autocannon(
      {
        url: `${t.baseUrl}${first}`,
        connections: load.connections,
        duration: load.seconds,
        method: t.method ?? 'GET',
        headers,
        requests: dynamic
          ? [{ setupRequest: (r) => ({ ...r, path: typeof t.path === 'function' ? t.path() : r.path, body: t.body ? t.body() : r.body }) }]
          : undefined,
      },
      (err: Error | null, result: autocannon.Result) => (err ? fail(err) : ok(result)),
    );
    if (latencies) instance.on('response', (_client, status, _bytes, time) => status < 300 && latencies.push(time));
  });
}

/** Fewer answers than this make no p50 or p95 worth printing. */
const MIN_SAMPLES = 5;
/** However loaded the machine, a figure stops trying after this long in all. */
const MAX_SECONDS = 30;

/**
 * Runs autocannon for the given time after a short warm-up; any answer other than 2xx fails the figure.
 * Autocannon ends a run at its first whole second past the time asked and drops what is still in flight, so on a loaded
 * machine a short run can end with no answer at all: it then runs again, each time twice as long, until the figure has
 * its samples.
 */
export async function httpLoad(t: HttpTarget, load: Load): Promise<Stats> {
  await run(t, { connections: load.connections, seconds: Math.max(0.2, load.seconds / 5) }, null);
  const latencies: number[] = [];
  const cpu = startCpuWatch(t.serverPid);
  let measured = 0;
  for (let seconds = load.seconds; ; seconds = Math.max(1, seconds) * 2) {
    const result = await run(t, { connections: load.connections, seconds }, latencies);
    if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0) {
      const path = typeof t.path === 'string' ? t.path : t.path();
      throw new Error(
        `${t.method ?? 'GET'} ${path}: ${result.non2xx} non-2xx answers, ${result.errors} errors, ${result.timeouts} timeouts`,
      );
    }
    measured += result.duration;
    if (latencies.length >= MIN_SAMPLES || measured + Math.max(1, seconds) * 2 > MAX_SECONDS) break;
  }
  return { ...stats(latencies, measured), cpu: cpu?.stop(latencies.length) };
}

/** One SQL statement (with its parameters) per call, so that each run can vary its values. */
export type Statement = () => [string, unknown[]];

/** Runs a statement in a loop on `connections` connections of their own, autocommit, for the given time. */
export async function sqlLoad(databaseUrl: string, statement: Statement, load: Load): Promise<Stats> {
  const clients = await Promise.all(
    Array.from({ length: load.connections }, async () => {
      const c = new Client({ connectionString: databaseUrl });
      await c.connect();
      return c;
    }),
  );
  try {
    const loop = async (seconds: number, latencies: number[] | null) => {
      const until = performance.now() + seconds * 1000;
      await Promise.all(
        clients.map(async (c) => {
          while (performance.now() < until) {
            const [sql, params] = statement();
            const started = performance.now();
            await c.query(sql, params);
            latencies?.push(performance.now() - started);
          }
        }),
      );
    };
    await loop(Math.max(0.2, load.seconds / 5), null);
    const latencies: number[] = [];
    const cpu = startCpuWatch(process.pid);
    const started = performance.now();
    await loop(load.seconds, latencies);
    return { ...stats(latencies, (performance.now() - started) / 1000), cpu: cpu?.stop(latencies.length) };
  } finally {
    await Promise.all(clients.map((c) => c.end()));
  }
}
