import request from 'supertest';
import { startTestApp, TestApp } from './support/test-app';

describe('the sign-in limit', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });

  afterAll(async () => {
    await app.close();
  });

  it('answers the eleventh attempt within 15 minutes with 429, even with the right password, for the login and the address', async () => {
    for (let i = 0; i < 10; i++) {
      await request(app.url).post('/api/auth/login').send({ login: 'approver', password: `wrong-${i}` }).expect(401);
    }
    const res = await request(app.url).post('/api/auth/login').send({ login: 'approver', password: 'demo12345' }).expect(429);
    expect(res.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
    expect(res.body.message).toMatch(/try again/);
    await request(app.url).post('/api/auth/login').send({ login: 'analyst', password: 'demo12345' }).expect(429);
  });
});
