import fc from 'fast-check';
import request from 'supertest';
import { startTestApp, TestApp } from './support/test-app';
import { api, listUrl, tokenFor } from './support/http';

/** Names every JavaScript object answers to, though no allow-list of ours holds them. */
const INHERITED = [
  'toString',
  'constructor',
  '__proto__',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'toLocaleString',
  'propertyIsEnumerable',
  '__defineGetter__',
];

const LISTS = [
  'regions',
  'outlets',
  'rubrics',
  'directions',
  'special-projects',
  'target-audiences',
  'materials',
  'media-plans',
  'media-plan-items',
  'users',
  'audit-events',
];

/** The timestamp filters of the lists, and the period filters of dated lists. */
const DATED: [string, string][] = [
  ['materials', 'createdAt'],
  ['materials', 'updatedAt'],
  ['materials', 'publishedFrom'],
  ['users', 'createdAt'],
  ['media-plans', 'submittedAt'],
  ['media-plans', 'approvedAt'],
  ['audit-events', 'at'],
  ['audit-events', 'from'],
];

const messageOf = (body: { message?: string | string[] }): string => [body.message ?? ''].flat().join('\n');

const nested = (depth: number, leaf = '1'): string => '['.repeat(depth) + leaf + ']'.repeat(depth);
const nestedObject = (depth: number): string => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);

