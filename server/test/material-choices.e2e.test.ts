import { Client } from 'pg';
import request from 'supertest';
import { latestPublicationDay } from '../../contracts/materials';
import { IMPORT_MESSAGES } from '../src/imports/import-messages';
import { startTestApp, TestApp } from './support/test-app';
import { api, listUrl, tokenFor } from './support/http';

interface OutletRow {
  id: number;
  level: string;
  regionId: number | null;
}

const dayAfter = (day: string): string => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

describe("what a material's form may choose", () => {
  let app: TestApp;
  let db: Client;
  let rpo: ReturnType<typeof api>;
  let analyst: ReturnType<typeof api>;
  let rpoToken: string;
  let own: number;
  let ownOutlet: number;

  beforeAll(async () => {
    app = await startTestApp();
    db = new Client({ connectionString: app.databaseUrl });
    await db.connect();
    rpoToken = await tokenFor(app, 'rpo-north-kazakhstan');
    rpo = api(app, rpoToken);
    analyst = api(app, await tokenFor(app, 'analyst'));
    own = (await db.query(`SELECT id FROM regions WHERE code = 'north-kazakhstan'`)).rows[0].id;
    ownOutlet = (await db.query(`SELECT id FROM outlets WHERE region_id = $1 AND active LIMIT 1`, [own])).rows[0].id;
  });

  afterAll(async () => {
    await db.end();
    await app.close();
  });

  describe('outlets usable in a region', () => {
    it("lists the region's own outlets and the republican ones, and no other region's", async () => {
      const res = await analyst.get(listUrl('outlets', { filter: { usableInRegion: own, active: true }, range: [0, 999] })).expect(200);
      const rows = res.body as OutletRow[];
      const { rows: expected } = await db.query(
        `SELECT id FROM outlets WHERE active AND (region_id = $1 OR level = 'republican') ORDER BY id`,
        [own],
      );
      expect(rows.map((o) => o.id).sort((a, b) => a - b)).toEqual(expected.map((r: { id: number }) => r.id));
      expect(rows.some((o) => o.regionId === own)).toBe(true);
      expect(rows.some((o) => o.level === 'republican')).toBe(true);
      expect(rows.every((o) => o.regionId === own || (o.level === 'republican' && o.regionId === null))).toBe(true);
    });

    it('takes several regions and searches among them', async () => {
      const other = (await db.query(`SELECT id FROM regions WHERE code = 'aktobe'`)).rows[0].id;
      const both = (await rpo.get(listUrl('outlets', { filter: { usableInRegion: [own, other] }, range: [0, 999] })).expect(200))
        .body as OutletRow[];
      expect(new Set(both.map((o) => o.regionId))).toEqual(new Set([own, other, null]));
      const [{ name }] = (await db.query(`SELECT name FROM outlets WHERE region_id = $1 ORDER BY id LIMIT 1`, [own])).rows;
      const found = (await rpo.get(listUrl('outlets', { filter: { usableInRegion: own, q: name } })).expect(200)).body as OutletRow[];
      expect(found.length).toBeGreaterThan(0);
      expect(found.every((o) => o.regionId === own || o.regionId === null)).toBe(true);
    });

    it('refuses a value that is no region id', async () => {
      const res = await rpo.get(listUrl('outlets', { filter: { usableInRegion: 'north' } })).expect(400);
      expect(JSON.stringify(res.body.message)).toContain('usableInRegion');
    });
  });

  describe('the publication date', () => {
    const today = () => latestPublicationDay();
    const draft = (publishedOn: string) => ({
      outletId: ownOutlet,
      title: `Дата ${publishedOn}`,
      language: 'kk',
      format: 'post',
      publishedOn,
    });

    it('is today in Kazakhstan at the latest, when a material is created', async () => {
      const tomorrow = dayAfter(today());
      const refused = await rpo.post('/api/materials', draft(tomorrow)).expect(400);
      expect(refused.body.message).toEqual([`publishedOn: a material is dated no later than today, ${today()} in Kazakhstan`]);
      const { rows } = await db.query('SELECT count(*)::int AS n FROM materials WHERE title = $1', [`Дата ${tomorrow}`]);
      expect(rows[0].n).toBe(0);
      await rpo.post('/api/materials', draft(today())).expect(201);
      await rpo.post('/api/materials', draft('2099-01-01')).expect(400);
    });

    it('is today in Kazakhstan at the latest, when a material is changed', async () => {
      const created = (await rpo.post('/api/materials', draft('2021-05-05')).expect(201)).body;
      const refused = await rpo.put(`/api/materials/${created.id}`, { ...created, publishedOn: dayAfter(today()) }).expect(400);
      expect(JSON.stringify(refused.body.message)).toContain('publishedOn');
      const stored = await db.query('SELECT published_on::text AS d, version FROM materials WHERE id = $1', [created.id]);
      expect(stored.rows[0]).toEqual({ d: '2021-05-05', version: created.version });
      await rpo.put(`/api/materials/${created.id}`, { ...created, publishedOn: today() }).expect(200);
    });

    it('is today in Kazakhstan at the latest, in an imported row', async () => {
      const [{ name }] = (await db.query('SELECT name FROM outlets WHERE id = $1', [ownOutlet])).rows;
      const tomorrow = dayAfter(today());
      const file = Buffer.from(
        [
          'Заголовок;СМИ;Дата публикации;Язык;Формат',
          `Импорт из будущего;${name};${tomorrow.split('-').reverse().join('.')};kk;статья`,
          `Импорт сегодняшний;${name};${today()};kk;статья`,
        ].join('\r\n'),
      );
      const res = await request(app.url)
        .post('/api/materials/import?dryRun=true')
        .set('Authorization', `Bearer ${rpoToken}`)
        .attach('file', file, 'даты.csv')
        .expect(200);
      expect(res.body).toMatchObject({ rows: 2, toCreate: 1, errorCount: 1 });
      expect(res.body.errors).toEqual([{ row: 2, column: 'Дата публикации', ...IMPORT_MESSAGES.ru.laterThanToday(today()) }]);
    });
  });
});
