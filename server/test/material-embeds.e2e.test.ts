import { Client } from 'pg';
import { startTestApp, TestApp } from './support/test-app';
import { api, listUrl, tokenFor } from './support/http';

interface MaterialRow {
  id: number;
  outletId: number;
  regionId: number;
}

interface Embedding {
  data: MaterialRow[];
  embedded: { outlets?: { id: number; name: string; regionId: number | null }[]; regions?: { id: number; nameRu: string }[] };
}

const firstSeen = (ids: number[]): number[] => [...new Set(ids)];

describe('GET /api/materials?embed=: a page with the outlets and regions it refers to', () => {
  let app: TestApp;
  let db: Client;
  let rpo: ReturnType<typeof api>;
  let analyst: ReturnType<typeof api>;
  let own: number;

  beforeAll(async () => {
    app = await startTestApp();
    db = new Client({ connectionString: app.databaseUrl });
    await db.connect();
    rpo = api(app, await tokenFor(app, 'rpo-north-kazakhstan'));
    analyst = api(app, await tokenFor(app, 'analyst'));
    own = (await db.query(`SELECT id FROM regions WHERE code = 'north-kazakhstan'`)).rows[0].id;
  });

  afterAll(async () => {
    await db.end();
    await app.close();
  });

  const page = { sort: ['publishedOn', 'DESC'], range: [0, 24], filter: {} };

  it('answers the same page and headers as without it, and the records its rows name, in the order they first name them', async () => {
    const plain = await analyst.get(listUrl('materials', page)).expect(200);
    const embedding = await analyst.get(`${listUrl('materials', page)}&embed=outlets,regions`).expect(200);
    const body = embedding.body as Embedding;
    expect(Array.isArray(plain.body)).toBe(true);
    expect(body.data).toEqual(plain.body);
    expect(embedding.headers['content-range']).toBe(plain.headers['content-range']);
    expect(body.embedded.outlets?.map((o) => o.id)).toEqual(firstSeen(body.data.map((m) => m.outletId)));
    expect(body.embedded.regions?.map((r) => r.id)).toEqual(firstSeen(body.data.map((m) => m.regionId)));
    const [outlet] = body.embedded.outlets ?? [];
    expect(outlet).toEqual((await analyst.get(`/api/outlets/${outlet.id}`).expect(200)).body);
    const [region] = body.embedded.regions ?? [];
    expect(region).toEqual((await analyst.get(`/api/regions/${region.id}`).expect(200)).body);
    expect(new Set(body.data.map((m) => m.regionId)).size).toBeGreaterThan(1);
  });

  it("keeps a regional editor to their own region's materials, and embeds only what those name", async () => {
    const body = (await rpo.get(`${listUrl('materials', { ...page, range: [0, 99] })}&embed=outlets&embed=regions`).expect(200))
      .body as Embedding;
    expect(body.data.length).toBeGreaterThan(0);
    expect(body.data.every((m) => m.regionId === own)).toBe(true);
    expect(body.embedded.regions?.map((r) => r.id)).toEqual([own]);
    expect(body.embedded.outlets?.every((o) => o.regionId === own || o.regionId === null)).toBe(true);
    expect(body.embedded.outlets?.map((o) => o.id)).toEqual(firstSeen(body.data.map((m) => m.outletId)));
  });

  it('embeds only what is asked, and nothing for an empty page', async () => {
    const outletsOnly = (await analyst.get(`${listUrl('materials', page)}&embed=outlets`).expect(200)).body as Embedding;
    expect(Object.keys(outletsOnly.embedded)).toEqual(['outlets']);
    const empty = await analyst
      .get(`${listUrl('materials', { ...page, filter: { q: 'no such title anywhere zzz' } })}&embed=regions`)
      .expect(200);
    expect(empty.body).toEqual({ data: [], embedded: { regions: [] } });
  });

  it.each(['authors', 'outlets,rubrics', ''])('refuses embed=%j, naming the field', async (embed) => {
    const res = await analyst.get(`${listUrl('materials', page)}&embed=${embed}`).expect(400);
    expect(res.body).toMatchObject({ code: 'validation.isIn', field: 'embed', params: { values: 'outlets, regions' } });
  });

  it('is offered by the materials only', async () => {
    const res = await analyst.get(`${listUrl('outlets', page)}&embed=regions`).expect(400);
    expect(res.body).toMatchObject({ code: 'validation.unknownField', field: 'embed' });
  });
});
