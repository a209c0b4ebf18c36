import request from 'supertest';
import { startTestApp, TestApp } from './support/test-app';
import { TcpProxy } from './support/tcp-proxy';
import { createTestDatabase, TestDatabase } from './support/test-database';
import { tokenFor } from './support/http';

/** The app reaches its database through a proxy; closing the proxy is, for the app, the database going down. */
describe('when the database goes away', () => {
  let db: TestDatabase;
  let proxy: TcpProxy;
  let app: TestApp;

  beforeAll(async () => {
    db = await createTestDatabase();
    const real = new URL(db.url);
    proxy = new TcpProxy(real.hostname, Number(real.port || 5432));
    const viaProxy = new URL(db.url);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(await proxy.start());
    app = await startTestApp({ DATABASE_URL: viaProxy.toString() }, 'demo', viaProxy.toString());
  });

  afterAll(async () => {
    await app.close();
    await proxy.stop();
    await db.drop();
  });

  it('answers 503 quickly while it is down, says db: down, stays up, and recovers by itself when it is back', async () => {
    const token = await tokenFor(app, 'analyst');
    const auth = { Authorization: `Bearer ${token}` };
    await request(app.url).get('/api/rollups/national?from=2020-01-01&to=2020-12-31').set(auth).expect(200);

    const port = proxy.port;
    await proxy.stop();
    const started = Date.now();
    const down = await request(app.url).get('/api/materials').set(auth);
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ statusCode: 503, error: 'Service Unavailable' });
    expect(Date.now() - started).toBeLessThan(8000);
    const health = await request(app.url).get('/api/health');
    expect(health.status).toBe(503);
    expect(health.body).toEqual({ status: 'degraded', db: 'down' });

    await proxy.start(port);
    let status = 0;
    for (let i = 0; i < 50 && status !== 200; i++) {
      status = (await request(app.url).get('/api/health')).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 200));
    }
    expect(status).toBe(200);
    const after = await request(app.url).get('/api/rollups/national?from=2020-01-01&to=2020-12-31').set(auth).expect(200);
    expect(after.body.total).toBe(9365);
  });
});
