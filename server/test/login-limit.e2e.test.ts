import request from 'supertest';
import { startTestApp, TestApp } from './support/test-app';

describe('the sign-in limit', () => {
  let app: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
    second = await startTestApp({}, 'demo', app.databaseUrl);
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

  it('answers the eleventh attempt within 15 minutes with 429, on every instance, even with the right password', async () => {
    for (let i = 0; i < 10; i++) {
      const instance = i % 2 === 0 ? app : second;
      await request(instance.url).post('/api/auth/login').send({ login: 'approver', password: `wrong-${i}` }).expect(401);
    }
    for (const instance of [app, second]) {
      const res = await request(instance.url).post('/api/auth/login').send({ login: 'approver', password: 'demo12345' }).expect(429);
      expect(res.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
      expect(res.body.message).toMatch(/try again/);
    }
    await request(app.url).post('/api/auth/login').send({ login: 'analyst', password: 'demo12345' }).expect(429);
  });
});
