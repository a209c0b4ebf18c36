import fc from 'fast-check';
import request from 'supertest';
import { Client } from 'pg';
import { startTestApp, TestApp } from './support/test-app';
import { api, listUrl, tokenFor } from './support/http';

describe('hardening', () => {
  let app: TestApp;
  let db: Client;
  let rpo: ReturnType<typeof api>;
  let approver: ReturnType<typeof api>;

  beforeAll(async () => {
    app = await startTestApp({ CORS_ORIGINS: 'https://ministry.example' });
    db = new Client({ connectionString: app.databaseUrl });
    await db.connect();
    rpo = api(app, await tokenFor(app, 'rpo-north-kazakhstan'));
    approver = api(app, await tokenFor(app, 'approver'));
  });

  afterAll(async () => {
    await db.end();
    await app.close();
  });

  /** The region of the RPO editor signed in as `rpo`, as SQL. */
  const NK = `(SELECT id FROM regions WHERE code = 'north-kazakhstan')`;
  const firstId = async (sql: string): Promise<number> => (await db.query(sql)).rows[0].id;
  const ownOutlet = () => firstId(`SELECT id FROM outlets WHERE region_id = ${NK} ORDER BY id LIMIT 1`);

  async function tableCounts(): Promise<Record<string, number>> {
    const { rows } = await db.query(`
      SELECT (SELECT count(*)::int FROM materials) AS materials, (SELECT count(*)::int FROM outlets) AS outlets,
             (SELECT count(*)::int FROM media_plans) AS plans, (SELECT count(*)::int FROM media_plan_items) AS items,
             (SELECT count(*)::int FROM audit_events) AS audit, (SELECT coalesce(sum(n), 0)::int FROM material_daily_counts) AS counted`);
    return rows[0];
  }

  it('sends security headers and opens CORS only to the allow-listed origins', async () => {
    const res = await request(app.url).get('/api/health').set('Origin', 'https://evil.example').expect(200);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    const allowed = await request(app.url).get('/api/health').set('Origin', 'https://ministry.example').expect(200);
    expect(allowed.headers['access-control-allow-origin']).toBe('https://ministry.example');
  });

  it('answers a JSON body over 1 MB with 413 and saves nothing', async () => {
    const before = await tableCounts();
    const res = await rpo.post('/api/materials', { title: 'x'.repeat(1_100_000) }).expect(413);
    expect(res.body.statusCode).toBe(413);
    expect(await tableCounts()).toEqual(before);
  });

  it('answers generated bad input on every write with a 4xx JSON error and leaves the database unchanged', async () => {
    const before = await tableCounts();
    const hostile = fc.oneof(
      fc.string({ maxLength: 50 }),
      fc.constantFrom(
        "'; DROP TABLE materials; --",
        '<script>alert(1)</script>',
        '\u0000\u0001\u0002',
        '\uD800',
        '2020-02-30',
        '-1',
        'NaN',
      ),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.integer(), { maxLength: 3 }),
      fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 3 }),
    );
    const body = fc.dictionary(
      fc.constantFrom(
        'title',
        'outletId',
        'publishedOn',
        'language',
        'format',
        'regionId',
        'views',
        'targetAudienceIds',
        'version',
        'colour',
        'id',
        'topic',
        'plannedCount',
        'mediaPlanId',
        'year',
        'name',
        'kind',
        'level',
      ),
      hostile,
      { maxKeys: 6 },
    );
    const route = fc.constantFrom(
      ['post', '/api/materials'],
      ['put', '/api/materials/1'],
      ['post', '/api/outlets'],
      ['post', '/api/media-plans'],
      ['post', '/api/media-plan-items'],
      ['put', '/api/media-plan-items/999999'],
      ['post', '/api/media-plans/1/return'],
    );
    await fc.assert(
      fc.asyncProperty(route, body, async ([method, path], payload) => {
        const res = method === 'post' ? await rpo.post(path, payload) : await rpo.put(path, payload);
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
        expect(res.body).toMatchObject({ statusCode: res.status, message: expect.anything() });
        expect(JSON.stringify(res.body)).not.toMatch(/at \w+ \(|QueryFailedError|SELECT |INSERT /);
      }),
      { numRuns: 150 },
    );
    expect(await tableCounts()).toEqual(before);
  });

  it('answers a stored record with one field replaced by generated bad input, on create and update, never with 5xx', async () => {
    const clients = { rpo, admin: api(app, await tokenFor(app, 'admin')) };
    const records: [keyof typeof clients, string, number][] = [
      ['rpo', 'materials', await firstId(`SELECT id FROM materials WHERE region_id = ${NK} ORDER BY id LIMIT 1`)],
      ['rpo', 'outlets', await ownOutlet()],
      [
        'rpo',
        'rubrics',
        await firstId(`SELECT r.id FROM rubrics r JOIN outlets o ON o.id = r.outlet_id WHERE o.region_id = ${NK} ORDER BY r.id LIMIT 1`),
      ],
      [
        'rpo',
        'media-plan-items',
        await firstId(
          `SELECT i.id FROM media_plan_items i JOIN media_plans p ON p.id = i.media_plan_id WHERE p.region_id = ${NK} ORDER BY p.status IN ('draft', 'returned') DESC, i.id LIMIT 1`,
        ),
      ],
      ['admin', 'users', await firstId(`SELECT id FROM users WHERE login = 'analyst'`)],
      ['admin', 'special-projects', await firstId('SELECT id FROM special_projects ORDER BY id LIMIT 1')],
    ];
    const hostile = fc.constantFrom<unknown>(
      null,
      'a\u0000b',
      2147483648,
      -1,
      0,
      1.5,
      '',
      ' ',
      'x'.repeat(5000),
      {},
      [],
      [null],
      [2147483648],
      true,
      '2020-02-30',
      '9999-12-31',
      'kk',
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...records), fc.nat(), hostile, fc.boolean(), async ([who, resource, id], pick, value, create) => {
        const as = clients[who];
        const stored = (await as.get(`/api/${resource}/${id}`).expect(200)).body as Record<string, unknown>;
        const fields = Object.keys(stored).filter((k) => k !== 'id' && k !== 'version');
        const body = { ...stored, [fields[pick % fields.length]]: value };
        const res = create
          ? await as.post(
              `/api/${resource}`,
              Object.fromEntries(
                Object.entries(body).filter(([k]) => k !== 'id' && k !== 'version' && k !== 'createdAt' && k !== 'updatedAt'),
              ),
            )
          : await as.put(`/api/${resource}/${id}`, body);
        expect(res.status).toBeLessThan(500);
        if (res.status >= 400) expect(res.body).toMatchObject({ statusCode: res.status, message: expect.anything() });
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    'sort=["id","ASC"',
    'sort=["publishedOn","DESC","x"]',
    'range=[0,"a"]',
    'range=[1e3,2e3]',
    'filter={"q":{"$ne":1}}',
    'filter={"id":[1,"x"]}',
    'filter={"publishedFrom":"2020-13-01"}',
    'filter=[]',
    'sort=x&sort=y',
  ])('rejects the malformed list query %s with 400', async (query) => {
    const res = await rpo.get(`/api/materials?${query}`).expect(400);
    expect(res.body.statusCode).toBe(400);
  });

  it('refuses the NUL character, which PostgreSQL cannot store, with 400 naming the field wherever text comes in', async () => {
    const before = await tableCounts();
    const outlet = await ownOutlet();
    const nul = 'a\u0000b';
    const cases: [request.Response, string][] = [
      [
        await rpo.post('/api/materials', { outletId: outlet, title: nul, language: 'kk', format: 'post', publishedOn: '2021-05-05' }),
        'title',
      ],
      [await rpo.post('/api/media-plan-items', { mediaPlanId: 1, topic: 'x', targetAudienceIds: [1], notes: [nul] }), 'notes.0'],
      [await request(app.url).post('/api/auth/login').send({ login: nul, password: 'demo12345' }), 'login'],
      [await rpo.get(listUrl('materials', { filter: { q: nul } })), 'filter.q'],
      [await rpo.get(listUrl('outlets', { filter: { name: ['x', nul] } })), 'filter.name.1'],
      [await rpo.get(listUrl('materials', { sort: [nul, 'ASC'] })), 'sort.0'],
      [
        await rpo.get(
          `/api/rollups?groupBy=channel&from=2020-01-01&to=2020-12-31&filter=${encodeURIComponent(JSON.stringify({ title: nul }))}`,
        ),
        'filter.title',
      ],
      [await rpo.get('/api/rollups/national?from=2020-01-01&to=2020-12-31&x=a%00'), 'x'],
    ];
    for (const [res, field] of cases) {
      expect({ field, status: res.status, message: [res.body.message].flat() }).toEqual({
        field,
        status: 400,
        message: [`${field}: must not contain the NUL character (U+0000)`],
      });
    }
    expect(await tableCounts()).toEqual(before);
  });

  it('refuses an id beyond PostgreSQL integers with 400 naming the field', async () => {
    const before = await tableCounts();
    const big = 2147483648;
    const outlet = await ownOutlet();
    const material = { outletId: outlet, title: 't', language: 'kk', format: 'post', publishedOn: '2021-05-05' };
    const cases: [request.Response, string][] = [
      [await rpo.post('/api/materials', { ...material, outletId: big }), 'outletId must not be greater than 2147483647'],
      [
        await rpo.post('/api/materials', { ...material, targetAudienceIds: [1, big] }),
        'targetAudienceIds: each value in targetAudienceIds must not be greater than 2147483647',
      ],
      [await rpo.put('/api/materials/1', { ...material, version: big }), 'version must not be greater than 2147483647'],
      [
        await approver.get(`/api/rollups/national?from=2020-01-01&to=2020-12-31&regionId=${big}`),
        'regionId must not be greater than 2147483647',
      ],
    ];
    for (const [res, message] of cases)
      expect({ status: res.status, message: res.body.message }).toEqual({ status: 400, message: [message] });
    expect(await tableCounts()).toEqual(before);
  });

  it('keeps every date in the years 2000 to 2100, so that no period reaches past what PostgreSQL and the rollups handle', async () => {
    const before = await tableCounts();
    const outlet = await ownOutlet();
    const rule = 'a date YYYY-MM-DD from 2000-01-01 to 2100-12-31';
    const cases: [request.Response, string][] = [
      [
        await rpo.post('/api/materials', { outletId: outlet, title: 't', language: 'kk', format: 'post', publishedOn: '2101-01-01' }),
        `publishedOn must be ${rule}`,
      ],
      [
        await rpo.post('/api/materials', { outletId: outlet, title: 't', language: 'kk', format: 'post', publishedOn: '0001-01-01' }),
        `publishedOn must be ${rule}`,
      ],
      [await approver.get('/api/rollups/national?from=2020-01-01&to=9999-12-31'), `to must be ${rule}`],
      [await approver.get('/api/rollups?groupBy=month&from=1999-12-31&to=2020-12-31'), `from must be ${rule}`],
      [await rpo.get(listUrl('materials', { filter: { publishedTo: '2101-01-01' } })), `filter.publishedTo: must be ${rule}`],
    ];
    for (const [res, message] of cases)
      expect({ status: res.status, message: [res.body.message].flat() }).toEqual({ status: 400, message: [message] });
    const edges = await approver.get('/api/rollups/national?from=2000-01-01&to=2100-12-31').expect(200);
    expect(edges.body.total).toBe(Number((await db.query('SELECT count(*) FROM materials')).rows[0].count));
    expect(await tableCounts()).toEqual(before);
  });

  it('refuses null, on update, for a field that a record cannot be without, with 400 naming it and the record unchanged', async () => {
    const own = (
      await db.query(
        `SELECT m.* FROM materials m JOIN regions r ON r.id = m.region_id WHERE r.code = 'north-kazakhstan' ORDER BY m.id LIMIT 1`,
      )
    ).rows[0];
    for (const field of ['outletId', 'title', 'publishedOn', 'language', 'format']) {
      const res = await rpo.put(`/api/materials/${own.id}`, { version: own.version, [field]: null }).expect(400);
      expect(res.body.message).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^${field}`))]));
    }
    const rubric = (
      await db.query(
        `SELECT r.id, r.version FROM rubrics r JOIN outlets o ON o.id = r.outlet_id JOIN regions g ON g.id = o.region_id WHERE g.code = 'north-kazakhstan' LIMIT 1`,
      )
    ).rows[0];
    const res = await rpo.put(`/api/rubrics/${rubric.id}`, { version: rubric.version, outletId: null }).expect(400);
    expect(res.body.message).toContain('outletId must be an integer number');
    expect((await db.query('SELECT * FROM materials WHERE id = $1', [own.id])).rows[0]).toEqual(own);
  });

  it('takes exactly one of two parallel workflow steps on one plan, with one audit entry', async () => {
    const plan = (await rpo.post('/api/media-plans', { year: 2050, title: 'Параллель' }).expect(201)).body;
    await rpo.post(`/api/media-plans/${plan.id}/submit`).expect(200);
    const [a, b] = await Promise.all([
      approver.post(`/api/media-plans/${plan.id}/approve`),
      approver.post(`/api/media-plans/${plan.id}/return`, { comment: 'Нет' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const { rows } = await db.query(
      `SELECT action FROM audit_events WHERE resource = 'media-plans' AND record_id = $1 AND action IN ('approve', 'return')`,
      [plan.id],
    );
    expect(rows).toHaveLength(1);
    const twice = await Promise.all([rpo.post(`/api/media-plans/${plan.id}/submit`), rpo.post(`/api/media-plans/${plan.id}/submit`)]);
    expect(twice.filter((r) => r.status === 200).length).toBeLessThanOrEqual(1);
  });

  it('lets one of two parallel saves of the same version through and answers the other with 409 and the current record', async () => {
    const id = (
      await db.query(
        `SELECT m.id FROM materials m JOIN regions r ON r.id = m.region_id WHERE r.code = 'north-kazakhstan' AND m.published_on > '2020-10-01' LIMIT 1`,
      )
    ).rows[0].id;
    const current = (await rpo.get(`/api/materials/${id}`).expect(200)).body;
    const [a, b] = await Promise.all([
      rpo.put(`/api/materials/${id}`, { ...current, title: 'Бірінші' }),
      rpo.put(`/api/materials/${id}`, { ...current, title: 'Екінші' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    const winner = a.status === 200 ? a : b;
    expect(loser.body.current.title).toBe(winner.body.title);
  });

  it('stores text as given', async () => {
    const outlet = await ownOutlet();
    const res = await rpo
      .post('/api/materials', {
        outletId: outlet,
        title: '<script>alert("x")</script>',
        language: 'other',
        format: 'other',
        publishedOn: '2021-05-05',
      })
      .expect(201);
    expect((await rpo.get(`/api/materials/${res.body.id}`).expect(200)).body.title).toBe('<script>alert("x")</script>');
  });
});
