import { Client } from 'pg';
import type { AuditEvent, AuditReference } from '../../contracts/audit-events';
import { startTestApp, TestApp } from './support/test-app';
import { api, listUrl, tokenFor } from './support/http';

describe('the audit trail names people and records', () => {
  let app: TestApp;
  let db: Client;
  let rpo: ReturnType<typeof api>;
  let otherRpo: ReturnType<typeof api>;
  let analyst: ReturnType<typeof api>;
  let me: { id: number; fullName: string; regionId: number };
  const ids = {} as Record<string, number>;

  async function one(sql: string, params: unknown[] = []): Promise<number> {
    const { rows } = await db.query(sql, params);
    return rows[0].id;
  }

  const eventsOf = async (who: ReturnType<typeof api>, filter: object): Promise<AuditEvent[]> =>
    (await who.get(listUrl('audit-events', { filter, sort: ['id', 'ASC'], range: [0, 99] })).expect(200)).body;

  const named = (event: AuditEvent, resource: string, id: number): AuditReference | undefined =>
    event.references.find((r) => r.resource === resource && r.id === id);

  beforeAll(async () => {
    app = await startTestApp();
    db = new Client({ connectionString: app.databaseUrl });
    await db.connect();
    const token = await tokenFor(app, 'rpo-north-kazakhstan');
    rpo = api(app, token);
    otherRpo = api(app, await tokenFor(app, 'rpo-aktobe'));
    analyst = api(app, await tokenFor(app, 'analyst'));
    me = (await rpo.get('/api/auth/me').expect(200)).body;
    ids.outletA = await one(`SELECT id FROM outlets WHERE region_id = $1 ORDER BY id LIMIT 1`, [me.regionId]);
    ids.outletB = await one(`SELECT id FROM outlets WHERE region_id = $1 ORDER BY id DESC LIMIT 1`, [me.regionId]);
    ids.audienceA = await one(`SELECT id FROM target_audiences ORDER BY id LIMIT 1`);
    ids.audienceB = await one(`SELECT id FROM target_audiences ORDER BY id DESC LIMIT 1`);
    ids.direction = await one(`SELECT id FROM directions ORDER BY id LIMIT 1`);
    ids.otherRegion = await one(`SELECT id FROM regions WHERE code = 'aktobe'`);
  });

  afterAll(async () => {
    await db.end();
    await app.close();
  });

  it('gives the acting user by name, role and region, and every id of the changes by name', async () => {
    const created = (
      await rpo
        .post('/api/materials', {
          outletId: ids.outletA,
          title: 'Аудит атаулары',
          language: 'kk',
          format: 'article',
          publishedOn: '2025-03-04',
          directionId: ids.direction,
          targetAudienceIds: [ids.audienceA],
        })
        .expect(201)
    ).body;
    await rpo
      .put(`/api/materials/${created.id}`, { ...created, outletId: ids.outletB, targetAudienceIds: [ids.audienceA, ids.audienceB] })
      .expect(200);

    const [create, update] = await eventsOf(analyst, { resource: 'materials', recordId: created.id });
    expect(update).toMatchObject({ action: 'update', userName: me.fullName, userRole: 'rpo_editor', userRegionId: me.regionId });
    const region = await db.query('SELECT name_kk, name_ru, name_en FROM regions WHERE id = $1', [me.regionId]);
    expect(named(update, 'regions', me.regionId)).toEqual({
      resource: 'regions',
      id: me.regionId,
      nameKk: region.rows[0].name_kk,
      nameRu: region.rows[0].name_ru,
      nameEn: region.rows[0].name_en,
      mediaPlanId: null,
    });
    const outlets = await db.query('SELECT id, name FROM outlets WHERE id = ANY($1) ORDER BY id', [[ids.outletA, ids.outletB]]);
    for (const outlet of outlets.rows)
      expect(named(update, 'outlets', outlet.id)).toMatchObject({ nameRu: outlet.name, nameKk: outlet.name });
    expect(named(update, 'target-audiences', ids.audienceB)?.nameKk).toBeTruthy();
    expect(named(update, 'materials', created.id)?.nameRu).toBe('Аудит атаулары');
    expect(named(create, 'users', me.id)?.nameRu).toBe(me.fullName);
    expect(named(create, 'directions', ids.direction)?.nameRu).toBeTruthy();
    expect(new Set(update.references.map((r) => `${r.resource}:${r.id}`)).size).toBe(update.references.length);

    expect((await rpo.get(`/api/audit-events/${update.id}`).expect(200)).body).toEqual(update);
    await otherRpo.get(`/api/audit-events/${update.id}`).expect(404);
    expect(await eventsOf(otherRpo, { resource: 'materials', recordId: created.id })).toEqual([]);

    await rpo.delete(`/api/materials/${created.id}`).expect(200);
    const [removed] = await eventsOf(analyst, { resource: 'materials', recordId: created.id, action: 'delete' });
    expect(named(removed, 'materials', created.id)).toBeUndefined();
    expect(named(removed, 'outlets', ids.outletB)).toBeDefined();
  });

  it("names a plan item with its plan, and no other region's plan items in a region's event", async () => {
    const plan = (await rpo.post('/api/media-plans', { year: 2041, title: 'Медиаплан 2041' }).expect(201)).body;
    const item = (
      await rpo
        .post('/api/media-plan-items', { mediaPlanId: plan.id, topic: 'Ауыл тарихы', format: 'article', channel: 'print', plannedCount: 2 })
        .expect(201)
    ).body;
    const [created] = await eventsOf(rpo, { resource: 'media-plan-items', recordId: item.id });
    expect(named(created, 'media-plan-items', item.id)).toMatchObject({ nameKk: 'Ауыл тарихы', mediaPlanId: plan.id });
    expect(named(created, 'media-plans', plan.id)).toMatchObject({ nameRu: 'Медиаплан 2041', mediaPlanId: null });

    const otherPlan = await one(`INSERT INTO media_plans (region_id, year, title) VALUES ($1, 2041, 'Чужой') RETURNING id`, [
      ids.otherRegion,
    ]);
    const otherItem = await one(
      `INSERT INTO media_plan_items (media_plan_id, topic, format, channel, planned_count) VALUES ($1, 'Чужая тема', 'article', 'print', 1) RETURNING id`,
      [otherPlan],
    );
    const eventId = await one(
      `INSERT INTO audit_events (user_id, action, resource, record_id, region_id, changes)
       VALUES ($1, 'update', 'materials', NULL, $2, $3) RETURNING id`,
      [
        me.id,
        me.regionId,
        JSON.stringify({
          mediaPlanItemId: { before: otherItem, after: item.id },
          regionId: { before: ids.otherRegion, after: me.regionId },
        }),
      ],
    );
    const event: AuditEvent = (await rpo.get(`/api/audit-events/${eventId}`).expect(200)).body;
    expect(named(event, 'media-plan-items', otherItem)).toBeUndefined();
    expect(named(event, 'media-plan-items', item.id)).toBeDefined();
    expect(named(event, 'regions', ids.otherRegion)).toBeDefined();
  });

  it('names the acting user of every event of a whole page', async () => {
    const page: AuditEvent[] = (await analyst.get(listUrl('audit-events', { range: [0, 199] })).expect(200)).body;
    expect(page.length).toBeGreaterThan(3);
    for (const event of page.filter((e) => e.userId !== null)) expect(event.userName).toEqual(expect.any(String));
  });
});
