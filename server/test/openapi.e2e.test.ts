import request, { Response, Test } from 'supertest';
import { OpenApiContract, ResponseObject } from './support/openapi-contract';
import { startTestApp, TestApp } from './support/test-app';
import { tokenFor } from './support/http';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
type Row = { id: number; version: number; [field: string]: unknown };

describe('the OpenAPI document describes every answer of every operation', () => {
  let app: TestApp;
  let contract: OpenApiContract;
  const problems: string[] = [];
  const tokens: { [who: string]: string } = {};

  beforeAll(async () => {
    app = await startTestApp();
    contract = await OpenApiContract.load(app);
    for (const who of ['admin', 'approver', 'analyst', 'rpo-north-kazakhstan']) tokens[who] = await tokenFor(app, who);
  });

  afterAll(async () => {
    await app.close();
  });

  /** One call, its status as expected, its answer checked against the document. */
  async function call(
    who: string | null,
    method: Method,
    path: string,
    status: number,
    body?: object,
    prepare?: (t: Test) => Test,
  ): Promise<Response> {
    let req = request(app.url)[method.toLowerCase() as 'get' | 'post' | 'put' | 'delete'](path);
    if (who) req = req.set('Authorization', `Bearer ${tokens[who]}`);
    if (body) req = req.send(body);
    if (prepare) req = prepare(req);
    const res = await req;
    if (res.status !== status) throw new Error(`${method} ${path}: ${res.status}, expected ${status}: ${res.text}`);
    problems.push(...contract.problemsOf(method, path, res));
    return res;
  }

  const itemDraft = (mediaPlanId: number) => ({ mediaPlanId, topic: 'Tour', format: 'article', channel: 'print', plannedCount: 2 });
  const list = (resource: string, params = 'range=[0,4]') => `/api/${resource}?${encodeURI(params)}`;

  async function crudTour(resource: string, who: string, draft: object, change: object): Promise<Row> {
    await call(who, 'GET', list(resource), 200);
    await call(who, 'GET', list(resource, 'sort=["nonsense","ASC"]'), 400);
    const created: Row = (await call(who, 'POST', `/api/${resource}`, 201, draft)).body;
    await call(who, 'POST', `/api/${resource}`, 400, {});
    await call(who, 'GET', `/api/${resource}/${created.id}`, 200);
    await call(who, 'GET', `/api/${resource}/2147483000`, 404);
    const updated: Row = (await call(who, 'PUT', `/api/${resource}/${created.id}`, 200, { ...created, ...change })).body;
    await call(who, 'PUT', `/api/${resource}/${created.id}`, 409, { ...created, ...change });
    return updated;
  }

  async function remove(resource: string, who: string, id: number): Promise<void> {
    await call(who, 'DELETE', `/api/${resource}/${id}`, 200);
    await call(who, 'DELETE', `/api/${resource}/${id}`, 404);
  }

  it('has a response schema for every operation', () => {
    const described = ([status, r]: [string, ResponseObject]) =>
      status === '204' || (status.startsWith('2') && Object.values(r.content ?? {}).some((m) => m.schema));
    const without = contract.operations.filter((o) => !Object.entries(o.responses).some(described)).map((o) => `${o.method} ${o.template}`);
    expect(without).toEqual([]);
  });

  it('describes the reference resources and their errors', async () => {
    const names = (code: string) => ({ code, nameKk: `${code} kk`, nameRu: `${code} ru`, nameEn: `${code} en` });
    const renamed = { nameEn: 'Tour' };
    const regionDraft = { ...names('tour-region'), kind: 'oblast', kato: '99', activeFrom: '2024-01-01' };
    const region = await crudTour('regions', 'admin', regionDraft, renamed);
    const direction = await crudTour('directions', 'admin', names('tour-direction'), renamed);
    const projectDraft = { ...names('tour-project'), directionId: direction.id, introducedIn: 2024 };
    const project = await crudTour('special-projects', 'admin', projectDraft, renamed);
    const audience = await crudTour('target-audiences', 'admin', { ...names('tour-audience'), methodsKk: 'a', methodsRu: 'b' }, renamed);
    await call('analyst', 'POST', '/api/directions', 403, names('tour-forbidden'));
    await call(null, 'GET', list('directions'), 401);
    await call('rpo-north-kazakhstan', 'GET', '/api/references', 200);
    await call(null, 'GET', '/api/references', 401);
    await remove('special-projects', 'admin', project.id);
    await remove('directions', 'admin', direction.id);
    await remove('target-audiences', 'admin', audience.id);
    await remove('regions', 'admin', region.id);
  });

  it('describes outlets, rubrics, materials, media plans and their items', async () => {
    const me = (await call('rpo-north-kazakhstan', 'GET', '/api/auth/me', 200)).body as { regionId: number };
    const outletDraft = { name: 'Tour outlet', kind: 'print', level: 'regional', regionId: me.regionId, languages: ['kk'], active: true };
    const outlet = await crudTour('outlets', 'admin', outletDraft, { name: 'Tour outlet 2' });
    const rubric = await crudTour('rubrics', 'admin', { outletId: outlet.id, name: 'Tour rubric' }, { name: 'Tour rubric 2' });
    const material = await crudTour(
      'materials',
      'rpo-north-kazakhstan',
      { outletId: outlet.id, rubricId: rubric.id, title: 'Tour', language: 'kk', format: 'article', publishedOn: '2021-02-01', views: 10 },
      { title: 'Tour material 2' },
    );
    const plan = await crudTour('media-plans', 'rpo-north-kazakhstan', { year: 2047, title: 'Tour plan' }, { title: 'Tour plan 2' });
    const item = await crudTour(
      'media-plan-items',
      'rpo-north-kazakhstan',
      { ...itemDraft(plan.id), targetAudienceIds: [1] },
      { topic: 'Tour topic 2' },
    );
    await call('rpo-north-kazakhstan', 'GET', '/api/materials?embed=outlets,regions', 200);
    await call('rpo-north-kazakhstan', 'GET', '/api/materials?embed=authors', 400);
    const bulk = { items: [{ id: material.id, version: material.version }], set: { rubricId: null } };
    await call('rpo-north-kazakhstan', 'POST', '/api/materials/bulk', 200, bulk);
    await call('rpo-north-kazakhstan', 'POST', '/api/materials/bulk', 400, { ...bulk, set: {} });
    await call('approver', 'POST', '/api/materials/bulk', 403, bulk);
    const evidence = `/api/materials/${material.id}/evidence`;
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const file = (await call('rpo-north-kazakhstan', 'POST', evidence, 201, undefined, (t) => t.attach('file', png, 'scan.png'))).body;
    await call('rpo-north-kazakhstan', 'POST', evidence, 415, undefined, (t) => t.attach('file', Buffer.from('MZ'), 'scan.png'));
    await call('rpo-north-kazakhstan', 'POST', evidence, 400, { file: 'scan.png' });
    await call('analyst', 'POST', evidence, 403, undefined, (t) => t.attach('file', png, 'scan.png'));
    await call('rpo-north-kazakhstan', 'GET', evidence, 200);
    await call('rpo-north-kazakhstan', 'GET', '/api/materials/2147483000/evidence', 404);
    await call('analyst', 'GET', `/api/evidence/${file.id}`, 200);
    await call('analyst', 'GET', '/api/evidence/2147483000', 404);
    await call('analyst', 'DELETE', `/api/evidence/${file.id}`, 403);
    await call('rpo-north-kazakhstan', 'DELETE', `/api/evidence/${file.id}`, 204);
    await remove('materials', 'rpo-north-kazakhstan', material.id);
    await remove('media-plan-items', 'rpo-north-kazakhstan', item.id);
    await remove('media-plans', 'rpo-north-kazakhstan', plan.id);
    await remove('rubrics', 'admin', rubric.id);
    await remove('outlets', 'admin', outlet.id);
  });

  it('describes the media plan workflow, its overview and its execution', async () => {
    const rpo = 'rpo-north-kazakhstan';
    const plan: Row = (await call(rpo, 'POST', '/api/media-plans', 201, { year: 2045, title: 'Workflow tour' })).body;
    await call(rpo, 'POST', '/api/media-plan-items', 201, itemDraft(plan.id));
    await call(rpo, 'GET', '/api/media-plans/overview?year=2045', 200);
    await call('approver', 'GET', '/api/media-plans/overview?year=2045', 200);
    await call(rpo, 'GET', '/api/media-plans/overview?year=nonsense', 400);
    await call(rpo, 'POST', `/api/media-plans/${plan.id}/submit`, 200, {});
    await call(rpo, 'POST', `/api/media-plans/${plan.id}/submit`, 409, {});
    await call(rpo, 'POST', `/api/media-plans/${plan.id}/approve`, 403, {});
    await call('approver', 'POST', `/api/media-plans/${plan.id}/approve`, 200, {});
    await call('approver', 'POST', `/api/media-plans/${plan.id}/reopen`, 400, {});
    await call('approver', 'POST', `/api/media-plans/${plan.id}/reopen`, 200, { comment: 'Tour reopen' });
    await call(rpo, 'POST', `/api/media-plans/${plan.id}/submit`, 200, {});
    await call('approver', 'POST', `/api/media-plans/${plan.id}/return`, 200, { comment: 'Tour return' });
    await call('approver', 'POST', `/api/media-plans/2147483000/return`, 404, { comment: 'Tour return' });
    await call(rpo, 'GET', '/api/inbox', 200);
    await call('approver', 'GET', `/api/media-plans/${plan.id}/changes`, 200);
    await call('approver', 'GET', '/api/media-plans/2147483000/changes', 404);
    await call(null, 'GET', '/api/inbox', 401);
    await call(rpo, 'POST', `/api/media-plans/${plan.id}/copy`, 201, { year: 2046 });
    await call(rpo, 'POST', `/api/media-plans/${plan.id}/copy`, 409, { year: 2046 });
    await call(rpo, 'POST', `/api/media-plans/${plan.id}/submit`, 200, {});
    await call('approver', 'GET', '/api/inbox', 200);
    await call('approver', 'POST', '/api/media-plans/bulk', 200, { action: 'approve', ids: [plan.id, 2147483000] });
    await call(rpo, 'POST', '/api/media-plans/bulk', 403, { action: 'approve', ids: [plan.id] });
    await call(rpo, 'GET', `/api/media-plans/${plan.id}/execution`, 200);
    await call(rpo, 'GET', `/api/media-plans/${plan.id}/execution?asOf=2045-06-30`, 200);
    await call(rpo, 'GET', '/api/media-plans/2147483000/execution', 404);
  });

  it('describes the quarters and their steps', async () => {
    const rpo = 'rpo-north-kazakhstan';
    const quarter = { year: 2023, quarter: 1 };
    await call(rpo, 'GET', '/api/quarters?year=2023', 200);
    await call('approver', 'GET', '/api/quarters?year=nonsense', 400);
    const { regionId } = (await call(rpo, 'POST', '/api/quarters/submit', 200, quarter)).body as { regionId: number };
    await call(rpo, 'POST', '/api/quarters/submit', 409, quarter);
    await call(rpo, 'POST', '/api/quarters/approve', 403, { ...quarter, regionId });
    await call('approver', 'POST', '/api/quarters/approve', 200, { ...quarter, regionId });
    await call('approver', 'POST', '/api/quarters/exception', 200, { ...quarter, regionId, comment: 'Tour exception' });
    await call('approver', 'POST', '/api/quarters/close', 200, { ...quarter, regionId });
  });

  it('describes the rollups and analytics', async () => {
    const period = 'from=2020-01-01&to=2020-12-31';
    await call('analyst', 'GET', `/api/rollups/national?${period}`, 200);
    await call('analyst', 'GET', `/api/rollups/national?${period}&filter=${encodeURIComponent('{"directionId":2}')}`, 200);
    await call('analyst', 'GET', '/api/rollups/national?from=2020-01-01', 400);
    await call('analyst', 'GET', `/api/rollups/completeness?${period}`, 200);
    await call('rpo-north-kazakhstan', 'GET', `/api/rollups/completeness?${period}`, 200);
    await call('analyst', 'GET', `/api/rollups/coverage?${period}`, 200);
    await call('analyst', 'GET', '/api/rollups/coverage?from=nonsense&to=2020-12-31', 400);
    const groupings = ['regionId,channel', 'mediaLevel,language', 'format,directionId', 'specialProjectId', 'targetAudienceId', 'outletId'];
    for (const groupBy of [...groupings, 'month', 'quarter', 'year']) {
      await call('analyst', 'GET', `/api/rollups?groupBy=${groupBy}&${period}`, 200);
    }
    await call('analyst', 'GET', `/api/rollups?groupBy=nonsense&${period}`, 400);
  });

  it('describes the quarterly report, the note and the import template as files', async () => {
    for (const format of ['xlsx', 'csv']) {
      await call('analyst', 'GET', `/api/reports/quarterly?year=2020&quarter=2&format=${format}`, 200);
      await call('rpo-north-kazakhstan', 'GET', `/api/materials/import/template?format=${format}`, 200);
    }
    await call('analyst', 'GET', '/api/reports/quarterly?year=2020&quarter=5', 400);
    await call('analyst', 'GET', '/api/reports/note?year=2020&quarter=2&lang=kk', 200);
    await call('rpo-north-kazakhstan', 'GET', '/api/reports/note?year=2020', 200);
    await call('analyst', 'GET', '/api/reports/note?year=2020&quarter=5', 400);
    await call('rpo-north-kazakhstan', 'GET', '/api/materials/import/template?format=pdf', 400);
    await call('analyst', 'GET', '/api/materials/import/template', 403);
  });

  it('describes the list exports as files', async () => {
    const filter = encodeURIComponent(JSON.stringify({ publishedFrom: '2020-01-01', publishedTo: '2020-01-31' }));
    await call('analyst', 'GET', `/api/materials/export?filter=${filter}&lang=en`, 200);
    await call('analyst', 'GET', '/api/materials/export?ids=0', 400);
    await call('analyst', 'GET', '/api/media-plans/export?filter=%7B%22year%22%3A2020%7D', 200);
    await call('analyst', 'GET', '/api/media-plans/export?lang=xx', 400);
    await call('rpo-north-kazakhstan', 'GET', '/api/audit-events/export', 200);
    await call('analyst', 'GET', '/api/audit-events/export?filter=nope', 400);
  });

  it('describes the exports of the items, users, outlets, rubrics and references', async () => {
    const sort = encodeURIComponent('["id","DESC"]');
    for (const list of ['media-plan-items', 'outlets', 'rubrics', 'regions', 'directions', 'special-projects', 'target-audiences']) {
      await call('analyst', 'GET', `/api/${list}/export?sort=${sort}&lang=kk`, 200);
    }
    await call('analyst', 'GET', `/api/outlets/export?sort=${encodeURIComponent('["nope","ASC"]')}`, 400);
    await call('admin', 'GET', '/api/users/export', 200);
    await call('analyst', 'GET', '/api/users/export', 403);
  });

  it('describes an import, its dry run and its refusals', async () => {
    const rpo = 'rpo-north-kazakhstan';
    const template = await call(rpo, 'GET', '/api/materials/import/template?format=csv', 200);
    const file = Buffer.from(`${template.text}\r\n;;;;;;\r\n`);
    await call(rpo, 'POST', '/api/materials/import?dryRun=true', 200, undefined, (t) => t.attach('file', file, 'tour.csv'));
    await call(rpo, 'POST', '/api/materials/import', 400, { file: 'not a file' });
    await call('analyst', 'POST', '/api/materials/import?dryRun=true', 403, undefined, (t) => t.attach('file', file, 'tour.csv'));
  });

  it('describes the accounts, the sessions, the audit trail and health', async () => {
    await call(null, 'GET', '/api/health', 200);
    await call(null, 'POST', '/api/auth/login', 200, { login: 'analyst', password: 'demo12345' });
    await call(null, 'POST', '/api/auth/login', 401, { login: 'analyst', password: 'wrong-wrong' });
    await call(null, 'POST', '/api/auth/login', 400, { login: 'analyst' });
    await call(null, 'GET', '/api/auth/me', 401);
    await call('analyst', 'PUT', '/api/auth/me', 200, { locale: 'en' });
    await call('analyst', 'PUT', '/api/auth/me', 400, { locale: 'xx' });
    const account = (login: string) => ({ login, password: 'tour-pass-9876', fullName: `Tour ${login}`, role: 'analyst' });
    const idle = await crudTour('users', 'admin', account('tour.idle'), { fullName: 'Tour Idle 2' });
    await remove('users', 'admin', idle.id);
    const user: Row = (await call('admin', 'POST', '/api/users', 201, account('tour.user'))).body;
    tokens.tour = await tokenFor(app, 'tour.user', 'tour-pass-9876');
    await call('tour', 'POST', '/api/auth/password', 400, { oldPassword: 'wrong-wrong', newPassword: 'tour-pass-5432' });
    const changed = await call('tour', 'POST', '/api/auth/password', 200, { oldPassword: 'tour-pass-9876', newPassword: 'tour-pass-5432' });
    tokens.tour = changed.body.accessToken;
    await call('tour', 'POST', '/api/auth/sign-out-everywhere', 204);
    await call('tour', 'GET', '/api/auth/me', 401);
    await call('admin', 'POST', `/api/users/${user.id}/sign-out-everywhere`, 204);
    await call('admin', 'POST', '/api/users/2147483000/sign-out-everywhere', 404);
    await call('analyst', 'POST', `/api/users/${user.id}/sign-out-everywhere`, 403);
    const events = (await call('admin', 'GET', list('audit-events'), 200)).body as Row[];
    await call('admin', 'GET', list('audit-events', 'filter={"nonsense":1}'), 400);
    await call('admin', 'GET', `/api/audit-events/${events[0].id}`, 200);
    await call('admin', 'GET', '/api/audit-events/2147483000', 404);
  });

  it('finds an undocumented field, a missing one and a wrong type', async () => {
    const res = await request(app.url).get(list('outlets')).set('Authorization', `Bearer ${tokens.admin}`).expect(200);
    const answer = (body: unknown) => ({ status: 200, headers: res.headers, body, text: JSON.stringify(body) });
    const [first, ...rest] = res.body as Row[];
    const nameless = Object.fromEntries(Object.entries(first).filter(([field]) => field !== 'name'));
    expect(contract.problemsOf('GET', '/api/outlets', answer(res.body))).toEqual([]);
    const problemsOf = (a: ReturnType<typeof answer>) => contract.problemsOf('GET', '/api/outlets', a).join();
    expect(problemsOf(answer([{ ...first, secret: 1 }, ...rest]))).toMatch(/must NOT have additional properties/);
    expect(problemsOf(answer([nameless, ...rest]))).toMatch(/must have required property 'name'/);
    expect(problemsOf(answer([{ ...first, kind: 'carrier pigeon' }]))).toMatch(/must be equal to one of the allowed values/);
    expect(problemsOf({ ...answer(res.body), headers: { ...res.headers, 'content-range': 'outlets 0-4' } })).toMatch(/Content-Range/);
  });

  it('checked every answer above against the document, and every operation of the document was called', () => {
    expect(problems).toEqual([]);
    expect(contract.unexercised()).toEqual([]);
  });
});
