import { Client } from 'pg';
import { api, listUrl, tokenFor } from './support/http';
import { makeMaterialsLarge } from './support/large-table';
import { startTestApp, TestApp } from './support/test-app';

/** Content-Range totals of a large table: the planner's estimate above 100,000 rows, said so in a header; exact below. */
describe('list totals', () => {
  let app: TestApp;
  let db: Client;
  let analyst: ReturnType<typeof api>;

  beforeAll(async () => {
    app = await startTestApp();
    db = new Client({ connectionString: app.databaseUrl });
    await db.connect();
    await makeMaterialsLarge(app.databaseUrl);
    analyst = api(app, await tokenFor(app, 'analyst'));
  }, 120_000);

  afterAll(async () => {
    await db.end();
    await app.close();
  });

  it('estimates the total of a list of more than 100,000 rows and says so', async () => {
    const [{ n }] = (await db.query('SELECT count(*)::int AS n FROM materials')).rows;
    const res = await analyst.get(listUrl('materials', { sort: ['publishedOn', 'DESC'], range: [0, 24] })).expect(200);
    expect(res.body).toHaveLength(25);
    expect(res.headers['x-total-count-estimated']).toBe('true');
    expect(res.headers['access-control-expose-headers']).toMatch(/X-Total-Count-Estimated/i);
    const total = Number(res.headers['content-range'].split('/')[1]);
    expect(Math.abs(total - n) / n).toBeLessThan(0.2);
  });

  it('keeps the total exact for a filter the planner expects to match fewer rows', async () => {
    const [{ n }] = (
      await db.query(`SELECT count(*)::int AS n FROM materials WHERE region_id = 1 AND channel = 'tv' AND published_on < '2021-01-01'`)
    ).rows;
    const res = await analyst
      .get(listUrl('materials', { range: [0, 9], filter: { regionId: 1, channel: 'tv', publishedTo: '2020-12-31' } }))
      .expect(200);
    expect(res.headers['content-range']).toBe(`materials 0-9/${n}`);
    expect(res.headers['x-total-count-estimated']).toBeUndefined();
  });

  it('pages deep into a large list in the same order as a direct query', async () => {
    const expected = (
      await db.query(`SELECT id FROM materials WHERE region_id = 1 ORDER BY published_on DESC, id DESC LIMIT 5 OFFSET 5000`)
    ).rows;
    expect(expected).toHaveLength(5);
    const res = await analyst
      .get(listUrl('materials', { sort: ['publishedOn', 'DESC'], range: [5000, 5004], filter: { regionId: 1 } }))
      .expect(200);
    expect(res.body.map((m: { id: number }) => m.id)).toEqual(expected.map((r: { id: number }) => r.id));
  });

  it('finds deep pages of one region from the daily counters: the same rows as OFFSET, an exact total', async () => {
    const [{ region, code }] = (
      await db.query(
        `SELECT m.region_id AS region, r.code FROM materials m JOIN regions r ON r.id = m.region_id GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 1`,
      )
    ).rows;
    const [{ channel }] = (
      await db.query(`SELECT channel FROM materials WHERE region_id = $1 GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`, [region])
    ).rows;
    const rpo = api(app, await tokenFor(app, `rpo-${code}`));
    const cases: { as: ReturnType<typeof api>; filter: Record<string, string | number>; where: string; order: 'ASC' | 'DESC' }[] = [
      { as: analyst, filter: { regionId: region }, where: `region_id = ${region}`, order: 'DESC' },
      { as: rpo, filter: {}, where: `region_id = ${region}`, order: 'ASC' },
      {
        as: rpo,
        filter: { channel, publishedFrom: '2020-03-15' },
        where: `region_id = ${region} AND channel = '${channel}' AND published_on >= '2020-03-15'`,
        order: 'DESC',
      },
    ];
    for (const { as, filter, where, order } of cases) {
      const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM materials WHERE ${where}`)).rows;
      expect(n).toBeGreaterThan(2_050);
      for (const start of [2_000, 2_037, n - 3, n + 10]) {
        const expected = (
          await db.query(`SELECT id FROM materials WHERE ${where} ORDER BY published_on ${order}, id ${order} LIMIT 7 OFFSET ${start}`)
        ).rows;
        const res = await as.get(listUrl('materials', { sort: ['publishedOn', order], range: [start, start + 6], filter })).expect(200);
        expect({ filter, order, start, ids: res.body.map((m: { id: number }) => m.id) }).toEqual({
          filter,
          order,
          start,
          ids: expected.map((r: { id: number }) => r.id),
        });
        expect(res.headers['content-range'].split('/')[1]).toBe(String(n));
        expect(res.headers['x-total-count-estimated']).toBeUndefined();
      }
    }
  });
});
