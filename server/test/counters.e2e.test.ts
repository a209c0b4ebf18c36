import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { verifyCounters } from '../src/counters/counters';
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
    regions = (await ds.query('SELECT id FROM regions WHERE active_to IS NULL AND active_from < $1', ['2021-01-01'])).map((r: { id: number }) => r.id);
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
              await admin.put(`/api/materials/${id}`, { ...current, ...place(op.place), rubricId: null, publishedOn: op.day }).expect(200);
            }
          }
        }
        expect(await verifyCounters(ds.manager)).toEqual([]);
      }),
      { numRuns: 15 },
    );
  });

  it('stay exact under concurrent creates across regions', async () => {
    const before = (await admin.get('/api/rollups/national?from=2020-01-01&to=2021-12-31').expect(200)).body.total;
    const n = 1000;
    const results = await Promise.all(
      Array.from({ length: n }, (_, i) =>
        admin.post('/api/materials', { ...place([i * 7, i]), title: `Параллель ${i}`, language: 'ru', format: 'article', publishedOn: `2021-0${1 + (i % 9)}-1${i % 10}` }),
      ),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(n);
    const after = (await admin.get('/api/rollups/national?from=2020-01-01&to=2021-12-31').expect(200)).body.total;
    expect(after - before).toBe(n);
    expect(await verifyCounters(ds.manager)).toEqual([]);
  });
});
