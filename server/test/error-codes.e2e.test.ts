import { Client } from 'pg';
import request from 'supertest';
import { ERROR_CODES } from '../../contracts/errors';
import { startTestApp, TestApp } from './support/test-app';
import { api, listUrl, tokenFor } from './support/http';

type Api = ReturnType<typeof api>;

describe('error codes: every 4xx carries a stable code, its field and parameters beside the message; a 5xx its code', () => {
  let app: TestApp;
  let rpo: Api;
  let approver: Api;
  let admin: Api;
  let own: number;
  let ownOutlet: number;

  const material = (patch: object = {}) => ({
    outletId: ownOutlet,
    title: `Материал ${Math.random()}`,
    language: 'kk',
    format: 'article',
    publishedOn: '2019-05-10',
    ...patch,
  });

  /** The first record of a list under a filter that also passes a test, read through the API as a client would. */
  const firstOf = async (resource: string, filter: object, passes: (r: Record<string, unknown>) => boolean = () => true): Promise<number> =>
    (await admin.get(listUrl(resource, { filter, range: [0, 99], sort: ['id', 'ASC'] })).expect(200)).body.find(passes).id;

  beforeAll(async () => {
    app = await startTestApp();
    const login = await request(app.url).post('/api/auth/login').send({ login: 'rpo-north-kazakhstan', password: 'demo12345' }).expect(200);
    rpo = api(app, login.body.accessToken);
    own = login.body.user.regionId;
    [approver, admin] = await Promise.all(['approver', 'admin'].map(async (login) => api(app, await tokenFor(app, login))));
    ownOutlet = await firstOf('outlets', { regionId: own, kind: 'print' });
  });

  afterAll(() => app.close());

  it('lists every problem of bad input with its code, field and parameters, the first one also at the top', async () => {
    const res = await rpo.post('/api/materials', material({ title: 'x'.repeat(1001), views: -5, colour: 'red' })).expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request', code: expect.any(String), field: expect.any(String) });
    expect(res.body.message).toEqual(res.body.errors.map((e: { message: string }) => e.message));
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        { code: 'validation.unknownField', field: 'colour', params: {}, message: expect.stringContaining('colour') },
        { code: 'validation.maxLength', field: 'title', params: { max: 1000 }, message: expect.stringContaining('title') },
        { code: 'validation.min', field: 'views', params: { min: 0 }, message: expect.stringContaining('views') },
      ]),
    );
    const [first] = res.body.errors;
    expect(res.body).toMatchObject({ code: first.code, field: first.field, params: first.params });
  });

  it('gives a single problem without a list', async () => {
    const res = await rpo.post('/api/materials', material({ language: 'fr' })).expect(400);
    expect(res.body).toMatchObject({ code: 'validation.isIn', field: 'language', params: { values: 'kk, ru, kk_ru, other' } });
    expect(res.body.errors).toBeUndefined();
    const date = await rpo.post('/api/materials', material({ publishedOn: '2020-02-30' })).expect(400);
    expect(date.body).toMatchObject({
      code: 'validation.isCalendarDate',
      field: 'publishedOn',
      params: { firstYear: 2000, lastYear: 2100 },
    });
  });

  it("refuses another region's outlet and another outlet's rubric with the rule's code, the message as before", async () => {
    const foreign = await firstOf('outlets', { level: 'regional' }, (o) => o.regionId !== own);
    const outlet = await admin.post('/api/materials', material({ regionId: own, outletId: foreign })).expect(400);
    expect(outlet.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: ["outletId: the outlet belongs to another region than the material's"],
      code: 'outlet.otherRegion',
      field: 'outletId',
      params: {},
    });
    const rubric = await firstOf('rubrics', {}, (r) => r.outletId !== ownOutlet);
    const res = await rpo.post('/api/materials', material({ rubricId: rubric })).expect(400);
    expect(res.body).toMatchObject({
      code: 'rubric.otherOutlet',
      field: 'rubricId',
      message: ['rubricId: the rubric belongs to another outlet'],
    });
  });

  it("refuses a plan item of another year and of a plan not approved, with the years and the plan's status", async () => {
    const plan = (await admin.post('/api/media-plans', { regionId: own, year: 2018, title: 'Медиаплан 2018' }).expect(201)).body.id;
    const item = (
      await admin
        .post('/api/media-plan-items', { mediaPlanId: plan, topic: 'Тақырып', format: 'article', channel: 'print', plannedCount: 1 })
        .expect(201)
    ).body.id;
    const year = await rpo.post('/api/materials', material({ mediaPlanItemId: item })).expect(400);
    expect(year.body).toMatchObject({ code: 'planItem.otherYear', field: 'mediaPlanItemId', params: { year: 2019, planYear: 2018 } });
    const draft = await rpo.post('/api/materials', material({ mediaPlanItemId: item, publishedOn: '2018-03-01' })).expect(400);
    expect(draft.body).toMatchObject({ code: 'planItem.notApproved', field: 'mediaPlanItemId', params: { status: 'draft' } });
  });

  it('says a stale version, a workflow step not allowed and a missing record with their codes', async () => {
    const created = (await rpo.post('/api/materials', material()).expect(201)).body;
    await rpo.put(`/api/materials/${created.id}`, { ...created, title: 'Версия 2' }).expect(200);
    const stale = await rpo.put(`/api/materials/${created.id}`, { ...created, title: 'Версия 3' }).expect(409);
    expect(stale.body).toMatchObject({
      code: 'version.conflict',
      params: { resource: 'materials', id: created.id },
      current: { version: 2 },
    });

    const plan = (await rpo.post('/api/media-plans', { year: 2017, title: 'Медиаплан 2017' }).expect(201)).body.id;
    const step = await approver.post(`/api/media-plans/${plan}/approve`).expect(409);
    expect(step.body).toMatchObject({ code: 'plan.stepNotAllowed', params: { status: 'draft', step: 'approve' } });
    const again = await rpo.post('/api/media-plans', { year: 2017, title: 'Ещё один' }).expect(409);
    expect(again.body).toMatchObject({ code: 'record.duplicate', params: {} });
    const copy = await rpo.post(`/api/media-plans/${plan}/copy`, { year: 2017 }).expect(409);
    expect(copy.body).toMatchObject({ code: 'plan.exists', field: 'year', params: { year: 2017 } });

    const missing = await rpo.get('/api/materials/99999999').expect(404);
    expect(missing.body).toMatchObject({ code: 'record.notFound', params: { resource: 'materials', id: 99999999 } });
  });

  it('says refusals of access, of sign-in and of the list parameters with their codes', async () => {
    const role = await rpo.get('/api/users').expect(403);
    expect(role.body).toMatchObject({ statusCode: 403, code: 'access.role', params: {} });
    const noToken = await request(app.url).get('/api/materials').expect(401);
    expect(noToken.body).toMatchObject({ code: 'auth.required', params: {} });
    const wrong = await request(app.url).post('/api/auth/login').send({ login: 'admin', password: 'wrong-password' }).expect(401);
    expect(wrong.body).toMatchObject({ code: 'auth.wrongCredentials', message: 'Wrong login or password' });
    const sort = await rpo.get(listUrl('materials', { sort: ['colour', 'ASC'] })).expect(400);
    expect(sort.body).toMatchObject({ code: 'query.unknownField', field: 'sort', params: { name: 'colour' } });
    const range = await rpo.get(listUrl('materials', { range: [0, 5000] })).expect(400);
    expect(range.body).toMatchObject({ code: 'query.pageSize', field: 'range', params: { max: 1000 } });
    const id = await rpo.get('/api/materials/abc').expect(400);
    expect(id.body).toMatchObject({ code: 'validation.isInt', field: 'id', message: 'id must be a positive integer' });
  });

  it('gives a code the contract lists to every 4xx, a route that does not exist included', async () => {
    const unknown = await rpo.get('/api/no-such-route').expect(404);
    const nul = await rpo.post('/api/materials', material({ title: 'a\u0000b' })).expect(400);
    const bulk = await rpo.post('/api/materials/import').expect(400);
    for (const body of [unknown.body, nul.body, bulk.body]) expect(Object.keys(ERROR_CODES)).toContain(body.code);
    expect(nul.body).toMatchObject({ code: 'validation.nul', field: 'title' });
  });

  it('says a transaction the database gave up on (a deadlock) as 503 server.unavailable, and a fault no input explains as 500 server.error', async () => {
    const created = (await rpo.post('/api/materials', material()).expect(201)).body;
    const db = new Client({ connectionString: app.databaseUrl });
    await db.connect();
    const failWith = async (errcode: string) => {
      await db.query(
        `CREATE OR REPLACE FUNCTION fail_material() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'fault' USING ERRCODE = '${errcode}'; END $$`,
      );
      return rpo.put(`/api/materials/${created.id}`, { ...created, notes: 'изменён' });
    };
    try {
      await db.query('CREATE FUNCTION fail_material() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$');
      await db.query(
        `CREATE TRIGGER fail_material BEFORE UPDATE ON materials FOR EACH ROW WHEN (OLD.id = ${created.id}) EXECUTE FUNCTION fail_material()`,
      );
      for (const errcode of ['40P01', '40001']) {
        const res = await failWith(errcode);
        expect([errcode, res.status, res.body]).toEqual([
          errcode,
          503,
          { statusCode: 503, error: 'Service Unavailable', code: 'server.unavailable', params: {}, message: expect.any(String) },
        ]);
      }
      const fault = await failWith('P0001');
      expect(fault.status).toBe(500);
      expect(fault.body).toEqual({
        statusCode: 500,
        error: 'Internal Server Error',
        code: 'server.error',
        params: {},
        message: 'Internal server error',
      });
    } finally {
      await db.query('DROP TRIGGER IF EXISTS fail_material ON materials; DROP FUNCTION IF EXISTS fail_material()');
      await db.end();
    }
    expect((await rpo.get(`/api/materials/${created.id}`).expect(200)).body).toMatchObject({ version: created.version });
  });
});
