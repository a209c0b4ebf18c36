import { readdirSync, readFileSync } from 'node:fs';

/** Linux counts a process's CPU time in ticks of USER_HZ, which its user-space ABI fixes at 100 per second. */
const TICK_US = 10_000;

/** CPU time spent per request (or statement), in microseconds, by each side of a measurement. */
export interface CpuPerRequest {
  /** The server process under load (the API or the bare endpoint); null when it runs inside the benchmark process. */
  server: number | null;
  /** Every PostgreSQL process of the machine together. */
  postgres: number;
  /** The benchmark process: autocannon or the SQL clients (and the server when it runs in-process). */
  client: number;
}

interface Reading {
  server: number;
  postgres: number;
  client: number;
}

/** User plus system time of a process from /proc/<pid>/stat; the name in parentheses may itself hold spaces. */
function processUs(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_US;
}

function commandOf(stat: string): string {
  return stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
}

function postgresUs(): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (commandOf(stat) === 'postgres') total += processUs(stat);
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return total;
}

function read(serverPid: number): Reading {
  const own = process.cpuUsage();
  return {
    server: serverPid === process.pid ? 0 : processUs(readFileSync(`/proc/${serverPid}/stat`, 'utf8')),
    postgres: postgresUs(),
    client: own.user + own.system,
  };
}

/**
 * Measures the CPU that a stretch of load costs the server, PostgreSQL and the benchmark itself, from /proc (Linux
 * only: elsewhere this returns null). A ceiling follows from it: on N cores no load of this kind can run faster
 * than N seconds of CPU divided by the CPU of one request.
 */
export function startCpuWatch(serverPid: number): { stop(requests: number): CpuPerRequest } | null {
  let before: Reading;
  try {
    before = read(serverPid);
  } catch {
    return null;
  }
  return {
    stop(requests) {
      const after = read(serverPid);
      const per = (key: keyof Reading) => (requests > 0 ? (after[key] - before[key]) / requests : Number.NaN);
      return { server: serverPid === process.pid ? null : per('server'), postgres: per('postgres'), client: per('client') };
    },
  };
}
