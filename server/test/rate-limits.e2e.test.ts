import request from 'supertest';
import { tokenFor } from './support/http';
import { startTestApp, TestApp } from './support/test-app';

describe('rate limits, shared by every instance', () => {
  let app: TestApp;
  let second: TestApp;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    app = await startTestApp({ IMPORTS_PER_HOUR: '3' });
    second = await startTestApp({ IMPORTS_PER_HOUR: '3' }, 'demo', app.databaseUrl);
    for (const login of ['rpo-north-kazakhstan', 'rpo-aktobe']) tokens[login] = await tokenFor(app, login);
  });

  afterAll(async () => {
    await second.close();
    await app.close();
  });

  it('runs as two instances on two ports over one database: a token from one works on the other, and writes are shared', async () => {
    const login = await request(app.url).post('/api/auth/login').send({ login: 'analyst', password: 'demo12345' }).expect(200);
    const auth = { Authorization: `Bearer ${login.body.accessToken}` };
    const one = await request(app.url).get('/api/rollups/national?from=2020-01-01&to=2020-12-31').set(auth).expect(200);
    const other = await request(second.url).get('/api/rollups/national?from=2020-01-01&to=2020-12-31').set(auth).expect(200);
    expect(other.body).toEqual(one.body);
  });

  it('answers the eleventh attempt on an account from one address within 15 minutes with 429, on every instance, even with the right password', async () => {
    for (let i = 0; i < 10; i++) {
      const instance = i % 2 === 0 ? app : second;
      await request(instance.url)
        .post('/api/auth/login')
        .send({ login: 'approver', password: `wrong-${i}` })
        .expect(401);
    }
    for (const instance of [app, second]) {
      const res = await request(instance.url).post('/api/auth/login').send({ login: 'approver', password: 'demo12345' }).expect(429);
      expect(res.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests', code: 'auth.tooManyAttempts' });
      expect(res.body.message).toMatch(/try again/);
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    }
    // Another account from the same address has no failures of its own: one person's mistakes lock out no one else.
    await request(second.url).post('/api/auth/login').send({ login: 'analyst', password: 'demo12345' }).expect(200);
  });

  it('answers the fourth import of an office within the hour with 429 and Retry-After, on every instance, dry runs included', async () => {
    const file = Buffer.from('Заголовок;СМИ;Дата публикации;Язык;Формат\r\nПробный;Северный Казахстан;01.09.2023;ru;article\r\n');
    const own = tokens['rpo-north-kazakhstan'];
    const upload = (instance: TestApp, token: string) =>
      request(instance.url)
        .post('/api/materials/import?dryRun=true')
        .set('Authorization', `Bearer ${token}`)
        .attach('file', file, 'try.csv');
    for (let i = 0; i < 3; i++) await upload(i % 2 === 0 ? app : second, own).expect(200);
    for (const instance of [second, app]) {
      const res = await upload(instance, own).expect(429);
      expect(res.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
      expect(res.body.message).toMatch(/IMPORTS_PER_HOUR/);
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(res.headers['retry-after'])).toBeLessThanOrEqual(3600);
    }
    await upload(app, tokens['rpo-aktobe']).expect(200);
  });
});
