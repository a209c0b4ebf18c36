import { api, listUrl, tokenFor } from './support/http';
import { startTestApp, TestApp } from './support/test-app';

interface UserRecord {
  id: number;
  login: string;
  fullName: string;
  version: number;
}

/** NIST SP 800-63B: length, the commonest passwords, and what the account itself gives away. */
const WEAK: [string, (u: { login: string; fullName: string }) => string, string][] = [
  ['shorter than 8 characters', () => 'Kz-2026', 'password.tooShort'],
  ['among the commonest passwords', () => 'qwerty123', 'password.common'],
  ['among the commonest passwords, whatever the case', () => 'PassWord1', 'password.common'],
  ['the login, whatever the case', (u) => u.login.toUpperCase(), 'password.sameAsLogin'],
  ["the account's name, whatever the case", (u) => u.fullName.toLowerCase(), 'password.sameAsName'],
];

describe('password rules, wherever a password is set', () => {
  let app: TestApp;
  let admin: ReturnType<typeof api>;

  beforeAll(async () => {
    app = await startTestApp();
    admin = api(app, await tokenFor(app, 'admin'));
  });

  afterAll(async () => {
    await app.close();
  });

  const userNamed = async (login: string): Promise<UserRecord> => {
    const res = await admin.get(listUrl('users', { filter: { q: login } })).expect(200);
    return (res.body as UserRecord[]).find((u) => u.login === login) as UserRecord;
  };

  describe("on one's own change", () => {
    const owner = { login: 'rpo-aktobe', fullName: '' };

    beforeAll(async () => {
      owner.fullName = (await userNamed('rpo-aktobe')).fullName;
    });

    it.each(WEAK)(
      'refuses a new password %s with 400 naming newPassword and the rule, and keeps the old one',
      async (_rule, password, code) => {
        const me = api(app, await tokenFor(app, owner.login));
        const res = await me.post('/api/auth/password', { oldPassword: 'demo12345', newPassword: password(owner) }).expect(400);
        expect(res.body).toMatchObject({ statusCode: 400, code, params: { field: 'newPassword', min: 8 } });
        expect(res.body.message[0]).toMatch(/^newPassword: /);
        await me.get('/api/auth/me').expect(200);
        await tokenFor(app, owner.login);
      },
    );

    it('accepts a password that breaks no rule', async () => {
      const me = api(app, await tokenFor(app, owner.login));
      await me.post('/api/auth/password', { oldPassword: 'demo12345', newPassword: 'Aktobe-office-2026' }).expect(200);
      await tokenFor(app, owner.login, 'Aktobe-office-2026');
    });
  });

  describe('when an administrator creates a user', () => {
    const draft = { login: 'new.editor', fullName: 'Айгүл Серікова', role: 'analyst' };

    it.each(WEAK)('refuses a password %s with 400 naming password and the rule, and creates nobody', async (_rule, password, code) => {
      const res = await admin.post('/api/users', { ...draft, password: password(draft) }).expect(400);
      expect(res.body).toMatchObject({ statusCode: 400, code, params: { field: 'password' } });
      expect(res.body.message[0]).toMatch(/^password: /);
      expect(await userNamed(draft.login)).toBeUndefined();
    });

    it('creates the user with a password that breaks no rule', async () => {
      await admin.post('/api/users', { ...draft, password: 'Serikova-analyst-7' }).expect(201);
      await tokenFor(app, draft.login, 'Serikova-analyst-7');
    });
  });

  describe('when an administrator resets a password', () => {
    it.each(WEAK)('refuses a password %s and keeps the old one', async (_rule, password, code) => {
      const user = await userNamed('rpo-atyrau');
      const res = await admin.put(`/api/users/${user.id}`, { password: password(user), version: user.version }).expect(400);
      expect(res.body).toMatchObject({ code, params: { field: 'password' } });
      expect((await userNamed('rpo-atyrau')).version).toBe(user.version);
      await tokenFor(app, 'rpo-atyrau');
    });
  });
});
