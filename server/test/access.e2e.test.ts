import { JwtService } from '@nestjs/jwt';
import request from 'supertest';
import { Client } from 'pg';
import { startTestApp, TestApp } from './support/test-app';
import { api, listUrl, tokenFor } from './support/http';

type Role = 'rpo' | 'analyst' | 'approver' | 'admin';
const ROLES: Role[] = ['rpo', 'analyst', 'approver', 'admin'];
const LOGINS: Record<Role, string> = { rpo: 'rpo-north-kazakhstan', analyst: 'analyst', approver: 'approver', admin: 'admin' };

describe('access by role and region', () => {
  let app: TestApp;
  let db: Client;
  const as = {} as Record<Role, ReturnType<typeof api>>;
  let own: number;
  let other: number;
  const ids = {} as Record<string, number>;

  async function one(sql: string, params: unknown[] = []): Promise<number> {
    const { rows } = await db.query(sql, params);
    return rows[0].id;
  }

  beforeAll(async () => {
    app = await startTestApp();
    db = new Client({ connectionString: app.databaseUrl });
    await db.connect();
    for (const role of ROLES) as[role] = api(app, await tokenFor(app, LOGINS[role]));
    own = await one(`SELECT id FROM regions WHERE code = 'north-kazakhstan'`);
    other = await one(`SELECT id FROM regions WHERE code = 'aktobe'`);
    ids.ownMaterial = await one('SELECT id FROM materials WHERE region_id = $1 LIMIT 1', [own]);
    ids.otherMaterial = await one('SELECT id FROM materials WHERE region_id = $1 LIMIT 1', [other]);
    ids.ownOutlet = await one(`SELECT id FROM outlets WHERE region_id = $1 AND kind = 'print' LIMIT 1`, [own]);
    ids.otherOutlet = await one(`SELECT id FROM outlets WHERE region_id = $1 LIMIT 1`, [other]);
    ids.republicanOutlet = await one(`SELECT id FROM outlets WHERE level = 'republican' LIMIT 1`);
    ids.ownPlan = await one(`INSERT INTO media_plans (region_id, year, title) VALUES ($1, 2031, 'Own') RETURNING id`, [own]);
    ids.otherPlan = await one(`INSERT INTO media_plans (region_id, year, title) VALUES ($1, 2031, 'Other') RETURNING id`, [other]);
    ids.republicanPlan = await one(`INSERT INTO media_plans (region_id, year, title) VALUES (NULL, 2031, 'Republican') RETURNING id`);
    ids.otherItem = await one(
      `INSERT INTO media_plan_items (media_plan_id, topic, format, channel, planned_count) VALUES ($1, 'Тема', 'article', 'print', 3) RETURNING id`,
      [ids.otherPlan],
    );
  });

  afterAll(async () => {
    await db.end();
    await app.close();
  });

  const material = (regionId: number, outletId: number) => ({
    regionId,
    outletId,
    title: 'Проверка доступа',
    language: 'ru',
    format: 'article',
    publishedOn: '2021-03-03',
  });

  describe('materials', () => {
    it.each([
      ['rpo', 201],
      ['analyst', 403],
      ['approver', 403],
      ['admin', 201],
    ] as const)('%s creating in the own region gets %i', async (role, status) => {
      await as[role].post('/api/materials', material(own, ids.ownOutlet)).expect(status);
    });

    it('refuses an RPO editor creating in or moving to another region with 403', async () => {
      await as.rpo.post('/api/materials', material(other, ids.otherOutlet)).expect(403);
      const created = await as.rpo.post('/api/materials', material(own, ids.republicanOutlet)).expect(201);
      await as.rpo.put(`/api/materials/${created.body.id}`, { ...created.body, regionId: other }).expect(403);
      const stored = await db.query('SELECT region_id FROM materials WHERE id = $1', [created.body.id]);
      expect(stored.rows[0].region_id).toBe(own);
    });

    it.each([
      ['rpo', 404, 200],
      ['analyst', 200, 200],
      ['approver', 200, 200],
      ['admin', 200, 200],
    ] as const)("%s reading another region's material gets %i, its own %i", async (role, otherStatus, ownStatus) => {
      await as[role].get(`/api/materials/${ids.otherMaterial}`).expect(otherStatus);
      await as[role].get(`/api/materials/${ids.ownMaterial}`).expect(ownStatus);
    });

    it("hides another region's material from an RPO editor's update and delete (404) and keeps it", async () => {
      const current = await as.admin.get(`/api/materials/${ids.otherMaterial}`).expect(200);
      await as.rpo.put(`/api/materials/${ids.otherMaterial}`, { ...current.body, title: 'взлом' }).expect(404);
      await as.rpo.delete(`/api/materials/${ids.otherMaterial}`).expect(404);
      const after = await as.admin.get(`/api/materials/${ids.otherMaterial}`).expect(200);
      expect(after.body).toEqual(current.body);
    });

    it('refuses analysts and approvers any change with 403', async () => {
      const current = await as.admin.get(`/api/materials/${ids.ownMaterial}`).expect(200);
      for (const role of ['analyst', 'approver'] as const) {
        await as[role].put(`/api/materials/${ids.ownMaterial}`, current.body).expect(403);
        await as[role].delete(`/api/materials/${ids.ownMaterial}`).expect(403);
      }
    });

    it("limits an RPO editor's lists to their region whatever the filter says", async () => {
      const all = await as.rpo.get(listUrl('materials', { range: [0, 999] })).expect(200);
      expect(all.body.length).toBeGreaterThan(0);
      expect(all.body.every((m: { regionId: number }) => m.regionId === own)).toBe(true);
      const { rows } = await db.query('SELECT count(*)::int AS n FROM materials WHERE region_id = $1', [own]);
      expect(all.headers['content-range']).toMatch(new RegExp(`/${rows[0].n}$`));
      const foreign = await as.rpo.get(listUrl('materials', { filter: { regionId: other } })).expect(200);
      expect(foreign.body).toEqual([]);
      const many = await as.rpo.get(listUrl('materials', { filter: { id: [ids.otherMaterial, ids.ownMaterial] } })).expect(200);
      expect(many.body.map((m: { id: number }) => m.id)).toEqual([ids.ownMaterial]);
    });
  });

  describe('outlets and rubrics', () => {
    const outlet = (regionId: number | null, level = 'regional') => ({ name: `Тест ${Math.random()}`, kind: 'internet', level, regionId });

    it.each([
      ['rpo', 201],
      ['analyst', 403],
      ['approver', 403],
      ['admin', 201],
    ] as const)('%s creating a regional outlet of the own region gets %i', async (role, status) => {
      await as[role].post('/api/outlets', outlet(own)).expect(status);
    });

    it('lets an RPO editor read every outlet but write only those of their region', async () => {
      await as.rpo.get(`/api/outlets/${ids.otherOutlet}`).expect(200);
      await as.rpo.post('/api/outlets', outlet(other)).expect(403);
      await as.rpo.post('/api/outlets', outlet(null, 'republican')).expect(403);
      const theirs = await as.rpo.get(`/api/outlets/${ids.otherOutlet}`).expect(200);
      await as.rpo.put(`/api/outlets/${ids.otherOutlet}`, { ...theirs.body, name: 'чужое' }).expect(403);
      await as.rpo.post('/api/rubrics', { outletId: ids.ownOutlet, name: `Рубрика ${Math.random()}` }).expect(201);
      await as.rpo.post('/api/rubrics', { outletId: ids.otherOutlet, name: 'Чужая рубрика' }).expect(403);
      await as.rpo.post('/api/rubrics', { outletId: ids.republicanOutlet, name: 'Республиканская' }).expect(403);
    });
  });

  describe.each(['regions', 'directions', 'special-projects', 'target-audiences'])('reference data: %s', (resource) => {
    it.each([
      ['rpo', 403],
      ['analyst', 403],
      ['approver', 403],
    ] as const)('is read by everyone and changed by nobody but the admin (%s gets %i)', async (role, status) => {
      const list = await as[role].get(`/api/${resource}`).expect(200);
      const record = list.body[0];
      await as[role].put(`/api/${resource}/${record.id}`, record).expect(status);
      await as[role].delete(`/api/${resource}/${record.id}`).expect(status);
    });

    it('lets the admin change it', async () => {
      const list = await as.admin.get(`/api/${resource}`).expect(200);
      const record = list.body[0];
      const res = await as.admin.put(`/api/${resource}/${record.id}`, { ...record, nameEn: `${record.nameEn} ` }).expect(200);
      await as.admin.put(`/api/${resource}/${record.id}`, { ...res.body, nameEn: record.nameEn }).expect(200);
    });
  });

  describe('media plans and items', () => {
    it.each([
      ['rpo', 404],
      ['analyst', 200],
      ['approver', 200],
      ['admin', 200],
    ] as const)("%s reading another region's plan and its item gets %i", async (role, status) => {
      await as[role].get(`/api/media-plans/${ids.otherPlan}`).expect(status);
      await as[role].get(`/api/media-plan-items/${ids.otherItem}`).expect(status);
    });

    it("lets an RPO editor draft their own region's plan items only", async () => {
      const item = { topic: 'Туған жер', format: 'article', channel: 'print', plannedCount: 5, plannedQuarter: 2 };
      await as.rpo.post('/api/media-plan-items', { ...item, mediaPlanId: ids.ownPlan }).expect(201);
      await as.rpo.post('/api/media-plan-items', { ...item, mediaPlanId: ids.otherPlan }).expect(403);
      await as.rpo.post('/api/media-plan-items', { ...item, mediaPlanId: ids.republicanPlan }).expect(403);
      await as.analyst.post('/api/media-plan-items', { ...item, mediaPlanId: ids.ownPlan }).expect(403);
      await as.approver.post('/api/media-plan-items', { ...item, mediaPlanId: ids.republicanPlan }).expect(201);
      await as.approver.post('/api/media-plan-items', { ...item, mediaPlanId: ids.ownPlan }).expect(403);
      const plans = await as.rpo.get(listUrl('media-plans', { range: [0, 99] })).expect(200);
      expect(plans.body.every((p: { regionId: number | null }) => p.regionId === own || p.regionId === null)).toBe(true);
      expect(plans.body.some((p: { regionId: number | null }) => p.regionId === null)).toBe(true);
      await as.rpo.get(`/api/media-plans/${ids.republicanPlan}`).expect(200);
    });

    it('creates a plan in the own region for an RPO editor and the republican one for an approver', async () => {
      const rpoPlan = await as.rpo.post('/api/media-plans', { year: 2032, title: 'План' }).expect(201);
      expect(rpoPlan.body).toMatchObject({ regionId: own, status: 'draft' });
      await as.rpo.post('/api/media-plans', { year: 2033, title: 'Чужой', regionId: other }).expect(403);
      await as.approver.post('/api/media-plans', { year: 2032, title: 'Республиканский', regionId: null }).expect(201);
      await as.approver.post('/api/media-plans', { year: 2034, title: 'Региональный', regionId: other }).expect(403);
    });
  });

  describe('users and accounts', () => {
    it.each([
      ['rpo', 403],
      ['analyst', 403],
      ['approver', 403],
      ['admin', 200],
    ] as const)('%s listing users gets %i', async (role, status) => {
      await as[role].get('/api/users').expect(status);
    });

    it.each([
      ['rpo', 403],
      ['analyst', 403],
      ['approver', 403],
      ['admin', 200],
    ] as const)('%s reading a user by id gets %i', async (role, status) => {
      await as[role].get('/api/users/1').expect(status);
    });

    it('never returns a password hash', async () => {
      const res = await as.admin.get(listUrl('users', { range: [0, 99] })).expect(200);
      expect(JSON.stringify(res.body)).not.toMatch(/passwordHash|\$2[aby]\$/);
    });

    it('lets an admin create a user who can then sign in, and deactivate them at once', async () => {
      const created = await as.admin
        .post('/api/users', {
          login: 'new.editor',
          password: 'secret-pass-1',
          fullName: 'Жаңа редактор',
          role: 'rpo_editor',
          regionId: own,
        })
        .expect(201);
      const token = await tokenFor(app, 'new.editor', 'secret-pass-1');
      await api(app, token).get('/api/auth/me').expect(200);
      await api(app, token).get(`/api/materials/${ids.ownMaterial}`).expect(200);
      await as.admin.put(`/api/users/${created.body.id}`, { ...created.body, active: false }).expect(200);
      await api(app, token).get('/api/auth/me').expect(401);
      const read = await api(app, token).get(`/api/materials/${ids.ownMaterial}`).expect(401);
      expect(read.body.message).toMatch(/inactive/);
      await api(app, token).get(`/api/materials/${ids.otherMaterial}`).expect(401);
      await api(app, token).get('/api/materials/2147483647').expect(401);
      await api(app, token).post('/api/materials', material(own, ids.ownOutlet)).expect(401);
      await request(app.url).post('/api/auth/login').send({ login: 'new.editor', password: 'secret-pass-1' }).expect(401);
    });

    it('requires a region for an RPO editor and none for other roles', async () => {
      const a = await as.admin
        .post('/api/users', { login: 'no.region', password: 'secret-pass-1', fullName: 'X', role: 'rpo_editor' })
        .expect(400);
      expect(JSON.stringify(a.body.message)).toContain('regionId');
      await as.admin
        .post('/api/users', { login: 'bad.analyst', password: 'secret-pass-1', fullName: 'X', role: 'analyst', regionId: own })
        .expect(400);
    });

    it('lets a user change their language and their password with the old one', async () => {
      const me = api(app, await tokenFor(app, 'rpo-aktobe'));
      const updated = await me.put('/api/auth/me', { locale: 'kk' }).expect(200);
      expect(updated.body.locale).toBe('kk');
      await me.post('/api/auth/password', { oldPassword: 'wrong', newPassword: 'new-password-1' }).expect(400);
      const changed = await me.post('/api/auth/password', { oldPassword: 'demo12345', newPassword: 'new-password-1' }).expect(200);
      await api(app, changed.body.accessToken).get('/api/auth/me').expect(200);
      await tokenFor(app, 'rpo-aktobe', 'new-password-1');
    });
  });

  describe('audit trail', () => {
    it('records exactly the changed fields of an update, with before and after', async () => {
      const current = await as.rpo.get(`/api/materials/${ids.ownMaterial}`).expect(200);
      await as.rpo.put(`/api/materials/${ids.ownMaterial}`, { ...current.body, title: 'Жаңа тақырып', views: 77 }).expect(200);
      const events = await as.admin
        .get(listUrl('audit-events', { filter: { resource: 'materials', recordId: ids.ownMaterial, action: 'update' } }))
        .expect(200);
      expect(events.body).toHaveLength(1);
      expect(events.body[0].changes).toEqual({
        title: { before: current.body.title, after: 'Жаңа тақырып' },
        views: { before: current.body.views, after: 77 },
      });
      expect(events.body[0]).toMatchObject({ regionId: own });
    });

    it("shows an RPO editor only their region's events, and offers no way to change them", async () => {
      const mine = await as.rpo.get(listUrl('audit-events', { range: [0, 999] })).expect(200);
      expect(mine.body.every((e: { regionId: number }) => e.regionId === own)).toBe(true);
      const all = await as.analyst.get(listUrl('audit-events', { range: [0, 999] })).expect(200);
      expect(all.body.some((e: { regionId: number | null }) => e.regionId !== own)).toBe(true);
      const id = all.body[0].id;
      await as.admin.put(`/api/audit-events/${id}`, {}).expect(404);
      await as.admin.delete(`/api/audit-events/${id}`).expect(404);
      await as.admin.post('/api/audit-events', {}).expect(404);
    });
  });

  describe('rollups', () => {
    it("gives an RPO editor their own region's count whatever regionId says", async () => {
      const mine = await as.rpo.get(`/api/rollups/national?from=2020-01-01&to=2020-12-31&regionId=${other}`).expect(200);
      const { rows } = await db.query(
        `SELECT count(*)::int AS n FROM materials WHERE region_id = $1 AND published_on BETWEEN '2020-01-01' AND '2020-12-31'`,
        [own],
      );
      expect(mine.body.total).toBe(rows[0].n);
      const grouped = await as.rpo.get('/api/rollups?groupBy=regionId&from=2020-01-01&to=2020-12-31').expect(200);
      expect(grouped.body).toEqual([{ regionId: own, count: rows[0].n }]);
    });
  });

  describe('sign-in', () => {
    it.each([
      '/api/materials',
      '/api/materials/1',
      '/api/outlets',
      '/api/rubrics',
      '/api/regions',
      '/api/directions',
      '/api/special-projects',
      '/api/target-audiences',
      '/api/media-plans',
      '/api/media-plan-items',
      '/api/users',
      '/api/audit-events',
      '/api/auth/me',
      '/api/rollups/national?from=2020-01-01&to=2020-12-31',
      '/api/rollups?groupBy=year',
    ])('answers %s with 401 without a token', async (path) => {
      await request(app.url).get(path).expect(401);
    });

    it('refuses a read by id with 401 when the token is forged or its user does not exist', async () => {
      const [header, payload] = (await tokenFor(app, 'analyst')).split('.');
      const forged = `${header}.${payload}.${Buffer.from('not the signature').toString('base64url')}`;
      await api(app, forged).get(`/api/materials/${ids.ownMaterial}`).expect(401);
      const nobody = await app.app.get(JwtService).signAsync({ sub: 2147483647, gen: 0 });
      const res = await api(app, nobody).get(`/api/materials/${ids.ownMaterial}`).expect(401);
      expect(res.body.message).toMatch(/no longer exists/);
    });

    it('answers health and the docs without a token', async () => {
      await request(app.url).get('/api/health').expect(200);
      await request(app.url).get('/api/docs-json').expect(200);
    });
  });
});
