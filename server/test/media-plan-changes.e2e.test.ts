import { useAppSession } from './support/app-session';
import type { PlanChanges } from '../../contracts/media-plans';

describe('GET /api/media-plans/:id/changes: what changed since the previous submission', () => {
  const session = useAppSession('rpo', 'otherRpo', 'approver');
  const { db } = session;
  const { rpo, otherRpo, approver } = session.as;

  it('lists the items added, removed and changed, field by field, between the last two submissions', async () => {
    const plan = (await rpo.post('/api/media-plans', { year: 2043, title: 'Changes 2043' }).expect(201)).body;
    const path = `/api/media-plans/${plan.id}`;
    const draft = { mediaPlanId: plan.id, format: 'article', channel: 'print', plannedCount: 2, plannedQuarter: 1 };
    const kept = (await rpo.post('/api/media-plan-items', { ...draft, topic: 'Остаётся' }).expect(201)).body;
    const edited = (await rpo.post('/api/media-plan-items', { ...draft, topic: 'Меняется' }).expect(201)).body;
    const dropped = (await rpo.post('/api/media-plan-items', { ...draft, topic: 'Уходит' }).expect(201)).body;

    expect((await approver.get(`${path}/changes`).expect(200)).body).toMatchObject({ submittedAt: null, previousAt: null, added: [] });
    await rpo.post(`${path}/submit`).expect(200);
    const first: PlanChanges = (await approver.get(`${path}/changes`).expect(200)).body;
    expect(first).toMatchObject({ previousAt: null, added: [], removed: [], changed: [] });
    expect(first.submittedAt).not.toBeNull();

    await approver.post(`${path}/return`, { comment: 'Поправьте' }).expect(200);
    await rpo.put(`/api/media-plan-items/${edited.id}`, { ...edited, plannedCount: 5, targetAudienceIds: [2, 1] }).expect(200);
    await rpo.delete(`/api/media-plan-items/${dropped.id}`).expect(200);
    const added = (await rpo.post('/api/media-plan-items', { ...draft, topic: 'Новое' }).expect(201)).body;
    await rpo.post(`${path}/submit`).expect(200);

    const changes: PlanChanges = (await approver.get(`${path}/changes`).expect(200)).body;
    expect(changes.previousAt).toBe(first.submittedAt);
    expect(changes.added).toEqual([expect.objectContaining({ id: added.id, topic: 'Новое', plannedCount: 2, targetAudienceIds: [] })]);
    expect(changes.removed).toEqual([expect.objectContaining({ id: dropped.id, topic: 'Уходит' })]);
    expect(changes.changed).toEqual([
      {
        id: edited.id,
        topic: 'Меняется',
        changes: { plannedCount: { before: 2, after: 5 }, targetAudienceIds: { before: [], after: [1, 2] } },
      },
    ]);
    expect(changes.changed.map((c) => c.id)).not.toContain(kept.id);
    const { n } = (await db.query('SELECT count(*)::int AS n FROM media_plan_submissions WHERE media_plan_id = $1', [plan.id])).rows[0];
    expect(n).toBe(2);

    await otherRpo.get(`${path}/changes`).expect(404);
    await approver.get('/api/media-plans/2147483000/changes').expect(404);
  });
});
