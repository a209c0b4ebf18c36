import { useAppSession } from './support/app-session';

describe('closing a quarter', () => {
  const session = useAppSession('rpo', 'otherRpo', 'approver', 'analyst');
  const { db } = session;
  const { rpo, otherRpo, approver, analyst } = session.as;
  let own: number;
  let outlet: number;
  let q2Material: { id: number; [k: string]: unknown };

  beforeAll(async () => {
    own = await session.regionId('north-kazakhstan');
    outlet = (await db.query(`SELECT id FROM outlets WHERE region_id = $1 AND kind = 'print' LIMIT 1`, [own])).rows[0].id;
    const id = (
      await db.query(`SELECT id FROM materials WHERE region_id = $1 AND published_on BETWEEN '2020-04-01' AND '2020-06-30' LIMIT 1`, [own])
    ).rows[0].id;
    q2Material = (await rpo.get(`/api/materials/${id}`).expect(200)).body;
  });

  const quarter = { year: 2020, quarter: 2 };
  const newMaterial = (publishedOn: string) => ({
    outletId: outlet,
    title: `Кеш ${publishedOn}`,
    language: 'kk',
    format: 'article',
    publishedOn,
  });

  it('is submitted by the office and approved by an approver, refusing the wrong role, region and order', async () => {
    await approver.post('/api/quarters/approve', { ...quarter, regionId: own }).expect(409);
    await otherRpo.post('/api/quarters/submit', { ...quarter, regionId: own }).expect(403);
    await analyst.post('/api/quarters/submit', { ...quarter, regionId: own }).expect(403);
    await rpo.post('/api/quarters/submit', { year: 2099, quarter: 1 }).expect(409);
    const submitted = await rpo.post('/api/quarters/submit', quarter).expect(200);
    expect(submitted.body).toMatchObject({ regionId: own, status: 'submitted', submittedBy: expect.any(String) });
    await rpo.post('/api/quarters/submit', quarter).expect(409);
    await rpo.post('/api/quarters/approve', { ...quarter, regionId: own }).expect(403);
    const approved = await approver.post('/api/quarters/approve', { ...quarter, regionId: own }).expect(200);
    expect(approved.body).toMatchObject({ status: 'approved', approvedBy: expect.any(String) });
  });

  it('locks every write dated in the closed quarter with 409 and the reason, and leaves other quarters open', async () => {
    const create = await rpo.post('/api/materials', newMaterial('2020-05-05')).expect(409);
    expect(create.body.message).toMatch(/closed/);
    await rpo.put(`/api/materials/${q2Material.id}`, { ...q2Material, title: 'Правка' }).expect(409);
    await rpo.put(`/api/materials/${q2Material.id}`, { ...q2Material, publishedOn: '2020-07-01' }).expect(409);
    await rpo.delete(`/api/materials/${q2Material.id}`).expect(409);
    const q3 = (await rpo.post('/api/materials', newMaterial('2020-08-05')).expect(201)).body;
    await rpo.put(`/api/materials/${q3.id}`, { ...q3, publishedOn: '2020-05-01' }).expect(409);
    const stored = await db.query('SELECT title, published_on::text AS d FROM materials WHERE id = $1', [q2Material.id]);
    expect(stored.rows[0]).toEqual({ title: q2Material.title, d: q2Material.publishedOn });
  });

  it('lets writes through under a late-entry exception, audited, and locks again when closed', async () => {
    await approver.post('/api/quarters/exception', { ...quarter, regionId: own }).expect(400);
    const exception = await approver
      .post('/api/quarters/exception', { ...quarter, regionId: own, comment: 'Поздний отчёт района' })
      .expect(200);
    expect(exception.body).toMatchObject({ status: 'exception', exceptionComment: 'Поздний отчёт района' });
    const late = (await rpo.post('/api/materials', newMaterial('2020-06-30')).expect(201)).body;
    await approver.post('/api/quarters/close', { ...quarter, regionId: own }).expect(200);
    await rpo.delete(`/api/materials/${late.id}`).expect(409);
    const { rows } = await db.query(`SELECT action, comment FROM audit_events WHERE resource = 'quarters' AND region_id = $1 ORDER BY id`, [
      own,
    ]);
    expect(rows.map((r) => r.action)).toEqual(['quarter_submit', 'quarter_approve', 'quarter_exception', 'quarter_close']);
    expect(rows[2].comment).toBe('Поздний отчёт района');
  });

  it('shows approvers every region × quarter with its status, and an office its own', async () => {
    const all = await approver.get('/api/quarters?year=2020').expect(200);
    expect(all.body).toHaveLength(17 * 4);
    expect(all.body.find((r: { regionId: number; quarter: number }) => r.regionId === own && r.quarter === 2).status).toBe('approved');
    expect(all.body.find((r: { regionId: number; quarter: number }) => r.regionId === own && r.quarter === 1).status).toBe('open');
    const mine = await rpo.get('/api/quarters?year=2020').expect(200);
    expect(mine.body).toHaveLength(4);
    await rpo.post('/api/quarters/finish', quarter).expect(400);
  });
});
