import { ChildProcess, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../../server/src/app.factory';
import { loadConfig } from '../../server/src/config/app-config';
import { createBareApp } from './bare-app';

export type ServerKind = 'api' | 'bare';

export interface BenchServer {
  url: string;
  /** The process whose memory is the server's (this one when it runs in-process). */
  pid: number;
  close(): Promise<void>;
}

async function listen(app: NestFastifyApplication): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

/**
 * The real app as production runs it (no demo data, a random secret), reading from the replicas when given some, or
 * the bare endpoint, in this process.
 */
export async function startServer(kind: ServerKind, databaseUrl: string, replicaUrls: string[] = []): Promise<BenchServer> {
  const env = {
    NODE_ENV: 'production',
    JWT_SECRET: randomBytes(32).toString('hex'),
    DEMO_DATA: 'false',
    DATABASE_URL: databaseUrl,
    DATABASE_REPLICA_URLS: replicaUrls.join(','),
  };
  const app =
    kind === 'api'
      ? await createApp(
          loadConfig(env, () => ''),
          databaseUrl,
          ['error'],
        )
      : await createBareApp();
  return { url: await listen(app), pid: process.pid, close: () => app.close() };
}

/** The same in a child process, from the built server-process.js beside this file. */
export async function startChildServer(kind: ServerKind, databaseUrl: string, replicaUrls: string[] = []): Promise<BenchServer> {
  const child: ChildProcess = fork(join(__dirname, 'server-process.js'), [kind], {
    env: { ...process.env, BENCH_DATABASE_URL: databaseUrl, BENCH_REPLICA_URLS: replicaUrls.join(',') },
    // The heap cap of npm start and the Docker image, so that the API is measured as it runs.
    execArgv: kind === 'api' ? ['--max-old-space-size=200'] : [],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const url = await new Promise<string>((ok, fail) => {
    child.once('message', (m: { url: string }) => ok(m.url));
    child.once('exit', (code) => fail(new Error(`the ${kind} server process exited with ${code} before listening`)));
  });
  return {
    url,
    pid: child.pid ?? 0,
    close: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((ok) => child.once('exit', ok));
      child.disconnect();
      const kill = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(kill);
    },
  };
}

function rssMb(pid: number): number {
  if (pid === process.pid) return process.memoryUsage().rss / 1024 / 1024;
  const line = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return line ? Number(line[1]) / 1024 : 0;
}

export interface RssSampler {
  currentMb(): number;
  peakMb(): number;
  /** Starts a new window: peakSince() is the peak from then on. */
  mark(): void;
  peakSinceMb(): number;
  stop(): void;
}

/** Samples a process's resident memory every 20 ms, keeping the peak of the whole run and of the last window. */
export function sampleRss(pid: number): RssSampler {
  let peak = rssMb(pid);
  let windowPeak = peak;
  const timer = setInterval(() => {
    try {
      const now = rssMb(pid);
      peak = Math.max(peak, now);
      windowPeak = Math.max(windowPeak, now);
    } catch {
      clearInterval(timer);
    }
  }, 20);
  timer.unref();
  return {
    currentMb: () => rssMb(pid),
    peakMb: () => peak,
    mark: () => (windowPeak = rssMb(pid)),
    peakSinceMb: () => windowPeak,
    stop: () => clearInterval(timer),
  };
}
