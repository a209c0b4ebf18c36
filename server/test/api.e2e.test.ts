import { JwtService } from '@nestjs/jwt';
import request from 'supertest';
import { Client } from 'pg';
import { startTestApp, TestApp } from './support/test-app';
import { diff } from '../src/common/audit';
import { api, listUrl, tokenFor } from './support/http';

describe('API over the demo dataset', () => {
  let app: TestApp;
  let db: Client;
  let analyst: ReturnType<typeof api>;
  let admin: ReturnType<typeof api>;

  beforeAll(async () => {
    app = await startTestApp();
    db = new Client({ connectionString: app.databaseUrl });
    await db.connect();
    analyst = api(app, await tokenFor(app, 'analyst'));
    admin = api(app, await tokenFor(app, 'admin'));
  });

  afterAll(async () => {
    await db.end();
    await app.close();
  });

  describe('health and sign-in', () => {
    it('reports the database up without a token', async () => {
      const res = await request(app.url).get('/api/health').expect(200);
      expect(res.body).toEqual({ status: 'ok', db: 'up', replicas: [] });
    });

    it('signs in a demo account and returns the user without secrets', async () => {
      const res = await request(app.url).post('/api/auth/login').send({ login: 'rpo-north-kazakhstan', password: 'demo12345' }).expect(200);
      expect(typeof res.body.accessToken).toBe('string');
      expect(res.body.user).toMatchObject({ login: 'rpo-north-kazakhstan', role: 'rpo_editor' });
      expect(res.body.user.regionId).toEqual(expect.any(Number));
      expect(JSON.stringify(res.body)).not.toMatch(/password|hash/i);
    });

    it('answers a wrong password and an unknown login with the same 401', async () => {
      const wrongPassword = await request(app.url).post('/api/auth/login').send({ login: 'analyst', password: 'nope-nope' }).expect(401);
      const unknown = await request(app.url).post('/api/auth/login').send({ login: 'nobody', password: 'nope-nope' }).expect(401);
      expect(wrongPassword.body).toEqual(unknown.body);
    });

    it('refuses the API without a token and with a forged one', async () => {
      await request(app.url).get('/api/materials').expect(401);
      await request(app.url).get('/api/materials').set('Authorization', 'Bearer abc.def.ghi').expect(401);
    });

    it('refuses a token that has expired or was signed with another secret', async () => {
      const now = Math.floor(Date.now() / 1000);
      const expired = new JwtService({ secret: 'test-secret-that-is-long-enough' }).sign({
        sub: 1,
        gen: 0,
        iat: now - 7200,
        exp: now - 60,
      });
      const res = await request(app.url).get('/api/materials').set('Authorization', `Bearer ${expired}`).expect(401);
      expect(res.body.message).toMatch(/expired/);
      const foreign = new JwtService({ secret: 'another-secret-of-enough-length' }).sign({ sub: 1, gen: 0 }, { expiresIn: '1h' });
      await request(app.url).get('/api/materials').set('Authorization', `Bearer ${foreign}`).expect(401);
    });

    it('refuses a token that expires after it was first accepted, on a list and on a read by id', async () => {
      const shortLived = await app.app.get(JwtService).signAsync({ sub: 1, gen: 0 }, { expiresIn: '2s' });
      await request(app.url).get('/api/materials/1').set('Authorization', `Bearer ${shortLived}`).expect(200);
      await request(app.url).get('/api/materials').set('Authorization', `Bearer ${shortLived}`).expect(200);
      await new Promise((resolve) => setTimeout(resolve, 2100));
      await request(app.url).get('/api/materials/1').set('Authorization', `Bearer ${shortLived}`).expect(401);
      const res = await request(app.url).get('/api/materials').set('Authorization', `Bearer ${shortLived}`).expect(401);
      expect(res.body.message).toMatch(/expired/);
    });

    it('tells who is signed in', async () => {
      const res = await analyst.get('/api/auth/me').expect(200);
      expect(res.body).toMatchObject({ login: 'analyst', role: 'analyst', regionId: null });
    });
  });

  describe('the national count', () => {
    it('gives the guide table for 2020 exactly', async () => {
      const res = await analyst.get('/api/rollups/national?from=2020-01-01&to=2020-12-31').expect(200);
      expect(res.body).toEqual({
        from: '2020-01-01',
        to: '2020-12-31',
        total: 9365,
        republican: { total: 1942, tv: 924, radio: 0, print: 1018 },
        regional: { total: 3271, tv: 1107, radio: 0, print: 2164 },
        internet: 1325,
        social: 2827,
      });
    });

    it('equals a raw count for one region and one quarter', async () => {
      const { rows } = await db.query(
        `SELECT region_id, count(*)::int AS n FROM materials WHERE published_on BETWEEN '2020-04-01' AND '2020-06-30' GROUP BY 1 ORDER BY 1 LIMIT 1`,
      );
      const res = await analyst.get(`/api/rollups/national?from=2020-04-01&to=2020-06-30&regionId=${rows[0].region_id}`).expect(200);
      expect(res.body.total).toBe(rows[0].n);
    });

    it('reconciles groupings: regions and months each add up to the year', async () => {
      const byRegion = await analyst.get('/api/rollups?groupBy=regionId&from=2020-01-01&to=2020-12-31').expect(200);
      const byMonth = await analyst.get('/api/rollups?groupBy=month&from=2020-01-01&to=2020-12-31').expect(200);
      const sum = (rows: { count: number }[]) => rows.reduce((s, r) => s + r.count, 0);
      expect(byRegion.body).toHaveLength(17);
      expect(byMonth.body).toHaveLength(12);
      expect(sum(byRegion.body)).toBe(9365);
      expect(sum(byMonth.body)).toBe(9365);
    });

    it('groups by two keys with a filter', async () => {
      const res = await analyst
        .get(`/api/rollups?groupBy=regionId,channel&from=2020-01-01&to=2020-12-31&filter=${encodeURIComponent('{"channel":"tv"}')}`)
        .expect(200);
      expect(res.body.every((r: { channel: string }) => r.channel === 'tv')).toBe(true);
      expect(res.body.reduce((s: number, r: { count: number }) => s + r.count, 0)).toBe(924 + 1107);
    });

    it('lists the years that have data', async () => {
      const res = await analyst.get('/api/rollups?groupBy=year').expect(200);
      expect(res.body).toContainEqual({ year: 2020, count: 9365 });
    });

    it('rejects an unknown groupBy key, a reversed period and a bad date with 400', async () => {
      const bad = await analyst.get('/api/rollups?groupBy=colour').expect(400);
      expect(JSON.stringify(bad.body.message)).toMatch(/groupBy/);
      await analyst.get('/api/rollups/national?from=2020-12-31&to=2020-01-01').expect(400);
      const date = await analyst.get('/api/rollups/national?from=2020-02-30&to=2020-12-31').expect(400);
      expect(JSON.stringify(date.body.message)).toMatch(/from/);
    });
  });

  describe('lists in the ra-data-simple-rest dialect', () => {
    it('pages, sorts and tells the total in Content-Range', async () => {
      const res = await analyst.get(listUrl('materials', { sort: ['publishedOn', 'DESC'], range: [0, 24], filter: {} })).expect(200);
      expect(res.body).toHaveLength(25);
      expect(res.headers['content-range']).toBe('materials 0-24/9365');
      expect(res.headers['access-control-expose-headers']).toMatch(/Content-Range/i);
      const dates = res.body.map((m: { publishedOn: string }) => m.publishedOn);
      expect([...dates].sort().reverse()).toEqual(dates);
    });

    it('filters by region, channel and period', async () => {
      const { rows } = await db.query(
        `SELECT count(*)::int AS n FROM materials WHERE region_id = 1 AND channel IN ('tv','print') AND published_on BETWEEN '2020-03-01' AND '2020-05-31'`,
      );
      const res = await analyst
        .get(
          listUrl('materials', {
            range: [0, 9],
            filter: { regionId: 1, channel: ['tv', 'print'], publishedFrom: '2020-03-01', publishedTo: '2020-05-31' },
          }),
        )
        .expect(200);
      expect(res.headers['content-range']).toMatch(new RegExp(`/${rows[0].n}$`));
    });

    it('searches Kazakh and Russian text case-insensitively', async () => {
      const regions = await analyst.get(listUrl('regions', { filter: { q: 'СОЛТҮСТІК' } })).expect(200);
      expect(regions.body.map((r: { code: string }) => r.code)).toEqual(['north-kazakhstan']);
      const ru = await analyst.get(listUrl('regions', { filter: { q: 'северо-казахстанская' } })).expect(200);
      expect(ru.body.map((r: { code: string }) => r.code)).toEqual(['north-kazakhstan']);
    });

    it('answers getMany without a range with every asked record', async () => {
      const ids = Array.from({ length: 40 }, (_, i) => i + 1);
      const res = await analyst.get(listUrl('materials', { filter: { id: ids } })).expect(200);
      expect(res.body).toHaveLength(40);
    });

    it.each([
      ['sort', { sort: ['colour', 'ASC'] }],
      ['sort', { sort: ['title', 'UP'] }],
      ['sort', { sort: '[oops' }],
      ['range', { range: [10, 0] }],
      ['range', { range: [-1, 5] }],
      ['range', { range: [0, 5000] }],
      ['filter', { filter: { colour: 'red' } }],
      ['filter', { filter: { regionId: 'north' } }],
      ['filter', { filter: { publishedFrom: '2020-02-30' } }],
      ['filter', { filter: '{nope' }],
    ])('rejects a malformed %s with 400 naming it', async (param, query) => {
      const res = await analyst.get(listUrl('materials', query)).expect(400);
      expect(JSON.stringify(res.body.message)).toContain(param);
      expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    });

    it.each(['materials', 'media-plan-items', 'media-plans', 'outlets', 'users'])(
      'reads a record of %s by id exactly as its list shows it',
      async (resource) => {
        const { rows } = await db.query(`SELECT min(id) AS first, max(id) AS last FROM ${resource.replace(/-/g, '_')}`);
        for (const id of [rows[0].first, rows[0].last]) {
          const listed = await admin.get(listUrl(resource, { filter: { id: [id] } })).expect(200);
          const one = await admin.get(`/api/${resource}/${id}`).expect(200);
          expect(JSON.stringify(one.body)).toBe(JSON.stringify(listed.body[0]));
        }
      },
    );

    it('answers 404 for a missing record and 400 for a bad id', async () => {
      await analyst.get('/api/materials/99999999').expect(404);
      await analyst.get('/api/materials/abc').expect(400);
    });

    it('lists the reference data', async () => {
      const regions = await analyst.get(listUrl('regions', { range: [0, 99] })).expect(200);
      expect(regions.body).toHaveLength(20);
      const directions = await analyst.get('/api/directions').expect(200);
      expect(directions.body).toHaveLength(3);
      const audiences = await analyst.get('/api/target-audiences').expect(200);
      expect(audiences.body).toHaveLength(5);
    });
  });

  describe('writing materials', () => {
    let editor: ReturnType<typeof api>;
    let regionId: number;
    let outletId: number;

    beforeAll(async () => {
      const login = await request(app.url)
        .post('/api/auth/login')
        .send({ login: 'rpo-north-kazakhstan', password: 'demo12345' })
        .expect(200);
      editor = api(app, login.body.accessToken);
      regionId = login.body.user.regionId;
      const { rows } = await db.query(`SELECT id FROM outlets WHERE region_id = $1 AND kind = 'print' ORDER BY id LIMIT 1`, [regionId]);
      outletId = rows[0].id;
    });

    it('creates a material, copies channel and level from its outlet, counts it and audits it', async () => {
      const res = await editor
        .post('/api/materials', {
          outletId,
          title: 'Туған жер: ауыл тарихы',
          language: 'kk',
          format: 'article',
          publishedOn: '2020-07-15',
          targetAudienceIds: [1, 3],
        })
        .expect(201);
      expect(res.body).toMatchObject({
        regionId,
        outletId,
        channel: 'print',
        mediaLevel: 'regional',
        version: 1,
        targetAudienceIds: [1, 3],
      });
      const stored = await db.query('SELECT channel, media_level, created_by_id FROM materials WHERE id = $1', [res.body.id]);
      expect(stored.rows[0]).toMatchObject({ channel: 'print', media_level: 'regional' });
      const audit = await db.query(
        `SELECT action, user_id, region_id, changes FROM audit_events WHERE resource = 'materials' AND record_id = $1`,
        [res.body.id],
      );
      expect(audit.rows).toHaveLength(1);
      expect(audit.rows[0]).toMatchObject({ action: 'create', user_id: stored.rows[0].created_by_id, region_id: regionId });
      const { evidenceCount: _files, ...fields } = res.body;
      expect(audit.rows[0].changes).toEqual(diff(null, fields));
      expect(audit.rows[0].changes.title).toEqual({ before: null, after: 'Туған жер: ауыл тарихы' });
      expect((await editor.get(`/api/materials/${res.body.id}`).expect(200)).body).toEqual(res.body);
      const events = await admin.get(listUrl('audit-events', { filter: { resource: 'materials', recordId: res.body.id } })).expect(200);
      expect(events.body).toHaveLength(1);
      expect((await admin.get(`/api/audit-events/${events.body[0].id}`).expect(200)).body).toEqual(events.body[0]);
      const count = await analyst.get('/api/rollups/national?from=2020-01-01&to=2020-12-31').expect(200);
      expect(count.body.total).toBe(9366);
      expect(count.body.regional.print).toBe(2165);
      await editor.delete(`/api/materials/${res.body.id}`).expect(200);
    });

    it('updates with the current version and refuses a stale one with 409', async () => {
      const created = await editor
        .post('/api/materials', { outletId, title: 'Версия 1', language: 'ru', format: 'interview', publishedOn: '2021-02-01' })
        .expect(201);
      const updated = await editor.put(`/api/materials/${created.body.id}`, { ...created.body, title: 'Версия 2' }).expect(200);
      expect(updated.body).toMatchObject({ title: 'Версия 2', version: 2 });
      const stale = await editor.put(`/api/materials/${created.body.id}`, { ...created.body, title: 'Версия 3' }).expect(409);
      expect(stale.body.current).toMatchObject({ title: 'Версия 2', version: 2 });
      const stored = await db.query('SELECT title FROM materials WHERE id = $1', [created.body.id]);
      expect(stored.rows[0].title).toBe('Версия 2');
      const deleted = await editor.delete(`/api/materials/${created.body.id}`).set('Content-Type', 'text/plain').expect(200);
      expect(deleted.body.id).toBe(created.body.id);
      await editor.get(`/api/materials/${created.body.id}`).expect(404);
    });

    it.each([
      ['colour', { colour: 'red' }],
      ['publishedOn', { publishedOn: '2020-02-30' }],
      ['language', { language: 'fr' }],
      ['outletId', { outletId: 99999999 }],
      ['title', { title: 42 }],
      ['views', { views: -5 }],
      ['targetAudienceIds', { targetAudienceIds: [999] }],
    ])('rejects a bad %s with 400 naming it and saves nothing', async (field, patch) => {
      const before = await db.query('SELECT count(*)::int AS n FROM materials');
      const res = await editor
        .post('/api/materials', { outletId, title: 'Плохой ввод', language: 'ru', format: 'article', publishedOn: '2020-05-05', ...patch })
        .expect(400);
      expect(JSON.stringify(res.body.message)).toContain(field);
      const after = await db.query('SELECT count(*)::int AS n FROM materials');
      expect(after.rows[0].n).toBe(before.rows[0].n);
    });

    it('refuses a rubric of another outlet and a missing one with 400, and takes duplicate audiences once', async () => {
      const { rows } = await db.query('SELECT id FROM rubrics WHERE outlet_id <> $1 LIMIT 1', [outletId]);
      const body = { outletId, title: 'Рубрика', language: 'ru', format: 'article', publishedOn: '2020-05-05' };
      const foreign = await editor.post('/api/materials', { ...body, rubricId: rows[0].id }).expect(400);
      expect(foreign.body.message).toEqual(['rubricId: the rubric belongs to another outlet']);
      const missing = await editor.post('/api/materials', { ...body, rubricId: 99999999 }).expect(400);
      expect(missing.body.message).toEqual(['rubricId: no such rubric']);
      const created = await editor.post('/api/materials', { ...body, targetAudienceIds: [3, 1, 3] }).expect(201);
      expect(created.body.targetAudienceIds).toEqual([1, 3]);
      await editor.delete(`/api/materials/${created.body.id}`).expect(200);
    });

    it("refuses another region's outlet", async () => {
      const { rows } = await db.query(`SELECT id FROM outlets WHERE region_id <> $1 AND level = 'regional' LIMIT 1`, [regionId]);
      const res = await admin
        .post('/api/materials', {
          regionId,
          outletId: rows[0].id,
          title: 'Чужой',
          language: 'ru',
          format: 'article',
          publishedOn: '2020-05-05',
        })
        .expect(400);
      expect(JSON.stringify(res.body.message)).toContain('outletId');
    });
  });

  describe('OpenAPI and UI', () => {
    it('serves the OpenAPI document and its UI', async () => {
      const doc = await request(app.url).get('/api/docs-json').expect(200);
      expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/api/materials', '/api/rollups/national', '/api/auth/login']));
      await request(app.url)
        .get('/api/docs')
        .expect((r) => expect([200, 301, 302]).toContain(r.status));
    });
  });
});
