import { Client } from 'pg';
import request from 'supertest';
import { REPLICA_APPLICATION_NAME } from '../src/database/read-router';
import { api, tokenFor } from './support/http';
import { withDatabaseName } from './support/pg-admin';
import { startTestApp, TestApp } from './support/test-app';
import { demoDatabaseOn, runBinaries, TestPostgres } from './support/test-postgres';

const NATIONAL_2020 = '/api/rollups/national?from=2020-01-01&to=2020-12-31';

async function sql<T>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    return (await db.query(text, params)).rows as T[];
  } finally {
    await db.end();
  }
}

async function until(what: string, done: () => Promise<boolean>, ms = 15_000): Promise<void> {
  for (const end = Date.now() + ms; !(await done()); await new Promise((r) => setTimeout(r, 200))) {
    if (Date.now() > end) throw new Error(`waited ${ms} ms for ${what}`);
  }
}

/**
 * The app over a primary and a streaming standby of this test's own, built from the primary with the binaries of the
 * PostgreSQL the run tests on. Replay on the standby is paused to tell which server answered: a read that misses a
 * write the primary has was served by the replica.
 */
describe('read replicas', () => {
  let primary: TestPostgres;
  let standby: TestPostgres;
  let app: TestApp;
  let primaryUrl: string;
  let replicaUrl: string;

  beforeAll(async () => {
    primary = await TestPostgres.create(await runBinaries());
    await primary.start();
    primaryUrl = await demoDatabaseOn(primary);
    standby = await primary.standby();
    await standby.start();
    replicaUrl = withDatabaseName(standby.url, 'backoffice');
    // A paused replica lags by the age of its last replayed commit: the limit is set high enough to keep it in use.
    app = await startTestApp({ DATABASE_URL: primaryUrl, DATABASE_REPLICA_URLS: replicaUrl, REPLICA_MAX_LAG: '600' }, 'demo', primaryUrl);
  });

  afterAll(async () => {
    await app?.close();
    await standby?.destroy();
    await primary?.destroy();
  });

  const replicaHealth = async () => (await request(app.url).get('/api/health').expect(200)).body.replicas;
  const inUse = async () => (await replicaHealth())[0].used === true;
  const caughtUp = async () => {
    const [{ lsn }] = await sql<{ lsn: string }>(primaryUrl, 'SELECT pg_current_wal_lsn()::text AS lsn');
    const [{ done }] = await sql<{ done: boolean }>(replicaUrl, 'SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done', [lsn]);
    return done;
  };
  const setReplay = (on: boolean) => sql(replicaUrl, on ? 'SELECT pg_wal_replay_resume()' : 'SELECT pg_wal_replay_pause()');
  const primaryCount = async (regionId?: number) =>
    (
      await sql<{ n: number }>(
        primaryUrl,
        `SELECT count(*)::int AS n FROM materials WHERE published_on BETWEEN '2020-01-01' AND '2020-12-31' AND ($1::int IS NULL OR region_id = $1)`,
        [regionId ?? null],
      )
    )[0].n;

  async function signedIn() {
    const analyst = api(app, await tokenFor(app, 'analyst'));
    const editor = api(app, await tokenFor(app, 'rpo-north-kazakhstan'));
    const outletId = (await editor.get('/api/outlets').expect(200)).body[0].id;
    const write = (title: string) =>
      editor.post('/api/materials', { outletId, title, language: 'kk', format: 'article', publishedOn: '2020-06-10' }).expect(201);
    return { analyst, editor, write };
  }

  it('lists the replica in /api/health by host and port, up, with its lag, and in use', async () => {
    await until('the replica in use', inUse);
    const [replica] = await replicaHealth();
    expect(replica).toEqual({ url: `127.0.0.1:${standby.port}`, up: true, lagSeconds: expect.any(Number), used: true });
    expect(JSON.stringify(await replicaHealth())).not.toContain('postgres:');
  });

  it('serves the analysts’ reads from the replica, with the same national count as the primary', async () => {
    const { analyst, editor, write } = await signedIn();
    await until('the replica caught up', caughtUp);
    expect((await analyst.get(NATIONAL_2020).expect(200)).body.total).toBe(9365);
    expect(await primaryCount()).toBe(9365);
    const [{ n }] = await sql<{ n: number }>(replicaUrl, 'SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1', [
      REPLICA_APPLICATION_NAME,
    ]);
    expect(n).toBeGreaterThan(0);

    await setReplay(false);
    try {
      const { regionId } = (await write('Реплика кешігеді')).body;
      // The writer's own reads stay on the primary: the material is there at once.
      expect((await editor.get(NATIONAL_2020).expect(200)).body.total).toBe(await primaryCount(regionId));
      expect(await primaryCount()).toBe(9366);
      // Another person reads the replica, whose replay is paused: a moment old.
      expect((await analyst.get(NATIONAL_2020).expect(200)).body.total).toBe(9365);
      expect(
        (await analyst.get('/api/rollups/completeness?from=2020-01-01&to=2020-12-31').expect(200)).body.regions.length,
      ).toBeGreaterThan(0);
    } finally {
      await setReplay(true);
    }
    await until('the replica caught up', caughtUp);
    expect((await analyst.get(NATIONAL_2020).expect(200)).body.total).toBe(9366);
  });

  it('sends the reads to the primary without an error while the replica is stopped, and uses it again once it is back', async () => {
    const { analyst, write } = await signedIn();
    const before = await primaryCount();
    await standby.stop('fast');
    expect((await analyst.get(NATIONAL_2020).expect(200)).body.total).toBe(before);
    expect((await analyst.get('/api/materials').expect(200)).body.length).toBeGreaterThan(0);
    await until('the replica left out', async () => !(await inUse()));
    expect((await replicaHealth())[0]).toMatchObject({ up: false, lagSeconds: null, used: false });
    expect((await analyst.get(NATIONAL_2020).expect(200)).body.total).toBe(before);

    await standby.start();
    await until('the replica in use again', inUse);
    await until('the replica caught up', caughtUp);
    await setReplay(false);
    try {
      await write('Реплика қайта қосылды');
      expect((await analyst.get(NATIONAL_2020).expect(200)).body.total).toBe(before);
    } finally {
      await setReplay(true);
    }
    await until('the replica caught up', caughtUp);
    expect((await analyst.get(NATIONAL_2020).expect(200)).body.total).toBe(before + 1);
  });
});