describe('hostile keys, dates and depths', () => {
  let app: TestApp;
  let admin: ReturnType<typeof api>;
  let rpo: ReturnType<typeof api>;

  beforeAll(async () => {
    app = await startTestApp();
    admin = api(app, await tokenFor(app, 'admin'));
    rpo = api(app, await tokenFor(app, 'rpo-north-kazakhstan'));
  });

  afterAll(async () => {
    await app.close();
  });

  it('refuses an inherited property name as a sort field or a filter key of every list with 400 naming it', async () => {
    for (const resource of LISTS) {
      for (const key of INHERITED) {
        const sorted = await admin.get(listUrl(resource, { sort: [key, 'ASC'] }));
        expect({ resource, key, status: sorted.status }).toEqual({ resource, key, status: 400 });
        expect(messageOf(sorted.body)).toContain(`sort: unknown or unsortable field "${key}"`);
        const filtered = await admin.get(listUrl(resource, { filter: `{"${key}":1}` }));
        expect({ resource, key, status: filtered.status }).toEqual({ resource, key, status: 400 });
        expect(messageOf(filtered.body)).toContain(`filter: unknown field "${key}"`);
      }
    }
  });

  it('refuses an inherited property name as a groupBy key or a rollup filter key with 400', async () => {
    for (const key of INHERITED) {
      const grouped = await admin.get(`/api/rollups?groupBy=${encodeURIComponent(key)}&from=2020-01-01&to=2020-12-31`);
      expect({ key, status: grouped.status }).toEqual({ key, status: 400 });
      expect(messageOf(grouped.body)).toContain(`groupBy: unknown key "${key}"`);
      const mixed = await admin.get(`/api/rollups?groupBy=regionId,${encodeURIComponent(key)}&from=2020-01-01&to=2020-12-31`);
      expect({ key, status: mixed.status }).toEqual({ key, status: 400 });
      const filter = encodeURIComponent(`{"${key}":"tv"}`);
      const national = await admin.get(`/api/rollups/national?from=2020-01-01&to=2020-12-31&filter=${filter}`);
      expect({ key, status: national.status }).toEqual({ key, status: 400 });
      const byFilter = await admin.get(`/api/rollups?groupBy=channel&from=2020-01-01&to=2020-12-31&filter=${filter}`);
      expect({ key, status: byFilter.status }).toEqual({ key, status: 400 });
    }
  });

  it('keeps every date and timestamp filter in the years 2000 to 2100, with 400 naming the filter', async () => {
    for (const [resource, key] of DATED) {
      for (const value of [
        '+275760-09-13T00:00:00Z',
        '-271821-04-20T00:00:00Z',
        '1999-12-31T23:59:59Z',
        '2101-01-01T00:00:00Z',
        '20200101',
        'Tue, 01 Jan 2030 00:00:00 GMT',
      ]) {
        const res = await admin.get(listUrl(resource, { filter: { [key]: value } }));
        expect({ resource, key, value, status: res.status }).toEqual({ resource, key, value, status: 400 });
        expect(messageOf(res.body)).toContain(`filter.${key}`);
      }
      const wide = await admin.get(
        listUrl(resource, { filter: { [key]: key === 'publishedFrom' || key === 'from' ? '2000-01-01' : '2000-01-01T00:00:00Z' } }),
      );
      expect({ resource, key, status: wide.status }).toEqual({ resource, key, status: 200 });
    }
    const zoned = await admin.get(listUrl('audit-events', { filter: { at: '2100-12-31T23:59:59.999+06:00' } }));
    expect(zoned.status).toBe(200);
  });

  it('answers JSON nested deeper than the limit with 400 on every JSON route, the sign-in included, before parsing it', async () => {
    const body = `{"login":"admin","password":${nested(10_000, '"x"')}}`;
    const login = await request(app.url).post('/api/auth/login').set('Content-Type', 'application/json').send(body);
    expect(login.status).toBe(400);
    expect(messageOf(login.body)).toContain('nested deeper than');
    const auth = { Authorization: `Bearer ${await tokenFor(app, 'rpo-north-kazakhstan')}` };
    for (const [method, path] of [
      ['post', '/api/materials'],
      ['put', '/api/materials/1'],
      ['post', '/api/media-plans'],
      ['post', '/api/media-plans/1/return'],
      ['put', '/api/auth/me'],
      ['post', '/api/auth/password'],
    ] as const) {
      for (const deep of [`{"title":${nested(10_000)}}`, nestedObject(10_000), nested(100_000)]) {
        const res = await request(app.url)[method](path).set(auth).set('Content-Type', 'application/json').send(deep);
        expect({ path, status: res.status }).toEqual({ path, status: 400 });
      }
    }
    const filter = encodeURIComponent(`{"q":${nested(2_000, '"x"')}}`);
    const list = await rpo.get(`/api/materials?filter=${filter}`);
    expect(list.status).toBe(400);
    expect(messageOf(list.body)).toContain('filter');
    expect((await request(app.url).get('/api/health')).status).toBe(200);
  });

  it('still reads ordinary nesting: an audience list in a body, a filter with an array', async () => {
    const res = await rpo.get(listUrl('materials', { filter: { channel: ['tv', 'print'] }, range: [0, 0] })).expect(200);
    expect(res.headers['content-range']).toMatch(/^materials 0-0\/\d+$/);
  });

  it('answers generated keys, dates and depths on every list and rollup with a 4xx or 200, never 5xx', async () => {
    const key = fc.oneof(
      fc.constantFrom(...INHERITED, 'q', 'id', 'regionId', 'publishedFrom', 'at', 'createdAt'),
      fc.string({ maxLength: 12 }),
    );
    const date = fc.oneof(
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      fc.integer({ min: -300_000, max: 300_000 }).map((y) => `${y < 0 ? '-' : '+'}${String(Math.abs(y)).padStart(6, '0')}-01-01T00:00:00Z`),
      fc.constantFrom('2020-02-30', '2020-01-01', '0000-01-01T00:00:00Z', '2020-01-01T25:00:00Z'),
    );
    const value = fc.oneof(
      date,
      fc.integer(),
      fc.string({ maxLength: 8 }),
      fc.integer({ min: 1, max: 400 }).map((d) => JSON.parse(nested(d)) as unknown),
    );
    const target = fc.oneof(
      fc.record({ kind: fc.constant('list' as const), resource: fc.constantFrom(...LISTS), sortKey: key, filterKey: key, value }),
      fc.record({
        kind: fc.constant('rollup' as const),
        path: fc.constantFrom('/api/rollups', '/api/rollups/national'),
        groupBy: fc.array(key, { minLength: 1, maxLength: 3 }),
        filterKey: key,
        value,
        from: date,
      }),
    );
    await fc.assert(
      fc.asyncProperty(target, fc.constantFrom(admin, rpo), async (t, who) => {
        const res =
          t.kind === 'list'
            ? await who.get(listUrl(t.resource, { sort: [t.sortKey, 'ASC'], filter: { [t.filterKey]: t.value } }))
            : await who.get(
                `${t.path}?${t.path === '/api/rollups' ? `groupBy=${encodeURIComponent(t.groupBy.join(','))}&` : ''}from=${encodeURIComponent(t.from)}&to=2020-12-31&filter=${encodeURIComponent(JSON.stringify({ [t.filterKey]: t.value }))}`,
              );
        expect(res.status).toBeLessThan(500);
        if (res.status >= 400) expect(typeof res.body.message === 'string' || Array.isArray(res.body.message)).toBe(true);
      }),
      { numRuns: 150 },
    );
    expect((await request(app.url).get('/api/health')).status).toBe(200);
  });
});
