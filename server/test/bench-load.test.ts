import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { httpLoad } from '../../scripts/bench/load';

/** On a loaded CI machine no create once answered within a benchmark run (autocannon's shortest is a second), and the figure was empty. */
describe('benchmark load: a figure always has its samples', () => {
  let server: Server;
  let baseUrl: string;
  let answered = 0;

  beforeAll(async () => {
    server = createServer((_req, res) =>
      setTimeout(() => {
        answered += 1;
        res.end('{}');
      }, 1500),
    );
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

  it('runs on, longer each time, while every answer takes longer than the run asked for', async () => {
    const stats = await httpLoad({ baseUrl, path: '/slow', serverPid: process.pid }, { connections: 2, seconds: 0.1 });
    expect(stats.count).toBeGreaterThanOrEqual(5);
    expect(stats.p50).toBeGreaterThanOrEqual(1500);
    expect(stats.rps).toBeGreaterThan(0);
    expect(answered).toBeGreaterThanOrEqual(stats.count);
  });
});
