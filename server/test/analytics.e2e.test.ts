import fc from 'fast-check';
import { Client } from 'pg';
import { startTestApp, TestApp } from './support/test-app';
import { api, tokenFor } from './support/http';

describe('rollups and analytics', () => {
  let app: TestApp;
  let db: Client;
  let analyst: ReturnType<typeof api>;
  let rpo: ReturnType<typeof api>;

  beforeAll(async () => {
    app = await startTestApp();
    db = new Client({ connectionString: app.databaseUrl });
    await db.connect();
    analyst = api(app, await tokenFor(app, 'analyst'));
    rpo = api(app, await tokenFor(app, 'rpo-north-kazakhstan'));
  });

  afterAll(async () => {
    await db.end();
    await app.close();
  });

  const sum = (rows: { count: number }[]) => rows.reduce((s, r) => s + r.count, 0);

  it('reconciles for random periods and filters: national = sum over regions = sum over months = raw count', async () => {
    const [regions, directions] = await Promise.all([db.query('SELECT id FROM regions'), db.query('SELECT id FROM directions')]);
    const filterArb = fc.record(
      {
        channel: fc.constantFrom('tv', 'radio', 'print', 'internet', 'social'),
        language: fc.subarray(['kk', 'ru', 'kk_ru', 'other'], { minLength: 1 }),
        directionId: fc.constantFrom(...directions.rows.map((r) => r.id as number)),
        regionId: fc.constantFrom(...regions.rows.map((r) => r.id as number)),
      },
      { requiredKeys: [] },
    );
    const dayArb = fc.integer({ min: 0, max: 365 }).map((d) => new Date(Date.UTC(2020, 0, 1 + d)).toISOString().slice(0, 10));
    await fc.assert(
      fc.asyncProperty(dayArb, dayArb, filterArb, async (a, b, filter) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const f = encodeURIComponent(JSON.stringify(filter));
        const national = (await analyst.get(`/api/rollups/national?from=${from}&to=${to}&filter=${f}`).expect(200)).body;
        const byRegion = (await analyst.get(`/api/rollups?groupBy=regionId&from=${from}&to=${to}&filter=${f}`).expect(200)).body;
        const byMonth = (await analyst.get(`/api/rollups?groupBy=month,channel&from=${from}&to=${to}&filter=${f}`).expect(200)).body;
        const params: unknown[] = [from, to];
        const where = ['published_on BETWEEN $1 AND $2'];
        for (const [key, column] of [
          ['channel', 'channel'],
          ['directionId', 'direction_id'],
          ['regionId', 'region_id'],
        ] as const) {
          if (filter[key] !== undefined) where.push(`${column} = $${params.push(filter[key])}`);
        }
        if (filter.language) where.push(`language = ANY($${params.push(filter.language)})`);
        const raw = (await db.query(`SELECT count(*)::int AS n FROM materials WHERE ${where.join(' AND ')}`, params)).rows[0].n;
        expect(national.total).toBe(raw);
        expect(national.republican.total + national.regional.total + national.internet + national.social).toBe(raw);
        expect(sum(byRegion)).toBe(raw);
        expect(sum(byMonth)).toBe(raw);
      }),
      { numRuns: 25 },
    );
  });

  it('tells each region’s months against its own average, empty months and late entries', async () => {
    const before = (await analyst.get('/api/rollups/completeness?from=2021-01-01&to=2021-03-31').expect(200)).body;
    expect(before.months).toEqual(['2021-01', '2021-02', '2021-03']);
    expect(before.regions).toHaveLength(17);
    expect(before.regions.every((r: { emptyMonths: string[] }) => r.emptyMonths.length === 3)).toBe(true);
    const outlet = (
      await db.query(`SELECT o.id FROM outlets o JOIN regions r ON r.id = o.region_id WHERE r.code = 'north-kazakhstan' LIMIT 1`)
    ).rows[0].id;
    await rpo
      .post('/api/materials', { outletId: outlet, title: 'Кешіккен жазба', language: 'kk', format: 'post', publishedOn: '2021-01-05' })
      .expect(201);
    const after = (await rpo.get('/api/rollups/completeness?from=2021-01-01&to=2021-03-31').expect(200)).body;
    expect(after.regions).toHaveLength(1);
    expect(after.regions[0]).toMatchObject({ total: 1, emptyMonths: ['2021-02', '2021-03'], lateEntries: 1, monthlyAverage: 0.3 });
    expect(after.regions[0].months[0]).toEqual({ month: '2021-01', count: 1, ratio: 3, withEvidence: 0 });

    const year = (await analyst.get('/api/rollups/completeness?from=2020-01-01&to=2020-12-31').expect(200)).body;
    expect(year.regions.reduce((s: number, r: { total: number }) => s + r.total, 0)).toBe(9365);
    const tv = (
      await analyst
        .get(`/api/rollups/completeness?from=2020-01-01&to=2020-12-31&filter=${encodeURIComponent('{"channel":"tv"}')}`)
        .expect(200)
    ).body;
    expect(tv.regions).toHaveLength(17);
    expect(tv.regions.reduce((s: number, r: { total: number }) => s + r.total, 0)).toBe(924 + 1107);
  });

  it('measures coverage of the guide’s priorities per region and quarter against raw counts', async () => {
    const res = (await analyst.get('/api/rollups/coverage?from=2020-01-01&to=2020-12-31').expect(200)).body;
    expect(res.benchmark).toEqual({ tvRadio: 0.56, internet: 0.447 });
    expect(res.newSpecialProjectIds).toHaveLength(4);
    expect(res.rows.reduce((s: number, r: { total: number }) => s + r.total, 0)).toBe(9365);
    const row = res.rows[0];
    const raw = (
      await db.query(
        `SELECT count(*) FILTER (WHERE language IN ('ru','kk_ru'))::int AS ru,
                count(*) FILTER (WHERE EXISTS (SELECT 1 FROM material_target_audiences x JOIN target_audiences a ON a.id = x.target_audience_id
                                               WHERE x.material_id = m.id AND a.code = 'seniors-60-plus'))::int AS seniors,
                count(*)::int AS total
           FROM materials m WHERE region_id = $1 AND to_char(published_on, 'YYYY-"Q"Q') = $2`,
        [row.regionId, row.quarter],
      )
    ).rows[0];
    expect(row).toMatchObject({ total: raw.total, russianOrBilingual: raw.ru, seniors: raw.seniors });
    expect(row.shares.russianOrBilingual).toBeCloseTo(raw.ru / raw.total, 3);
    await analyst.get('/api/rollups/coverage?from=2020-12-31&to=2020-01-01').expect(400);
  });
});
