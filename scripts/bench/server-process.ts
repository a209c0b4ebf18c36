import 'reflect-metadata';
import { startServer } from './servers';

/** A child process that runs the API (`api`) or the bare endpoint (`bare`) so that its memory is its own. */
async function main(): Promise<void> {
  const kind = process.argv[2];
  if (kind !== 'api' && kind !== 'bare') throw new Error('usage: server-process.js api|bare');
  const replicas = (process.env.BENCH_REPLICA_URLS ?? '').split(',').filter(Boolean);
  const server = await startServer(kind, process.env.BENCH_DATABASE_URL ?? '', replicas);
  process.send?.({ url: server.url });
  process.on('disconnect', () => void server.close().then(() => process.exit(0)));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
