import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createApp } from '../src/app.factory';
import { loadConfig } from '../src/config/app-config';
import { keptSecret } from '../src/config/generated-secret';
import { createTestDatabase, TestDatabase } from './support/test-database';

describe('without JWT_SECRET (outside production)', () => {
  let dataDir: string;
  let db: TestDatabase;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'backoffice-data-'));
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const start = async () => {
    const app = await createApp(loadConfig({ NODE_ENV: 'development', DATA_DIR: dataDir }, keptSecret), db.url, ['error']);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.getHttpServer().address();
    return { app, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` };
  };

  it('signs no one out on a restart: the secret made at the first start is kept in the data folder', async () => {
    const first = await start();
    const login = await request(first.url).post('/api/auth/login').send({ login: 'analyst', password: 'demo12345' }).expect(200);
    await first.app.close();
    const second = await start();
    try {
      await request(second.url).get('/api/auth/me').set('Authorization', `Bearer ${login.body.accessToken}`).expect(200);
    } finally {
      await second.app.close();
    }
  });
});
