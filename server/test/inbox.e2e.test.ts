import { api } from './support/http';
import { Api, useAppSession } from './support/app-session';
import type { Inbox, InboxItem } from '../../contracts/inbox';

describe('the inbox: what needs attention, per role', () => {
  const session = useAppSession('rpo', 'otherRpo', 'analyst', 'approver');
  const { db } = session;
  const { rpo, otherRpo, analyst, approver } = session.as;
  let own: number;
  let year: number;

  const inbox = async (who: Api): Promise<Inbox> => (await who.get('/api/inbox').expect(200)).body;
  const ofKind = (box: Inbox, kind: InboxItem['kind']) => box.items.filter((i) => i.kind === kind);

  beforeAll(async () => {
    own = await session.regionId('north-kazakhstan');
    year = await session.freePlanYear(own);
  });

  it('shows an approver the submitted plans, oldest first, and the editor the returned one with its comment', async () => {
    const plan = (await rpo.post('/api/media-plans', { year, title: `Inbox ${year}` }).expect(201)).body;
    const item = { mediaPlanId: plan.id, topic: 'Ауыл', format: 'article', channel: 'print', plannedCount: 2, plannedQuarter: 1 };
    await rpo.post('/api/media-plan-items', item).expect(201);
    await rpo.post(`/api/media-plans/${plan.id}/submit`).expect(200);

    const box = await inbox(approver);
    const submitted = ofKind(box, 'planSubmitted');
    expect(submitted.map((i) => i.planId)).toContain(plan.id);
    const since = submitted.map((i) => Date.parse(i.since));
    expect(since).toEqual([...since].sort((a, b) => a - b));
    const { n } = (await db.query(`SELECT count(*)::int AS n FROM media_plans WHERE status = 'submitted'`)).rows[0];
    expect(box.counts.planSubmitted).toBe(n);
    expect(box.total).toBe(Object.values(box.counts).reduce((a, b) => a + b, 0));

    await approver.post('/api/media-plans/bulk', { action: 'return', ids: [plan.id], comment: 'Добавьте 60+' }).expect(200);
    expect(ofKind(await inbox(approver), 'planSubmitted').map((i) => i.planId)).not.toContain(plan.id);
    const returned = ofKind(await inbox(rpo), 'planReturned').find((i) => i.planId === plan.id);
    expect(returned).toMatchObject({ regionId: own, year, title: `Inbox ${year}`, comment: 'Добавьте 60+' });
    expect(ofKind(await inbox(otherRpo), 'planReturned').map((i) => i.planId)).not.toContain(plan.id);

    await rpo.post(`/api/media-plans/${plan.id}/submit`).expect(200);
    await approver.post('/api/media-plans/bulk', { action: 'approve', ids: [plan.id] }).expect(200);
    const behind = ofKind(await inbox(rpo), 'itemBehind').find((i) => i.planId === plan.id);
    expect(behind).toMatchObject({ title: 'Ауыл', quarter: 1, planned: 2, linked: 0 });
    expect(behind?.since.slice(0, 10)).toBe(`${year}-04-01`);
    expect(ofKind(await inbox(otherRpo), 'itemBehind').map((i) => i.planId)).not.toContain(plan.id);
  });

  it("tells an editor their region's ended quarters still open, and a late-entry exception once granted", async () => {
    const open = ofKind(await inbox(rpo), 'quarterOpen');
    expect(open).toContainEqual(expect.objectContaining({ regionId: own, year: 2020, quarter: 1 }));
    expect(open.every((i) => i.regionId === own)).toBe(true);
    const otherOpen = ofKind(await inbox(otherRpo), 'quarterOpen');
    expect(otherOpen.every((i) => i.regionId !== own)).toBe(true);

    await rpo.post('/api/quarters/submit', { year: 2020, quarter: 1 }).expect(200);
    expect(ofKind(await inbox(rpo), 'quarterOpen')).not.toContainEqual(expect.objectContaining({ year: 2020, quarter: 1 }));
    expect(ofKind(await inbox(approver), 'quarterSubmitted')).toContainEqual(
      expect.objectContaining({ regionId: own, year: 2020, quarter: 1 }),
    );

    await approver.post('/api/quarters/approve', { regionId: own, year: 2020, quarter: 1 }).expect(200);
    await approver.post('/api/quarters/exception', { regionId: own, year: 2020, quarter: 1, comment: 'Поздние публикации' }).expect(200);
    expect(ofKind(await inbox(rpo), 'lateEntry')).toEqual([
      expect.objectContaining({ regionId: own, year: 2020, quarter: 1, comment: 'Поздние публикации' }),
    ]);
    expect(ofKind(await inbox(otherRpo), 'lateEntry')).toEqual([]);
  });

  it("decides the inbox's selected plans one by one: a plan returned meanwhile is refused with its reason, the others are approved", async () => {
    const submitted = async (who: Api, planYear: number) => {
      const plan = (await who.post('/api/media-plans', { year: planYear, title: `Пакет ${planYear}` }).expect(201)).body;
      await who.post(`/api/media-plans/${plan.id}/submit`).expect(200);
      return plan.id as number;
    };
    const [first, meanwhile, last] = [await submitted(rpo, 2061), await submitted(rpo, 2062), await submitted(otherRpo, 2061)];
    const selected = ofKind(await inbox(approver), 'planSubmitted').map((i) => i.planId);
    expect(selected).toEqual(expect.arrayContaining([first, meanwhile, last]));
    await approver.post(`/api/media-plans/${meanwhile}/return`, { comment: 'Уточните охват' }).expect(200);

    const { results } = (await approver.post('/api/media-plans/bulk', { action: 'approve', ids: [first, meanwhile, last] }).expect(200))
      .body;
    expect(results).toEqual([
      expect.objectContaining({ id: first, ok: true, statusCode: 200, plan: expect.objectContaining({ status: 'approved', version: 3 }) }),
      {
        id: meanwhile,
        ok: false,
        statusCode: 409,
        code: 'plan.stepNotAllowed',
        params: { status: 'returned', step: 'approve' },
        message: expect.any(String),
      },
      expect.objectContaining({ id: last, ok: true, statusCode: 200 }),
    ]);
    const { rows } = await db.query(
      `SELECT p.id, p.status, p.version, p.approved_at IS NOT NULL AS approved, p.return_comment AS comment,
              (SELECT array_agg(e.action ORDER BY e.id) FROM audit_events e WHERE e.resource = 'media-plans' AND e.record_id = p.id) AS steps
         FROM media_plans p WHERE p.id = ANY($1) ORDER BY p.id`,
      [[first, meanwhile, last]],
    );
    expect(rows).toEqual([
      { id: first, status: 'approved', version: 3, approved: true, comment: null, steps: ['create', 'submit', 'approve'] },
      { id: meanwhile, status: 'returned', version: 3, approved: false, comment: 'Уточните охват', steps: ['create', 'submit', 'return'] },
      { id: last, status: 'approved', version: 3, approved: true, comment: null, steps: ['create', 'submit', 'approve'] },
    ]);
    expect(ofKind(await inbox(approver), 'planSubmitted').map((i) => i.planId)).not.toContain(first);
    expect(ofKind(await inbox(rpo), 'planReturned').map((i) => i.planId)).toContain(meanwhile);
  });

  it('refuses, with the versions the inbox showed, a plan returned and submitted again meanwhile; the others are approved', async () => {
    const submitted = async (planYear: number) => {
      const plan = (await rpo.post('/api/media-plans', { year: planYear, title: `Версии ${planYear}` }).expect(201)).body;
      await rpo.post(`/api/media-plans/${plan.id}/submit`).expect(200);
      return plan.id as number;
    };
    const [kept, changed] = [await submitted(2063), await submitted(2064)];
    const shown = ofKind(await inbox(approver), 'planSubmitted').filter((i) => i.planId === kept || i.planId === changed);
    expect(shown.map((i) => [i.planId, i.planVersion])).toEqual([
      [kept, 2],
      [changed, 2],
    ]);
    await approver.post(`/api/media-plans/${changed}/return`, { comment: 'Иначе' }).expect(200);
    await rpo.post(`/api/media-plans/${changed}/submit`).expect(200);

    const ids = shown.map((i) => i.planId);
    const versions = shown.map((i) => i.planVersion);
    const { results } = (await approver.post('/api/media-plans/bulk', { action: 'approve', ids, versions }).expect(200)).body;
    expect(results).toEqual([
      expect.objectContaining({ id: kept, ok: true, statusCode: 200 }),
      {
        id: changed,
        ok: false,
        statusCode: 409,
        code: 'version.conflict',
        params: { resource: 'media-plans', id: changed },
        message: expect.any(String),
      },
    ]);
    const { rows } = await db.query('SELECT id, status, version FROM media_plans WHERE id = ANY($1) ORDER BY id', [[kept, changed]]);
    expect(rows).toEqual([
      { id: kept, status: 'approved', version: 3 },
      { id: changed, status: 'submitted', version: 4 },
    ]);
    const uneven = await approver.post('/api/media-plans/bulk', { action: 'approve', ids: [changed], versions: [4, 4] }).expect(400);
    expect(uneven.body).toMatchObject({ code: 'validation.invalid', field: 'versions' });
    await approver.post('/api/media-plans/bulk', { action: 'approve', ids: [changed], versions: [4] }).expect(200);
    expect((await db.query('SELECT status FROM media_plans WHERE id = $1', [changed])).rows[0].status).toBe('approved');
  });

  it('has nothing for an analyst, and needs a session', async () => {
    expect(await inbox(analyst)).toMatchObject({ total: 0, items: [] });
    await api(session.app, 'nonsense').get('/api/inbox').expect(401);
  });
});
