import { Client } from 'pg';
import request from 'supertest';
import { api, tokenFor } from './support/http';
import { startTestApp, TestApp } from './support/test-app';

const PASSWORD = 'demo12345';

describe('sign-in throttling that does not lock out the innocent', () => {
  describe('behind a trusted proxy (TRUST_PROXY=loopback): each test comes from addresses of its own', () => {
    let app: TestApp;

    beforeAll(async () => {
      app = await startTestApp({ TRUST_PROXY: 'loopback' });
    });

    afterAll(async () => {
      await app.close();
    });

    const signIn = (from: string, login: string, password: string) =>
      request(app.url).post('/api/auth/login').set('X-Forwarded-For', from).send({ login, password });

    it("lets the owner of an account without failures of its own sign in while strangers fail from the same address (an office's NAT)", async () => {
      const office = '198.51.100.7';
      for (let i = 0; i < 30; i++) await signIn(office, ['analyst', 'approver', 'nobody', `guess-${i}`][i % 4], `wrong-${i}`).expect(401);
      const res = await signIn(office, 'rpo-aktobe', PASSWORD).expect(200);
      expect(res.body.user.login).toBe('rpo-aktobe');
    });

    it('refuses the eleventh attempt on one account from one address with 429 and Retry-After, the right password included; the owner elsewhere still signs in', async () => {
      for (let i = 0; i < 10; i++) await signIn('198.51.100.20', 'rpo-atyrau', `wrong-${i}`).expect(401);
      const res = await signIn('198.51.100.20', 'rpo-atyrau', PASSWORD).expect(429);
      expect(res.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests', code: 'auth.tooManyAttempts' });
      const retryAfter = Number(res.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(14 * 60);
      expect(retryAfter).toBeLessThanOrEqual(15 * 60);
      expect(res.body.retryAfter).toBe(retryAfter);
      expect(res.body.params).toEqual({ minutes: Math.ceil(retryAfter / 60) });
      await signIn('198.51.100.21', 'rpo-atyrau', PASSWORD).expect(200);
    });

    it('refuses one account from every address after 30 failures spread over many addresses', async () => {
      for (let i = 0; i < 30; i++) await signIn(`203.0.113.${i + 1}`, 'rpo-kostanay', `wrong-${i}`).expect(401);
      const res = await signIn('203.0.113.200', 'rpo-kostanay', PASSWORD).expect(429);
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      await signIn('203.0.113.200', 'rpo-pavlodar', PASSWORD).expect(200);
    });

    it('refuses every sign-in from an address after 100 failures over any accounts (password spraying), and no other address', async () => {
      const sprayer = '192.0.2.66';
      for (let i = 0; i < 100; i++) await signIn(sprayer, `sprayed-${i % 12}`, `Summer2026-${i}`).expect(401);
      const res = await signIn(sprayer, 'rpo-mangystau', PASSWORD).expect(429);
      expect(res.body.code).toBe('auth.tooManyAttempts');
      await signIn('192.0.2.67', 'rpo-mangystau', PASSWORD).expect(200);
    });

    it('counts wrong old passwords as failed sign-ins of the account: 429 past the limit, even with the right one', async () => {
      const token = (await signIn('198.51.100.50', 'rpo-turkistan', PASSWORD).expect(200)).body.accessToken as string;
      const change = (oldPassword: string) =>
        request(app.url)
          .post('/api/auth/password')
          .set('Authorization', `Bearer ${token}`)
          .set('X-Forwarded-For', '198.51.100.50')
          .send({ oldPassword, newPassword: 'Turkistan-office-2026' });
      for (let i = 0; i < 10; i++) {
        const wrong = await change(`guess-${i}`).expect(400);
        expect(wrong.body).toMatchObject({ code: 'auth.wrongPassword', message: ['oldPassword: does not match the current password'] });
      }
      for (let i = 0; i < 5; i++) await change(`guess-${10 + i}`).expect(429);
      const right = await change(PASSWORD).expect(429);
      expect(Number(right.headers['retry-after'])).toBeGreaterThan(0);
      await signIn('198.51.100.50', 'rpo-turkistan', PASSWORD).expect(429);
      await signIn('198.51.100.51', 'rpo-turkistan', 'Turkistan-office-2026').expect(401);
    });

    it('takes the address the trusted proxy saw: what a client writes into X-Forwarded-For before it does not escape the limit', async () => {
      for (let i = 0; i < 10; i++) await signIn('10.9.9.9', 'rpo-zhambyl', `wrong-${i}`).expect(401);
      // The proxy appends the address it saw, 10.9.9.9; the client's own entry before it is not trusted (not loopback).
      await signIn('1.2.3.4, 10.9.9.9', 'rpo-zhambyl', PASSWORD).expect(429);
      await signIn('10.9.9.9, 1.2.3.4', 'rpo-zhambyl', PASSWORD).expect(200);
    });
  });

  describe('without TRUST_PROXY (the default)', () => {
    let app: TestApp;

    beforeAll(async () => {
      app = await startTestApp();
    });

    afterAll(async () => {
      await app.close();
    });

    it('takes the address from the connection and ignores X-Forwarded-For', async () => {
      for (let i = 0; i < 10; i++) {
        await request(app.url)
          .post('/api/auth/login')
          .set('X-Forwarded-For', `198.51.100.${i}`)
          .send({ login: 'analyst', password: `wrong-${i}` })
          .expect(401);
      }
      await request(app.url)
        .post('/api/auth/login')
        .set('X-Forwarded-For', '198.51.100.99')
        .send({ login: 'analyst', password: PASSWORD })
        .expect(429);
      const other = await tokenFor(app, 'approver');
      await api(app, other).get('/api/auth/me').expect(200);
    });

    it('forgets failures older than the window, of any login, so names tried once do not pile up', async () => {
      const db = new Client({ connectionString: app.databaseUrl });
      await db.connect();
      try {
        await db.query(
          `INSERT INTO login_failures (key, at) VALUES ('login:tried-once', now() - interval '16 minutes'), ('login:recent', now() - interval '14 minutes')`,
        );
        await request(app.url).post('/api/auth/login').send({ login: 'someone-else', password: 'wrong-password' }).expect(401);
        const { rows } = await db.query<{ key: string }>(
          `SELECT key FROM login_failures WHERE key IN ('login:tried-once', 'login:recent')`,
        );
        expect(rows).toEqual([{ key: 'login:recent' }]);
      } finally {
        await db.end();
      }
    });
  });
});
