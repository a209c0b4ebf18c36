import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { EVIDENCE_MAX_BYTES } from '../../contracts/evidence';
import { DiskEvidenceStore, evidenceDir } from '../src/evidence/evidence-store';
import { verifyEvidence } from '../src/evidence/evidence-verify';
import { api, binary, listUrl, tokenFor } from './support/http';
import { checkedAnswer } from './support/openapi-contract';
import { startTestApp, TestApp } from './support/test-app';

type Api = ReturnType<typeof api>;

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
/** Distinct bytes of each kind: only the first bytes tell the type. */
const png = (n: number) => Buffer.concat([PNG, Buffer.from(`png ${n}`)]);
const pdf = (n: number) => Buffer.from(`%PDF-1.4\n% ${n}\n%%EOF\n`);
const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('jpeg')]);
const webp = Buffer.concat([Buffer.from('RIFF'), Buffer.from([4, 0, 0, 0]), Buffer.from('WEBPVP8 ')]);

describe('evidence of publication', () => {
  let app: TestApp;
  let db: Client;
  let dataDir: string;
  let tokens: Record<'rpo' | 'otherRpo' | 'analyst', string>;
  let rpo: Api;
  let otherRpo: Api;
  let analyst: Api;
  let region: number;
  /** Materials of the RPO's region in a quarter nobody closed. */
  let materials: number[];

  const upload = (token: string, materialId: number, bytes: Buffer, filename: string, contentType = 'image/png') => {
    const path = `/api/materials/${materialId}/evidence`;
    return checkedAnswer(
      request(app.url).post(path).set('Authorization', `Bearer ${token}`).attach('file', bytes, { filename, contentType }),
      app,
      'POST',
      path,
    );
  };
  const storedFiles = () =>
    readdirSync(evidenceDir(dataDir), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && !e.parentPath.endsWith('.parts'))
      .map((e) => join(e.parentPath, e.name));

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'evidence-'));
    app = await startTestApp({ DATA_DIR: dataDir });
    db = new Client({ connectionString: app.databaseUrl });
    await db.connect();
    tokens = {
      rpo: await tokenFor(app, 'rpo-north-kazakhstan'),
      otherRpo: await tokenFor(app, 'rpo-aktobe'),
      analyst: await tokenFor(app, 'analyst'),
    };
    rpo = api(app, tokens.rpo);
    otherRpo = api(app, tokens.otherRpo);
    analyst = api(app, tokens.analyst);
    region = (await db.query(`SELECT id FROM regions WHERE code = 'north-kazakhstan'`)).rows[0].id;
    materials = (
      await db.query(
        `SELECT m.id FROM materials m
          WHERE m.region_id = $1 AND m.published_on BETWEEN '2020-07-01' AND '2020-09-30'
            AND NOT EXISTS (SELECT 1 FROM quarter_closures c WHERE c.region_id = m.region_id AND c.year = 2020 AND c.quarter = 3)
          ORDER BY m.id LIMIT 4`,
        [region],
      )
    ).rows.map((r: { id: number }) => r.id);
    expect(materials).toHaveLength(4);
  });

  afterAll(async () => {
    await db.end();
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('takes a file, names it safely, keeps it by its hash, lists it and sends back the same bytes', async () => {
    const bytes = png(1);
    const created = await upload(
      tokens.rpo,
      materials[0],
      bytes,
      '../../etc/Газета\u202e\u0007  сканы .png',
      'application/octet-stream',
    ).expect(201);
    expect(created.body).toEqual({
      id: expect.any(Number),
      materialId: materials[0],
      fileName: 'Газета сканы.png',
      contentType: 'image/png',
      size: bytes.length,
      sha256: sha(bytes),
      createdAt: expect.any(String),
      createdById: expect.any(Number),
    });
    const hash = sha(bytes);
    expect(readFileSync(join(evidenceDir(dataDir), hash.slice(0, 2), hash.slice(2)))).toEqual(bytes);

    const listed = await rpo.get(`/api/materials/${materials[0]}/evidence`).expect(200);
    expect(listed.body).toEqual([created.body]);
    expect((await analyst.get(`/api/materials/${materials[0]}/evidence`).expect(200)).body).toHaveLength(1);

    const file = await request(app.url)
      .get(`/api/evidence/${created.body.id}`)
      .set('Authorization', `Bearer ${tokens.analyst}`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(sha(file.body as Buffer)).toBe(created.body.sha256);
    expect(file.headers['content-type']).toBe('image/png');
    expect(file.headers['content-disposition']).toBe(
      `attachment; filename="______ _____.png"; filename*=UTF-8''${encodeURIComponent('Газета сканы.png')}`,
    );
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(file.headers['cache-control']).toBe('private');
  });

  it('tells the type by content: an executable or a text file named .png is refused, and nothing is stored', async () => {
    const before = storedFiles().length;
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), Buffer.alloc(64)]);
    const mz = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64)]);
    for (const [bytes, name] of [
      [elf, 'photo.png'],
      [mz, 'scan.png'],
      [Buffer.from('just some text'), 'note.pdf'],
    ] as const) {
      const refused = await upload(tokens.rpo, materials[1], bytes, name).expect(415);
      expect(refused.body).toMatchObject({ code: 'evidence.unsupportedType', field: 'file' });
    }
    for (const [bytes, name, type] of [
      [jpeg, 'photo', 'image/jpeg'],
      [webp, 'screen.WEBP', 'image/webp'],
    ] as const) {
      const taken = await upload(tokens.rpo, materials[1], bytes, name).expect(201);
      expect(taken.body).toMatchObject({ contentType: type, fileName: type === 'image/jpeg' ? 'photo.jpg' : 'screen.WEBP' });
    }
    expect(storedFiles().length).toBe(before + 2);
  });

  it('refuses a file over 10 MB and a sixth file of a material', async () => {
    const big = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(EVIDENCE_MAX_BYTES + 1 - 9, 0x20)]);
    const tooLarge = await upload(tokens.rpo, materials[2], big, 'big.pdf', 'application/pdf').expect(413);
    expect(tooLarge.body).toMatchObject({ code: 'evidence.tooLarge', field: 'file', params: { max: EVIDENCE_MAX_BYTES } });
    const exact = await upload(tokens.rpo, materials[2], big.subarray(0, EVIDENCE_MAX_BYTES), 'exact.pdf', 'application/pdf').expect(201);
    expect(exact.body.size).toBe(EVIDENCE_MAX_BYTES);
    for (let n = 0; n < 4; n++) await upload(tokens.rpo, materials[2], pdf(n), `${n}.pdf`).expect(201);
    const sixth = await upload(tokens.rpo, materials[2], pdf(9), '6.pdf').expect(409);
    expect(sixth.body).toMatchObject({ code: 'evidence.tooMany', field: 'file', params: { max: 5 } });
    expect((await rpo.get(`/api/materials/${materials[2]}/evidence`).expect(200)).body).toHaveLength(5);
  });

  it("hides another region's material and files (404) and lets only the material's writers write", async () => {
    const [own] = (await rpo.get(`/api/materials/${materials[0]}/evidence`).expect(200)).body;
    await otherRpo.get(`/api/materials/${materials[0]}/evidence`).expect(404);
    await request(app.url).get(`/api/evidence/${own.id}`).set('Authorization', `Bearer ${tokens.otherRpo}`).expect(404);
    await otherRpo.delete(`/api/evidence/${own.id}`).expect(404);
    await upload(tokens.otherRpo, materials[0], png(2), 'x.png').expect(404);
    await upload(tokens.analyst, materials[0], png(2), 'x.png').expect(403);
    await analyst.delete(`/api/evidence/${own.id}`).expect(403);
    await rpo.get('/api/materials/999999999/evidence').expect(404);
    await request(app.url).get('/api/evidence/999999999').set('Authorization', `Bearer ${tokens.rpo}`).expect(404);
  });

  it("follows the material's quarter lock: no file added or removed while the quarter is closed", async () => {
    const [own] = (await rpo.get(`/api/materials/${materials[0]}/evidence`).expect(200)).body;
    await db.query(`INSERT INTO quarter_closures (region_id, year, quarter, status) VALUES ($1, 2020, 3, 'approved')`, [region]);
    try {
      const refused = await upload(tokens.rpo, materials[0], png(3), 'late.png').expect(409);
      expect(refused.body).toMatchObject({ code: 'quarter.closed', params: { year: 2020, quarter: 3 } });
      expect((await rpo.delete(`/api/evidence/${own.id}`).expect(409)).body.code).toBe('quarter.closed');
    } finally {
      await db.query('DELETE FROM quarter_closures WHERE region_id = $1 AND year = 2020 AND quarter = 3', [region]);
    }
  });

  it('counts the files on the material, filters the list by them, and counts materials with evidence per month', async () => {
    const material = (await rpo.get(`/api/materials/${materials[2]}`).expect(200)).body;
    expect(material.evidenceCount).toBe(5);
    const page = (await rpo.get(listUrl('materials', { filter: { id: materials }, sort: ['id', 'ASC'] })).expect(200)).body;
    expect(page.map((m: { evidenceCount: number }) => m.evidenceCount)).toEqual([1, 2, 5, 0]);
    const filter = { publishedFrom: '2020-07-01', publishedTo: '2020-09-30' };
    const withEvidence = (await rpo.get(listUrl('materials', { filter: { ...filter, hasEvidence: true }, range: [0, 999] })).expect(200))
      .body;
    expect(withEvidence.map((m: { id: number }) => m.id).sort()).toEqual(materials.slice(0, 3).sort());
    const without = (await rpo.get(listUrl('materials', { filter: { ...filter, hasEvidence: 'false' }, range: [0, 999] })).expect(200))
      .body;
    expect(without.map((m: { id: number }) => m.id)).toContain(materials[3]);
    expect(without.some((m: { evidenceCount: number }) => m.evidenceCount > 0)).toBe(false);
    const garbage = await rpo.get(listUrl('materials', { filter: { hasEvidence: 'maybe' } })).expect(400);
    expect(garbage.body).toMatchObject({ code: 'validation.invalid', field: 'filter.hasEvidence' });

    const months: { month: string }[] = (
      await db.query(`SELECT DISTINCT to_char(published_on, 'YYYY-MM') AS month FROM materials WHERE id = ANY($1)`, [materials.slice(0, 3)])
    ).rows;
    const completeness = (await analyst.get('/api/rollups/completeness?from=2020-07-01&to=2020-09-30').expect(200)).body;
    const row = completeness.regions.find((r: { regionId: number }) => r.regionId === region);
    expect(row.withEvidence).toBe(3);
    const monthly = Object.fromEntries(row.months.map((m: { month: string; withEvidence: number }) => [m.month, m.withEvidence]));
    expect(Object.values(monthly).reduce((a, b) => (a as number) + (b as number), 0)).toBe(3);
    for (const { month } of months) expect(monthly[month]).toBeGreaterThan(0);
  });

  it('audits every attach and removal as an event of the material', async () => {
    const [first] = (await rpo.get(`/api/materials/${materials[1]}/evidence`).expect(200)).body;
    await rpo.delete(`/api/evidence/${first.id}`).expect(204);
    await rpo.get(`/api/materials/${materials[1]}/evidence`).expect(200);
    const events = (
      await db.query(
        `SELECT action, region_id, changes FROM audit_events WHERE resource = 'materials' AND record_id = $1 AND action LIKE 'evidence_%' ORDER BY id`,
        [materials[1]],
      )
    ).rows;
    expect(events.map((e: { action: string }) => e.action)).toEqual(['evidence_add', 'evidence_add', 'evidence_remove']);
    expect(events[2]).toMatchObject({
      region_id: region,
      changes: { evidence: { before: { id: first.id, fileName: first.fileName }, after: null } },
    });
  });

  it('stores the same bytes once, and deletes the file with its last row, also when a material is deleted', async () => {
    const bytes = png(7);
    const path = join(evidenceDir(dataDir), sha(bytes).slice(0, 2), sha(bytes).slice(2));
    const a = (await upload(tokens.rpo, materials[3], bytes, 'a.png').expect(201)).body;
    const b = (await upload(tokens.rpo, materials[1], bytes, 'b.png').expect(201)).body;
    expect(a.sha256).toBe(b.sha256);
    expect(storedFiles().filter((f) => f === path)).toHaveLength(1);
    await rpo.delete(`/api/evidence/${a.id}`).expect(204);
    expect(storedFiles()).toContain(path);
    await rpo.delete(`/api/materials/${materials[1]}`).expect(200);
    expect(storedFiles()).not.toContain(path);
    expect((await db.query('SELECT count(*)::int AS n FROM material_evidence WHERE material_id = $1', [materials[1]])).rows[0].n).toBe(0);
  });

  it('after a crash between the file and its row, verify-evidence reports the file, and prune removes it; missing or changed files are errors', async () => {
    const ds = await new DataSource({ type: 'postgres', url: app.databaseUrl }).initialize();
    try {
      const store = new DiskEvidenceStore(evidenceDir(dataDir));
      const clean = await verifyEvidence(ds, store, { prune: false });
      expect(clean).toMatchObject({ problems: [], unreferenced: [], staleParts: [] });
      expect(clean.checked).toBeGreaterThan(0);

      const orphan = await store.put(png(42));
      const crashed = await verifyEvidence(ds, store, { prune: false });
      expect(crashed).toMatchObject({ problems: [], unreferenced: [orphan.sha256] });
      expect(await verifyEvidence(ds, store, { prune: true })).toMatchObject({ unreferenced: [orphan.sha256], pruned: 1 });
      expect(await store.has(orphan.sha256)).toBe(false);

      const [row] = (await db.query('SELECT id, sha256 FROM material_evidence WHERE material_id = $1', [materials[0]])).rows;
      const file = join(evidenceDir(dataDir), row.sha256.slice(0, 2), row.sha256.slice(2));
      const kept = readFileSync(file);
      writeFileSync(file, Buffer.concat([kept, Buffer.from('x')]));
      expect((await verifyEvidence(ds, store, { prune: false })).problems).toEqual([
        { sha256: row.sha256, ids: [row.id], problem: 'wrongHash' },
      ]);
      rmSync(file);
      expect((await verifyEvidence(ds, store, { prune: true })).problems).toEqual([
        { sha256: row.sha256, ids: [row.id], problem: 'missing' },
      ]);
      writeFileSync(file, kept);
      expect((await verifyEvidence(ds, store, { prune: false })).problems).toEqual([]);
    } finally {
      await ds.destroy();
    }
  });

  it('lets only one of two uploads racing for the fifth place in', async () => {
    const [material] = materials;
    for (let n = (await rpo.get(`/api/materials/${material}/evidence`).expect(200)).body.length; n < 4; n++) {
      await upload(tokens.rpo, material, png(100 + n), `${n}.png`).expect(201);
    }
    const raced = await Promise.all([upload(tokens.rpo, material, png(200), 'a.png'), upload(tokens.rpo, material, png(201), 'b.png')]);
    expect(raced.map((r) => r.status).sort()).toEqual([201, 409]);
    expect((await rpo.get(`/api/materials/${material}/evidence`).expect(200)).body).toHaveLength(5);
  });

  it('when the row cannot be written after its file, leaves only a file that verify-evidence reports', async () => {
    await db.query(`CREATE FUNCTION refuse_evidence() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'crash'; END $$`);
    await db.query('CREATE TRIGGER refuse_evidence BEFORE INSERT ON material_evidence FOR EACH ROW EXECUTE FUNCTION refuse_evidence()');
    const bytes = png(300);
    try {
      expect((await upload(tokens.rpo, materials[3], bytes, 'lost.png').expect(500)).body).toMatchObject({ code: 'server.error' });
    } finally {
      await db.query('DROP TRIGGER refuse_evidence ON material_evidence');
      await db.query('DROP FUNCTION refuse_evidence()');
    }
    expect((await db.query('SELECT count(*)::int AS n FROM material_evidence WHERE sha256 = $1', [sha(bytes)])).rows[0].n).toBe(0);
    const ds = await new DataSource({ type: 'postgres', url: app.databaseUrl }).initialize();
    try {
      const store = new DiskEvidenceStore(evidenceDir(dataDir));
      expect(await verifyEvidence(ds, store, { prune: true })).toMatchObject({ problems: [], unreferenced: [sha(bytes)], pruned: 1 });
      expect(await store.has(sha(bytes))).toBe(false);
    } finally {
      await ds.destroy();
    }
  });

  it('refuses a request without the file', async () => {
    const noFile = await checkedAnswer(
      request(app.url).post(`/api/materials/${materials[3]}/evidence`).set('Authorization', `Bearer ${tokens.rpo}`).field('other', 'x'),
      app,
      'POST',
      `/api/materials/${materials[3]}/evidence`,
    ).expect(400);
    expect(noFile.body).toMatchObject({ code: 'evidence.noFile', field: 'file' });
    const json = await rpo.post(`/api/materials/${materials[3]}/evidence`, { file: 'x' }).expect(400);
    expect(json.body.code).toBe('evidence.noFile');
  });
});
