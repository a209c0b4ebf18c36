import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { verifyCounters } from '../src/materials/materials.repository';
import { dataSourceOptions } from '../src/database/data-source';
import { startTestApp, TestApp } from './support/test-app';
import { api, tokenFor } from './support/http';

interface OutletRef {
  id: number;
  regionId: number | null;
}

describe('material counters', () => {
  let app: TestApp;
  let ds: DataSource;
  let admin: ReturnType<typeof api>;
  let outlets: OutletRef[];
  let regions: number[];

  beforeAll(async () => {
    app = await startTestApp();
    ds = await new DataSource(dataSourceOptions(app.databaseUrl)).initialize();
    admin = api(app, await tokenFor(app, 'admin'));
    outlets = await ds.query('SELECT id, region_id AS "regionId" FROM outlets WHERE region_id IS NULL OR region_id <= 17 ORDER BY id');
    regions = (await ds.query('SELECT id FROM regions WHERE active_to IS NULL AND active_from < $1', ['2021-01-01'])).map(
      (r: { id: number }) => r.id,
    );
  });

  afterAll(async () => {
    await ds.destroy();
    await app.close();
  });

  it('start equal to a raw count of the demo data', async () => {
    expect(await verifyCounters(ds.manager)).toEqual([]);
  });

  const dayArb = fc.integer({ min: 0, max: 700 }).map((d) => new Date(Date.UTC(2020, 0, 1 + d)).toISOString().slice(0, 10));
  const placeArb = fc.tuple(fc.nat(), fc.nat()).map(([o, r]) => [o, r] as const);

  function place(seed: readonly [number, number]): { outletId: number; regionId: number } {
    const outlet = outlets[seed[0] % outlets.length];
    return { outletId: outlet.id, regionId: outlet.regionId ?? regions[seed[1] % regions.length] };
  }

  const opArb = fc.oneof(
    fc.record({ kind: fc.constant('create' as const), day: dayArb, place: placeArb }),
    fc.record({ kind: fc.constant('update' as const), day: dayArb, place: placeArb, pick: fc.nat() }),
    fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  );

  it('stay equal to a raw count after any mix of creates, moves in date, outlet and region, and deletes', async () => {
    const created: number[] = [];
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 12 }), async (ops) => {
        for (const op of ops) {
          if (op.kind === 'create') {
            const res = await admin
              .post('/api/materials', { ...place(op.place), title: 'Санақ тексеру', language: 'kk', format: 'post', publishedOn: op.day })
              .expect(201);
            created.push(res.body.id);
          } else if (created.length > 0) {
            const id = created[op.pick % created.length];
            if (op.kind === 'delete') {
              await admin.delete(`/api/materials/${id}`).expect(200);
              created.splice(created.indexOf(id), 1);
            } else {
              const current = (await admin.get(`/api/materials/${id}`).expect(200)).body;
              const [language, format] = op.pick % 2 === 0 ? ['ru', 'article'] : ['kk_ru', 'video'];
              await admin
                .put(`/api/materials/${id}`, { ...current, ...place(op.place), rubricId: null, publishedOn: op.day, language, format })
                .expect(200);
            }
          }
        }
        expect(await verifyCounters(ds.manager)).toEqual([]);
      }),
      { numRuns: 15 },
    );
  });

  it('give grouped rollups equal to a GROUP BY over materials, for whole and partial months and no period', async () => {
    const columns: Record<string, string> = {
      format: 'format',
      language: 'language',
      regionId: 'region_id',
      channel: 'channel',
      mediaLevel: 'media_level',
      directionId: 'direction_id',
      specialProjectId: 'special_project_id',
      month: `to_char(published_on, 'YYYY-MM')`,
      quarter: `to_char(published_on, 'YYYY-"Q"Q')`,
      year: 'extract(year FROM published_on)::int',
    };
    const periods: [string | undefined, string | undefined][] = [
      ['2020-01-01', '2020-12-31'],
      ['2020-02-15', '2020-11-10'],
      ['2020-03-01', '2020-03-31'],
      ['2020-03-05', '2020-03-20'],
      ['2020-06-30', '2020-07-01'],
      [undefined, '2020-05-17'],
      ['2020-08-02', undefined],
      [undefined, undefined],
    ];
    const rpo = api(app, await tokenFor(app, 'rpo-north-kazakhstan'));
    const [{ id: region }]: { id: number }[] = await ds.query(`SELECT id FROM regions WHERE code = 'north-kazakhstan'`);
    for (const groupBy of [
      'format',
      'month,regionId',
      'channel,mediaLevel',
      'directionId,language',
      'quarter,specialProjectId',
      'format,language,directionId',
      'year',
    ]) {
      for (const [from, to] of periods) {
        for (const regionId of [undefined, region]) {
          const keys = groupBy.split(',');
          const query = new URLSearchParams({ groupBy, ...(from && { from }), ...(to && { to }) });
          // An office's grouped rollups are confined to its region.
          const rows = (await (regionId ? rpo : admin).get(`/api/rollups?${query}`).expect(200)).body;
          const where = [
            from && `published_on >= '${from}'`,
            to && `published_on <= '${to}'`,
            regionId && `region_id = ${regionId}`,
          ].filter(Boolean);
          const raw: Record<string, string | number | null>[] = await ds.query(
            `SELECT ${keys.map((k) => `${columns[k]} AS "${k}"`).join(', ')}, count(*)::int AS count FROM materials
              ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
              GROUP BY ${keys.map((_, i) => i + 1).join(', ')} ORDER BY ${keys.map((_, i) => `${i + 1} NULLS LAST`).join(', ')}`,
          );
          expect({ groupBy, from, to, regionId, rows }).toEqual({ groupBy, from, to, regionId, rows: raw });
        }
      }
    }
  });

  it('give national rollups equal to a count over materials for whole, partial and single-day periods', async () => {
    for (const [from, to] of [
      ['2020-01-01', '2020-12-31'],
      ['2020-02-15', '2020-11-10'],
      ['2020-03-05', '2020-03-20'],
      ['2020-06-30', '2020-07-01'],
      ['2020-03-01', '2020-03-31'],
      ['2020-04-01', '2020-05-15'],
      ['2020-09-09', '2020-09-09'],
    ]) {
      const { total } = (await admin.get(`/api/rollups/national?from=${from}&to=${to}`).expect(200)).body;
      const [{ n }]: { n: number }[] = await ds.query('SELECT count(*)::int AS n FROM materials WHERE published_on BETWEEN $1 AND $2', [
        from,
        to,
      ]);
      expect({ from, to, total }).toEqual({ from, to, total: n });
    }
  });

  it('stay exact under concurrent creates across regions', async () => {
    const before = (await admin.get('/api/rollups/national?from=2020-01-01&to=2021-12-31').expect(200)).body.total;
    const n = 1000;
    const results = await Promise.all(
      Array.from({ length: n }, (_, i) =>
        admin.post('/api/materials', {
          ...place([i * 7, i]),
          title: `Параллель ${i}`,
          language: 'ru',
          format: 'article',
          publishedOn: `2021-0${1 + (i % 9)}-1${i % 10}`,
        }),
      ),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(n);
    const after = (await admin.get('/api/rollups/national?from=2020-01-01&to=2021-12-31').expect(200)).body.total;
    expect(after - before).toBe(n);
    expect(await verifyCounters(ds.manager)).toEqual([]);
  });
});
