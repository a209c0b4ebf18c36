import request from 'supertest';
import { Client } from 'pg';
import { startTestApp, TestApp } from './support/test-app';

describe('a production start on an empty database', () => {
  let app: TestApp;
  let db: Client;

  beforeAll(async () => {
    app = await startTestApp(
      { NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-for-tests', ADMIN_LOGIN: 'chief', ADMIN_PASSWORD: 'chief-password-1' },
      'empty',
    );
    db = new Client({ connectionString: app.databaseUrl });
    await db.connect();
  });

  afterAll(async () => {
    await db.end();
    await app.close();
  });

  it('migrates, loads the reference data and no demo data', async () => {
    const { rows } = await db.query(
      'SELECT (SELECT count(*)::int FROM regions) AS regions, (SELECT count(*)::int FROM materials) AS materials, (SELECT count(*)::int FROM outlets) AS outlets',
    );
    expect(rows[0]).toEqual({ regions: 20, materials: 0, outlets: 0 });
  });

  it('creates the first administrator from ADMIN_LOGIN/ADMIN_PASSWORD and no demo accounts', async () => {
    const { rows } = await db.query('SELECT login, role FROM users');
    expect(rows).toEqual([{ login: 'chief', role: 'admin' }]);
    await request(app.url).post('/api/auth/login').send({ login: 'chief', password: 'chief-password-1' }).expect(200);
    await request(app.url).post('/api/auth/login').send({ login: 'admin', password: 'demo12345' }).expect(401);
  });
});
