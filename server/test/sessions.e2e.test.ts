import request from 'supertest';
import { JwtService } from '@nestjs/jwt';
import { Client } from 'pg';
import { api, listUrl, tokenFor } from './support/http';
import { startTestApp, TestApp } from './support/test-app';

interface UserRecord {
  id: number;
  login: string;
  role: string;
  regionId: number | null;
  version: number;
}

describe('sessions end when they should, on every instance', () => {
  let app: TestApp;
  let second: TestApp;
  let admin: ReturnType<typeof api>;
  let db: Client;

  beforeAll(async () => {
    app = await startTestApp();
    second = await startTestApp({}, 'demo', app.databaseUrl);
    admin = api(app, await tokenFor(app, 'admin'));
    db = new Client({ connectionString: app.databaseUrl });
    await db.connect();
  });

  afterAll(async () => {
    await db.end();
    await second.close();
    await app.close();
  });

  const userNamed = async (login: string): Promise<UserRecord> => {
    const res = await admin.get(listUrl('users', { filter: { q: login } })).expect(200);
    const user = (res.body as UserRecord[]).find((u) => u.login === login);
    if (!user) throw new Error(`no user ${login}`);
    return user;
  };

  /** The token is refused on both instances, by the guard's read of the account and by a route reading it in its own SQL. */
  const expectEnded = async (token: string) => {
    for (const instance of [app, second]) {
      const me = await api(instance, token).get('/api/auth/me').expect(401);
      expect(me.body).toMatchObject({ statusCode: 401, code: 'auth.sessionEnded' });
      const region = await api(instance, token).get('/api/regions/1').expect(401);
      expect(region.body.code).toBe('auth.sessionEnded');
    }
  };

  const expectWorking = async (token: string) => {
    for (const instance of [app, second]) {
      await api(instance, token).get('/api/auth/me').expect(200);
      await api(instance, token).get('/api/regions/1').expect(200);
    }
  };

  /** Signed in on both instances, and each token already used there (so the guard's cache of verified tokens holds it). */
  const sessionsOf = async (login: string, password = 'demo12345'): Promise<string[]> => {
    const tokens = [await tokenFor(app, login, password), await tokenFor(second, login, password)];
    for (const token of tokens) await expectWorking(token);
    return tokens;
  };

  const endSessionEvents = async (userId: number) => {
    const { rows } = await db.query<{ comment: string; user_id: number }>(
      `SELECT comment, user_id FROM audit_events WHERE resource = 'users' AND action = 'end_sessions' AND record_id = $1 ORDER BY id`,
      [userId],
    );
    return rows;
  };

  it("ends every other session after one changes one's own password; this one goes on with the token in the answer", async () => {
    const [mine, elsewhere] = await sessionsOf('rpo-aktobe');
    const res = await api(app, mine)
      .post('/api/auth/password', { oldPassword: 'demo12345', newPassword: 'Aktobe-office-2026' })
      .expect(200);
    expect(typeof res.body.accessToken).toBe('string');
    await expectEnded(mine);
    await expectEnded(elsewhere);
    await expectWorking(res.body.accessToken);
    const user = await userNamed('rpo-aktobe');
    expect((await endSessionEvents(user.id)).map((e) => e.comment)).toEqual(['password changed']);
  });

  it.each([
    ['an administrator resets the password', 'rpo-atyrau', () => ({ password: 'Reset-by-admin-77' }), 'password reset'],
    ['the role changes', 'rpo-mangystau', () => ({ role: 'analyst', regionId: null }), 'role changed, region changed'],
    ['the region changes', 'rpo-kostanay', (u: UserRecord) => ({ regionId: u.regionId === 1 ? 2 : 1 }), 'region changed'],
    ['the account is deactivated', 'rpo-pavlodar', () => ({ active: false }), 'deactivated'],
  ])('ends every session when %s', async (_event, login, change, reason) => {
    const tokens = await sessionsOf(login);
    const user = await userNamed(login);
    await admin.put(`/api/users/${user.id}`, { ...change(user), version: user.version }).expect(200);
    for (const token of tokens) await expectEnded(token);
    const events = await endSessionEvents(user.id);
    expect(events).toEqual([{ comment: reason, user_id: (await userNamed('admin')).id }]);
  });

  it('keeps sessions when an administrator changes only the name or language', async () => {
    const tokens = await sessionsOf('rpo-turkistan');
    const user = await userNamed('rpo-turkistan');
    await admin.put(`/api/users/${user.id}`, { fullName: 'Жаңа аты', locale: 'kk', version: user.version }).expect(200);
    for (const token of tokens) await expectWorking(token);
    expect(await endSessionEvents(user.id)).toEqual([]);
  });

  it('signs one out everywhere, this session included, and a new sign-in works', async () => {
    const tokens = await sessionsOf('approver');
    await api(second, tokens[1]).post('/api/auth/sign-out-everywhere').expect(204);
    for (const token of tokens) await expectEnded(token);
    await expectWorking(await tokenFor(app, 'approver'));
    const user = await userNamed('approver');
    expect(await endSessionEvents(user.id)).toEqual([{ comment: 'signed out everywhere', user_id: user.id }]);
  });

  it('lets an administrator sign any account out everywhere, and nobody else', async () => {
    const tokens = await sessionsOf('analyst');
    const user = await userNamed('analyst');
    await api(app, tokens[0]).post(`/api/users/${user.id}/sign-out-everywhere`).expect(403);
    await expectWorking(tokens[0]);
    await admin.post(`/api/users/${user.id}/sign-out-everywhere`).expect(204);
    for (const token of tokens) await expectEnded(token);
    await admin.post('/api/users/999999/sign-out-everywhere').expect(404);
    await admin.post('/api/users/abc/sign-out-everywhere').expect(400);
    expect((await endSessionEvents(user.id)).map((e) => e.comment)).toEqual(['signed out everywhere by an administrator']);
  });

  it('refuses a correctly signed token without a session generation (issued before sessions could be ended)', async () => {
    const user = await userNamed('rpo-turkistan');
    const token = await app.app.get(JwtService).signAsync({ sub: user.id });
    await api(app, token).get('/api/auth/me').expect(401);
    await api(app, token).get('/api/regions/1').expect(401);
  });

  it('lists the new routes in the OpenAPI document', async () => {
    const doc = await request(app.url).get('/api/docs-json').expect(200);
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining(['/api/auth/sign-out-everywhere', '/api/users/{id}/sign-out-everywhere']),
    );
    expect(doc.body.paths['/api/auth/password'].post.responses['200']).toBeDefined();
  });
});
