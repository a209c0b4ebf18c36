import { Api, useAppSession } from './support/app-session';

describe('media plans: workflow, linking, execution', () => {
  const session = useAppSession('rpo', 'otherRpo', 'analyst', 'approver', 'admin');
  const { db } = session;
  const { rpo, otherRpo, analyst, approver, admin } = session.as;
  let own: number;
  let ownOutlet: number;

  const item = (mediaPlanId: number, patch: object = {}) => ({
    mediaPlanId,
    topic: 'Туған жер: ауыл тарихы',
    format: 'article',
    channel: 'print',
    plannedCount: 3,
    plannedQuarter: 1,
    ...patch,
  });

  beforeAll(async () => {
    own = await session.regionId('north-kazakhstan');
    ownOutlet = (await db.query(`SELECT id FROM outlets WHERE region_id = $1 AND kind = 'print' LIMIT 1`, [own])).rows[0].id;
  });

  it('walks draft → submitted → returned → submitted → approved → draft, refusing every other step', async () => {
    const plan = (await rpo.post('/api/media-plans', { year: 2040, title: 'Медиаплан 2040' }).expect(201)).body;
    expect(plan).toMatchObject({ regionId: own, status: 'draft', version: 1 });
    const first = (await rpo.post('/api/media-plan-items', item(plan.id)).expect(201)).body;
    const path = `/api/media-plans/${plan.id}`;

    await rpo.post(`${path}/approve`).expect(403);
    await rpo.post(`${path}/return`, { comment: 'x' }).expect(403);
    await rpo.post(`${path}/reopen`, { comment: 'x' }).expect(403);
    await approver.post(`${path}/approve`).expect(409);
    await otherRpo.post(`${path}/submit`).expect(403);
    await analyst.post(`${path}/submit`).expect(403);

    const submitted = (await rpo.post(`${path}/submit`).expect(200)).body;
    expect(submitted).toMatchObject({ status: 'submitted', submittedById: expect.any(Number) });
    expect(Date.parse(submitted.submittedAt)).not.toBeNaN();
    await rpo.post(`${path}/submit`).expect(409);
    await rpo.post('/api/media-plan-items', item(plan.id)).expect(409);
    await rpo.put(`/api/media-plan-items/${first.id}`, { ...first, plannedCount: 9 }).expect(409);
    await rpo.delete(`/api/media-plan-items/${first.id}`).expect(409);
    await rpo.put(path, { ...submitted, title: 'Другое' }).expect(409);

    await analyst.post(`${path}/return`, { comment: 'Мало' }).expect(403);
    const noComment = await approver.post(`${path}/return`, { comment: '  ' }).expect(400);
    expect(JSON.stringify(noComment.body.message)).toContain('comment');
    const returned = (await approver.post(`${path}/return`, { comment: 'Добавьте материалы для 60+' }).expect(200)).body;
    expect(returned).toMatchObject({ status: 'returned', returnComment: 'Добавьте материалы для 60+' });

    const edited = (await rpo.put(`/api/media-plan-items/${first.id}`, { ...first, plannedCount: 5 }).expect(200)).body;
    expect(edited.plannedCount).toBe(5);
    await rpo.post(`${path}/submit`).expect(200);
    const approved = (await approver.post(`${path}/approve`).expect(200)).body;
    expect(approved).toMatchObject({ status: 'approved', approvedById: expect.any(Number), returnComment: null });
    await rpo.post('/api/media-plan-items', item(plan.id)).expect(409);
    await rpo.post(`${path}/reopen`, { comment: 'Нужно поправить' }).expect(403);
    await approver.post(`${path}/reopen`, {}).expect(400);
    const reopened = (await approver.post(`${path}/reopen`, { comment: 'Нужно поправить' }).expect(200)).body;
    expect(reopened).toMatchObject({ status: 'draft', approvedAt: null });

    const { rows } = await db.query(
      `SELECT action, comment, changes FROM audit_events WHERE resource = 'media-plans' AND record_id = $1 AND action <> 'create' ORDER BY id`,
      [plan.id],
    );
    expect(rows.map((r) => [r.action, r.comment])).toEqual([
      ['submit', null],
      ['return', 'Добавьте материалы для 60+'],
      ['submit', null],
      ['approve', null],
      ['reopen', 'Нужно поправить'],
    ]);
    expect(rows[3].changes).toEqual({ status: { before: 'submitted', after: 'approved' } });
  });

  it('lets an approver submit the republican plan, and no RPO editor', async () => {
    const plan = (await approver.post('/api/media-plans', { year: 2040, title: 'Республиканский 2040', regionId: null }).expect(201)).body;
    await rpo.post(`/api/media-plans/${plan.id}/submit`).expect(403);
    await approver.post(`/api/media-plans/${plan.id}/submit`).expect(200);
  });

  it('approves several plans in one action, each on its own, and says why any failed', async () => {
    const make = async (login: Api, year: number, submit: boolean) => {
      const p = (await login.post('/api/media-plans', { year, title: `План ${year}` }).expect(201)).body;
      if (submit) await login.post(`/api/media-plans/${p.id}/submit`).expect(200);
      return p.id as number;
    };
    const a = await make(rpo, 2041, true);
    const b = await make(otherRpo, 2041, true);
    const draft = await make(rpo, 2042, false);
    await rpo.post('/api/media-plans/bulk', { action: 'approve', ids: [a] }).expect(403);
    const res = await approver.post('/api/media-plans/bulk', { action: 'approve', ids: [a, draft, 99999, b] }).expect(200);
    expect(res.body.results.map((r: { id: number; ok: boolean; statusCode: number }) => [r.id, r.ok, r.statusCode])).toEqual([
      [a, true, 200],
      [draft, false, 409],
      [99999, false, 404],
      [b, true, 200],
    ]);
    const { rows } = await db.query('SELECT id, status FROM media_plans WHERE id = ANY($1) ORDER BY id', [[a, b, draft]]);
    expect(Object.fromEntries(rows.map((r) => [r.id, r.status]))).toEqual({ [a]: 'approved', [b]: 'approved', [draft]: 'draft' });
    const noComment = await approver.post('/api/media-plans/bulk', { action: 'return', ids: [draft] }).expect(200);
    expect(noComment.body.results[0]).toMatchObject({ ok: false, statusCode: 400 });
  });

  it('refuses a bulk step on a plan changed since the overview showed its version', async () => {
    const plans = await Promise.all(
      [rpo, otherRpo].map(async (login) => {
        const p = (await login.post('/api/media-plans', { year: 2043, title: 'План 2043' }).expect(201)).body;
        await login.post(`/api/media-plans/${p.id}/submit`).expect(200);
        return p.id as number;
      }),
    );
    const [kept, changed] = plans;
    const overview = (await approver.get('/api/media-plans/overview?year=2043').expect(200)).body as { planId: number; version: number }[];
    const shown = plans.map((id) => overview.find((row) => row.planId === id)?.version);
    expect(shown).toEqual([2, 2]);
    await approver.post(`/api/media-plans/${changed}/return`, { comment: 'Мало' }).expect(200);
    await otherRpo.post(`/api/media-plans/${changed}/submit`).expect(200);

    const res = await approver.post('/api/media-plans/bulk', { action: 'approve', ids: plans, versions: shown }).expect(200);
    expect(res.body.results).toMatchObject([
      { id: kept, ok: true, statusCode: 200 },
      { id: changed, ok: false, statusCode: 409, code: 'version.conflict' },
    ]);
    const { rows } = await db.query('SELECT id, status FROM media_plans WHERE id = ANY($1)', [plans]);
    expect(Object.fromEntries(rows.map((r) => [r.id, r.status]))).toEqual({ [kept]: 'approved', [changed]: 'submitted' });
  });

  it('answers a result per plan when the database fails on one of them, the plans before and after it stepped', async () => {
    const plans: number[] = [];
    for (const login of [rpo, otherRpo, admin]) {
      const body =
        login === admin
          ? { year: 2044, title: 'План 2044', regionId: await session.regionId('almaty') }
          : { year: 2044, title: 'План 2044' };
      const p = (await login.post('/api/media-plans', body).expect(201)).body;
      await admin.post(`/api/media-plans/${p.id}/submit`).expect(200);
      plans.push(p.id);
    }
    const [first, faulty, last] = plans;
    await db.query(`CREATE FUNCTION fail_plan() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk fault'; END $$`);
    await db.query(
      `CREATE TRIGGER fail_plan BEFORE UPDATE ON media_plans FOR EACH ROW WHEN (OLD.id = ${faulty}) EXECUTE FUNCTION fail_plan()`,
    );
    try {
      const res = await approver.post('/api/media-plans/bulk', { action: 'approve', ids: plans }).expect(200);
      expect(res.body.results).toEqual([
        expect.objectContaining({ id: first, ok: true, statusCode: 200 }),
        { id: faulty, ok: false, statusCode: 503, code: 'server.unavailable', params: {}, message: expect.any(String) },
        expect.objectContaining({ id: last, ok: true, statusCode: 200 }),
      ]);
    } finally {
      await db.query('DROP TRIGGER fail_plan ON media_plans; DROP FUNCTION fail_plan()');
    }
    const { rows } = await db.query('SELECT id, status FROM media_plans WHERE id = ANY($1)', [plans]);
    expect(Object.fromEntries(rows.map((r) => [r.id, r.status]))).toEqual({
      [first]: 'approved',
      [faulty]: 'submitted',
      [last]: 'approved',
    });
    const steps = await db.query(
      `SELECT record_id FROM audit_events WHERE resource = 'media-plans' AND action = 'approve' AND record_id = ANY($1)`,
      [plans],
    );
    expect(steps.rows.map((r) => r.record_id).sort()).toEqual([first, last].sort());
  });

  describe('linking materials and plan versus fact', () => {
    let planId: number;
    let items: { q1: number; may: number; year: number };

    beforeAll(async () => {
      planId = (await rpo.post('/api/media-plans', { year: 2024, title: 'Медиаплан 2024' }).expect(201)).body.id;
      items = {
        q1: (await rpo.post('/api/media-plan-items', item(planId, { plannedQuarter: 1, plannedCount: 3 })).expect(201)).body.id,
        may: (await rpo.post('/api/media-plan-items', item(planId, { plannedQuarter: 2, plannedMonth: 5, plannedCount: 2 })).expect(201))
          .body.id,
        year: (await rpo.post('/api/media-plan-items', item(planId, { plannedQuarter: null, plannedCount: 4 })).expect(201)).body.id,
      };
    });

    const material = (mediaPlanItemId: number, publishedOn = '2024-02-10') => ({
      outletId: ownOutlet,
      title: `Материал ${Math.random()}`,
      language: 'kk',
      format: 'article',
      publishedOn,
      mediaPlanItemId,
    });

    it('refuses links to a plan that is not approved, of another year or of another region', async () => {
      const draft = await rpo.post('/api/materials', material(items.q1)).expect(400);
      expect(JSON.stringify(draft.body.message)).toContain('mediaPlanItemId');
      await rpo.post(`/api/media-plans/${planId}/submit`).expect(200);
      await approver.post(`/api/media-plans/${planId}/approve`).expect(200);
      const wrongYear = await rpo.post('/api/materials', material(items.q1, '2025-01-10')).expect(400);
      expect(JSON.stringify(wrongYear.body.message)).toContain('mediaPlanItemId');
      const aktobe = (
        await db.query(
          `SELECT r.id AS region, o.id AS outlet FROM regions r JOIN outlets o ON o.region_id = r.id WHERE r.code = 'aktobe' LIMIT 1`,
        )
      ).rows[0];
      const foreign = await admin
        .post('/api/materials', { ...material(items.q1), regionId: aktobe.region, outletId: aktobe.outlet })
        .expect(400);
      expect(JSON.stringify(foreign.body.message)).toContain('another region');
    });

    it('counts linked materials per item, per quarter and for the plan, flagging late items', async () => {
      for (let i = 0; i < 4; i++) await rpo.post('/api/materials', material(items.q1)).expect(201);
      await rpo.post('/api/materials', material(items.may, '2024-05-20')).expect(201);
      const res = await analyst.get(`/api/media-plans/${planId}/execution?asOf=2024-07-01`).expect(200);
      const byId = Object.fromEntries(res.body.items.map((i: { id: number }) => [i.id, i]));
      expect(byId[items.q1]).toMatchObject({ plannedCount: 3, linked: 4, fulfilled: 3, share: 1.333, dueOn: '2024-03-31', behind: false });
      expect(byId[items.may]).toMatchObject({ plannedCount: 2, linked: 1, fulfilled: 1, share: 0.5, dueOn: '2024-05-31', behind: true });
      expect(byId[items.year]).toMatchObject({ plannedCount: 4, linked: 0, fulfilled: 0, share: 0, dueOn: '2024-12-31', behind: false });
      expect(res.body.totals).toEqual({ planned: 9, linked: 5, fulfilled: 4, share: 0.444, items: 3, behind: 1 });
      expect(res.body.quarters).toEqual([
        { quarter: 1, planned: 3, linked: 4, fulfilled: 3, share: 1 },
        { quarter: 2, planned: 2, linked: 1, fulfilled: 1, share: 0.5 },
        { quarter: null, planned: 4, linked: 0, fulfilled: 0, share: 0 },
      ]);
      await otherRpo.get(`/api/media-plans/${planId}/execution`).expect(404);
    });

    it('counts, for an RPO editor reading the republican plan, only the materials of their own region', async () => {
      const [plan] = (
        await db.query(
          `SELECT p.id, count(m.id)::int AS linked, count(m.id) FILTER (WHERE m.region_id = $1)::int AS own
             FROM media_plans p JOIN media_plan_items i ON i.media_plan_id = p.id LEFT JOIN materials m ON m.media_plan_item_id = i.id
            WHERE p.region_id IS NULL GROUP BY p.id ORDER BY count(m.id) DESC LIMIT 1`,
          [own],
        )
      ).rows;
      expect(plan.linked).toBeGreaterThan(plan.own);
      expect(plan.own).toBeGreaterThan(0);
      const all = await admin.get(`/api/media-plans/${plan.id}/execution`).expect(200);
      expect(all.body.totals.linked).toBe(plan.linked);
      const mine = await rpo.get(`/api/media-plans/${plan.id}/execution`).expect(200);
      expect(mine.body.totals.linked).toBe(plan.own);
      const perItem = mine.body.items.reduce((s: number, i: { linked: number }) => s + i.linked, 0);
      expect(perItem).toBe(plan.own);
      expect(mine.body.totals.planned).toBe(all.body.totals.planned);
    });

    it('shows every region of the year (and the republican level) in the overview, with the plan’s figures and reopen count', async () => {
      await approver.post(`/api/media-plans/${planId}/reopen`, { comment: 'Поправка' }).expect(200);
      await rpo.post(`/api/media-plans/${planId}/submit`).expect(200);
      await approver.post(`/api/media-plans/${planId}/approve`).expect(200);
      const res = await approver.get('/api/media-plans/overview?year=2024').expect(200);
      expect(res.body).toHaveLength(21);
      const of2020 = await approver.get('/api/media-plans/overview?year=2020').expect(200);
      expect(of2020.body).toHaveLength(18);
      const row = res.body.find((r: { regionId: number }) => r.regionId === own);
      expect(row).toMatchObject({
        planId,
        status: 'approved',
        items: 3,
        planned: 9,
        linked: 5,
        fulfilled: 4,
        share: 0.444,
        reopenCount: 1,
      });
      expect(row.approvedBy).toEqual(expect.any(String));
      const mine = await rpo.get('/api/media-plans/overview?year=2024').expect(200);
      expect(mine.body.map((r: { regionId: number }) => r.regionId)).toEqual([own]);
      await approver.get('/api/media-plans/overview?year=abc').expect(400);
    });

    it("copies a plan's items into a new year's draft, without facts, once", async () => {
      const copy = (await rpo.post(`/api/media-plans/${planId}/copy`, { year: 2025 }).expect(201)).body;
      expect(copy).toMatchObject({ regionId: own, year: 2025, status: 'draft', title: 'Медиаплан 2025' });
      const exec = await rpo.get(`/api/media-plans/${copy.id}/execution`).expect(200);
      expect(exec.body.totals).toMatchObject({ planned: 9, linked: 0, items: 3 });
      await rpo.post(`/api/media-plans/${planId}/copy`, { year: 2025 }).expect(409);
      await otherRpo.post(`/api/media-plans/${planId}/copy`, { year: 2026 }).expect(404);
    });
  });
});
