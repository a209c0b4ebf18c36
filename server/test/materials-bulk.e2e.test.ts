import { useAppSession } from './support/app-session';
import type { MaterialBulkAnswer } from '../../contracts/materials';

type Row = { id: number; version: number; publishedOn: string; mediaPlanItemId: number | null };

describe('POST /api/materials/bulk: several materials changed at once, all or none', () => {
  const session = useAppSession('rpo', 'approver', 'admin');
  const { db } = session;
  const { rpo, approver, admin } = session.as;
  let own: number;
  let outlet: number;
  let year: number;
  let itemId: number;
  let otherMaterial: Row;

  const material = async (title: string, publishedOn = `${year}-02-10`): Promise<Row> =>
    (await rpo.post('/api/materials', { outletId: outlet, language: 'kk', format: 'article', title, publishedOn }).expect(201)).body;
  const items = (rows: Row[]) => rows.map(({ id, version }) => ({ id, version }));
  const linked = async (ids: number[]) =>
    (await db.query('SELECT media_plan_item_id AS item FROM materials WHERE id = ANY($1) ORDER BY id', [ids])).rows.map((r) => r.item);

  beforeAll(async () => {
    own = await session.regionId('north-kazakhstan');
    outlet = (await db.query(`SELECT id FROM outlets WHERE region_id = $1 AND kind = 'print' LIMIT 1`, [own])).rows[0].id;
    year = await session.freePlanYear(own);
    const plan = (await rpo.post('/api/media-plans', { year, title: `Bulk ${year}` }).expect(201)).body;
    const item = { mediaPlanId: plan.id, topic: 'Ауыл', format: 'article', channel: 'print', plannedCount: 5, plannedQuarter: 1 };
    itemId = (await rpo.post('/api/media-plan-items', item).expect(201)).body.id;
    await rpo.post(`/api/media-plans/${plan.id}/submit`).expect(200);
    await approver.post(`/api/media-plans/${plan.id}/approve`).expect(200);
    const otherRegion = await session.regionId('aktobe');
    const otherOutlet = (await db.query(`SELECT id FROM outlets WHERE region_id = $1 LIMIT 1`, [otherRegion])).rows[0].id;
    otherMaterial = (
      await admin
        .post('/api/materials', {
          regionId: otherRegion,
          outletId: otherOutlet,
          language: 'ru',
          format: 'article',
          title: 'Чужой',
          publishedOn: `${year}-02-11`,
        })
        .expect(201)
    ).body;
  });

  it('links every material to the plan item, each audited, in one request', async () => {
    const rows = [await material('Один'), await material('Два'), await material('Три')];
    const answer: MaterialBulkAnswer = (
      await rpo.post('/api/materials/bulk', { items: items(rows), set: { mediaPlanItemId: itemId, targetAudienceIds: [1] } }).expect(200)
    ).body;
    expect(answer).toEqual({ saved: true, results: rows.map((r) => ({ id: r.id, ok: true, statusCode: 200 })) });
    expect(await linked(rows.map((r) => r.id))).toEqual([itemId, itemId, itemId]);
    const events = await db.query(
      `SELECT record_id, changes FROM audit_events WHERE resource = 'materials' AND action = 'update' AND record_id = ANY($1)`,
      [rows.map((r) => r.id)],
    );
    expect(events.rows).toHaveLength(3);
    expect(events.rows[0].changes).toMatchObject({ mediaPlanItemId: { before: null, after: itemId }, targetAudienceIds: { after: [1] } });
    const versions = await db.query('SELECT version FROM materials WHERE id = ANY($1)', [rows.map((r) => r.id)]);
    expect(versions.rows.map((r) => r.version)).toEqual([2, 2, 2]);
  });

  it('saves nothing when one material breaks a rule, and says which and why', async () => {
    const good = await material('Хороший');
    const otherYear = await material('Прошлогодний', '2020-03-03');
    const answer: MaterialBulkAnswer = (
      await rpo.post('/api/materials/bulk', { items: items([good, otherYear]), set: { mediaPlanItemId: itemId } }).expect(200)
    ).body;
    expect(answer.saved).toBe(false);
    expect(answer.results).toEqual([
      { id: good.id, ok: true, statusCode: 200 },
      expect.objectContaining({
        id: otherYear.id,
        ok: false,
        statusCode: 400,
        code: 'planItem.otherYear',
        params: { year: 2020, planYear: year },
      }),
    ]);
    expect(await linked([good.id, otherYear.id])).toEqual([null, null]);
    const { n } = (await db.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'update' AND record_id = $1`, [good.id]))
      .rows[0];
    expect(n).toBe(0);
  });

  it("refuses another region's material (404) and a stale version (409), row by row", async () => {
    const mine = await material('Мой');
    const stale = await material('Устаревший');
    await rpo.put(`/api/materials/${stale.id}`, { ...stale, notes: 'изменён' }).expect(200);
    const answer: MaterialBulkAnswer = (
      await rpo.post('/api/materials/bulk', { items: items([mine, stale, otherMaterial]), set: { mediaPlanItemId: itemId } }).expect(200)
    ).body;
    expect(answer.saved).toBe(false);
    expect(answer.results.map((r) => [r.id, r.statusCode, r.code])).toEqual([
      [mine.id, 200, undefined],
      [stale.id, 409, 'version.conflict'],
      [otherMaterial.id, 404, 'record.notFound'],
    ]);
    expect(await linked([mine.id, stale.id])).toEqual([null, null]);
  });

  it('respects a closed quarter', async () => {
    const locked = await material('Закрытый квартал', `${year}-01-15`);
    await rpo.post('/api/quarters/submit', { year, quarter: 1 }).expect(200);
    await approver.post('/api/quarters/approve', { regionId: own, year, quarter: 1 }).expect(200);
    const answer: MaterialBulkAnswer = (
      await rpo.post('/api/materials/bulk', { items: items([locked]), set: { mediaPlanItemId: itemId } }).expect(200)
    ).body;
    expect(answer.results).toEqual([expect.objectContaining({ id: locked.id, ok: false, statusCode: 409, code: 'quarter.closed' })]);
  });

  it('tells a database fault on one material as its row (503, server.unavailable) and saves none of them', async () => {
    const rows = await Promise.all(['Первый', 'Сбойный', 'Последний'].map((t) => material(t, `${year}-05-10`)));
    const [first, faulty, last] = rows;
    await db.query(`CREATE FUNCTION fail_material() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk fault'; END $$`);
    await db.query(
      `CREATE TRIGGER fail_material BEFORE UPDATE ON materials FOR EACH ROW WHEN (OLD.id = ${faulty.id}) EXECUTE FUNCTION fail_material()`,
    );
    try {
      const answer: MaterialBulkAnswer = (
        await rpo.post('/api/materials/bulk', { items: items(rows), set: { mediaPlanItemId: itemId } }).expect(200)
      ).body;
      expect(answer).toEqual({
        saved: false,
        results: [
          { id: first.id, ok: true, statusCode: 200 },
          { id: faulty.id, ok: false, statusCode: 503, code: 'server.unavailable', params: {}, message: expect.any(String) },
          { id: last.id, ok: true, statusCode: 200 },
        ],
      });
    } finally {
      await db.query('DROP TRIGGER fail_material ON materials; DROP FUNCTION fail_material()');
    }
    expect(await linked(rows.map((r) => r.id))).toEqual([null, null, null]);
    const { n } = (
      await db.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'update' AND record_id = ANY($1)`, [rows.map((r) => r.id)])
    ).rows[0];
    expect(n).toBe(0);
  });

  it('refuses bad bodies and roles that may not write materials', async () => {
    const one = [{ id: otherMaterial.id, version: 1 }];
    await rpo.post('/api/materials/bulk', { items: one, set: {} }).expect(400);
    await rpo.post('/api/materials/bulk', { items: [], set: { directionId: 1 } }).expect(400);
    await rpo.post('/api/materials/bulk', { items: one, set: { title: 'x' } }).expect(400);
    await rpo.post('/api/materials/bulk', { items: [{ id: 'x', version: 1 }], set: { directionId: 1 } }).expect(400);
    await approver.post('/api/materials/bulk', { items: one, set: { directionId: 1 } }).expect(403);
  });
});
