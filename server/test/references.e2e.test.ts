import request from 'supertest';
import { Client } from 'pg';
import { listUrl, tokenFor } from './support/http';
import { startTestApp, TestApp } from './support/test-app';

describe('what the browser may keep: GET /api/references, ETags on the dictionaries, the built UI', () => {
  let app: TestApp;
  let db: Client;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    app = await startTestApp();
    db = new Client({ connectionString: app.databaseUrl });
    await db.connect();
    for (const who of ['admin', 'analyst', 'rpo-north-kazakhstan']) tokens[who] = await tokenFor(app, who);
  });

  afterAll(async () => {
    await db.end();
    await app.close();
  });

  const get = (who: string, path: string, etag?: string) => {
    const req = request(app.url).get(path).set('Authorization', `Bearer ${tokens[who]}`);
    return etag ? req.set('If-None-Match', etag) : req;
  };
  const all = (resource: string) => listUrl(resource, { sort: ['id', 'ASC'], range: [0, 999] });

  it('answers the four dictionaries as their list routes do, for every role', async () => {
    for (const who of Object.keys(tokens)) {
      const res = await get(who, '/api/references').expect(200);
      expect(Object.keys(res.body)).toEqual(['regions', 'directions', 'specialProjects', 'targetAudiences']);
      expect(res.body.regions).toEqual((await get(who, all('regions')).expect(200)).body);
      expect(res.body.directions).toEqual((await get(who, all('directions')).expect(200)).body);
      expect(res.body.specialProjects).toEqual((await get(who, all('special-projects')).expect(200)).body);
      expect(res.body.targetAudiences).toEqual((await get(who, all('target-audiences')).expect(200)).body);
    }
    const { rows } = await db.query(
      'SELECT (SELECT count(*)::int FROM regions) AS regions, (SELECT count(*)::int FROM special_projects) AS projects',
    );
    const res = await get('analyst', '/api/references').expect(200);
    expect([res.body.regions.length, res.body.specialProjects.length]).toEqual([rows[0].regions, rows[0].projects]);
    expect(rows[0].regions).toBeGreaterThan(0);
  });

  it('refuses a request without a token', async () => {
    const res = await request(app.url).get('/api/references').expect(401);
    expect(res.body.code).toBe('auth.required');
  });

  it('answers 304 with no body while the answer is unchanged, revalidated on every use', async () => {
    for (const path of ['/api/references', all('regions'), all('directions'), all('special-projects'), all('target-audiences')]) {
      const first = await get('analyst', path).expect(200);
      const etag = first.headers.etag;
      expect(etag).toMatch(/^"[\w-]+"$/);
      expect(first.headers['cache-control']).toBe('private, no-cache');
      const again = await get('analyst', path, etag).expect(304);
      expect(again.text ?? '').toBe('');
      expect(again.headers.etag).toBe(etag);
      await get('analyst', path, `"other", W/${etag}`).expect(304);
      await get('analyst', path, '"other"').expect(200);
    }
  });

  it('gives another ETag after a dictionary changes: a record added, a record renamed', async () => {
    const before = (await get('analyst', '/api/references').expect(200)).headers.etag;
    const listBefore = (await get('analyst', all('directions')).expect(200)).headers.etag;
    const created = await request(app.url)
      .post('/api/directions')
      .set('Authorization', `Bearer ${tokens.admin}`)
      .send({ code: 'etag-check', nameKk: 'Тексеру', nameRu: 'Проверка', nameEn: 'Check' })
      .expect(201);
    const after = await get('analyst', '/api/references', before).expect(200);
    expect(after.headers.etag).not.toBe(before);
    expect(after.body.directions.map((d: { code: string }) => d.code)).toContain('etag-check');
    const listAfter = await get('analyst', all('directions'), listBefore).expect(200);
    expect(listAfter.headers.etag).not.toBe(listBefore);
    await get('analyst', '/api/references', after.headers.etag).expect(304);

    await request(app.url)
      .put(`/api/directions/${created.body.id}`)
      .set('Authorization', `Bearer ${tokens.admin}`)
      .send({ ...created.body, nameEn: 'Checked' })
      .expect(200);
    const renamed = await get('analyst', '/api/references', after.headers.etag).expect(200);
    expect(renamed.headers.etag).not.toBe(after.headers.etag);
  });

  it('keeps a page of a list apart from another page: the range is part of the tag', async () => {
    const first = await get('analyst', listUrl('regions', { range: [0, 4] })).expect(200);
    const second = await get('analyst', listUrl('regions', { range: [5, 9] }), first.headers.etag).expect(200);
    expect(second.headers.etag).not.toBe(first.headers.etag);
  });

  it("lets the browser keep the UI's hashed assets for a year and revalidate index.html", async () => {
    const index = await request(app.url).get('/').expect(200);
    expect(index.headers['cache-control']).toBe('no-cache');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(index.text)?.[1] ?? 'no script in index.html';
    const asset = await request(app.url).get(script).expect(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('puts no ETag on other answers', async () => {
    const res = await get('analyst', listUrl('outlets', { range: [0, 4] })).expect(200);
    expect(res.headers.etag).toBeUndefined();
  });
});
