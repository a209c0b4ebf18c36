import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { verifyCounters } from '../src/materials/materials.repository';
import { api, tokenFor } from './support/http';
import { startTestApp, TestApp } from './support/test-app';
import { demoDatabaseOn, TestPostgres } from './support/test-postgres';

const NATIONAL_2020 = '/api/rollups/national?from=2020-01-01&to=2020-12-31';

/** The app runs on a PostgreSQL server of this test's own, which the test stops and starts with pg_ctl. */
describe('when the database server stops and starts again', () => {
  let server: TestPostgres;
  let app: TestApp;
  let databaseUrl: string;

  beforeAll(async () => {
    server = await TestPostgres.create();
    await server.start();
    databaseUrl = await demoDatabaseOn(server);
    app = await startTestApp({ DATABASE_URL: databaseUrl }, 'demo', databaseUrl);
  });

  afterAll(async () => {
    await app?.close();
    await server?.destroy();
  });

  async function materialCount(): Promise<number> {
    const db = new Client({ connectionString: databaseUrl });
    await db.connect();
    try {
      return (await db.query('SELECT count(*)::int AS n FROM materials')).rows[0].n;
    } finally {
      await db.end();
    }
  }

  it('answers 503 quickly while it is down, says db: down, stays up, loses no write half-done, and recovers by itself', async () => {
    const analyst = api(app, await tokenFor(app, 'analyst'));
    const editor = api(app, await tokenFor(app, 'rpo-north-kazakhstan'));
    const outletId = (await editor.get('/api/outlets').expect(200)).body[0].id as number;
    const material = (title: string) => ({ outletId, title, language: 'kk', format: 'article', publishedOn: '2020-06-10' });
    expect((await analyst.get(NATIONAL_2020).expect(200)).body.total).toBe(9365);
    const materialsBefore = await materialCount();

    // A write caught mid-transaction: its material row is inserted, its counter update waits on this lock.
    const locker = new Client({ connectionString: databaseUrl });
    locker.on('error', () => undefined);
    await locker.connect();
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE material_daily_counts IN EXCLUSIVE MODE');
    const inFlight = editor.post('/api/materials', material('Үзілген жазба')).then((res) => res);
    for (let waiting = 0; waiting === 0; await new Promise((r) => setTimeout(r, 50))) {
      const { rows } = await locker.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = 'backoffice'`,
      );
      waiting = rows[0].n;
    }

    // Stopped at once, as by a crash: a 'fast' stop ends the lock holder and the waiting write together, and under
    // load the write could take the freed lock and commit before its own end came.
    await server.stop('immediate');
    const cut = await inFlight;
    expect(cut.status).toBe(503);
    expect(cut.body).toMatchObject({ statusCode: 503, error: 'Service Unavailable', code: 'server.unavailable' });

    const started = Date.now();
    const down = await analyst.get('/api/materials');
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ statusCode: 503, error: 'Service Unavailable', code: 'server.unavailable' });
    expect(Date.now() - started).toBeLessThan(8000);
    const health = await request(app.url).get('/api/health');
    expect(health.status).toBe(503);
    expect(health.body).toEqual({ status: 'degraded', db: 'down', replicas: [] });
    await editor.post('/api/materials', material('Сөнген кезде жазылған')).expect(503);
    expect(app.app.getHttpServer().listening).toBe(true);

    await server.start();
    let status = 0;
    for (let i = 0; i < 50 && status !== 200; i++) {
      status = (await request(app.url).get('/api/health')).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 200));
    }
    expect(status).toBe(200);
    expect((await analyst.get(NATIONAL_2020).expect(200)).body.total).toBe(9365);
    expect(await materialCount()).toBe(materialsBefore);
    expect(await verifyCounters(app.app.get(DataSource).manager)).toEqual([]);
    await editor.post('/api/materials', material('Қайта қосылғаннан кейін')).expect(201);
  });
});
