import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { restoreDatabase } from '../../scripts/backup-archive';
import { loadEvidenceStoreSettings } from '../src/config/app-config';
import { evidenceDir } from '../src/evidence/evidence-store';
import { createEvidenceStore } from '../src/evidence/evidence-stores';
import { verifyEvidence } from '../src/evidence/evidence-verify';
import { binary, tokenFor } from './support/http';
import { S3Double, startS3Double } from './support/s3-double';
import { startTestApp, TestApp } from './support/test-app';
import { createTestDatabase } from './support/test-database';

const SCRIPTS = resolve(__dirname, '../dist/scripts');
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const png = (n: number) => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(`s3 png ${n}`)]);
const keyOf = (sha256: string) => `evidence/${sha256.slice(0, 2)}/${sha256.slice(2)}`;

describe('evidence in an S3-compatible store (EVIDENCE_STORE=s3)', () => {
  let double: S3Double;
  let app: TestApp;
  let db: Client;
  let dataDir: string;
  let token: string;
  let material: number;

  beforeAll(async () => {
    double = await startS3Double({ pageSize: 2 });
    dataDir = mkdtempSync(join(tmpdir(), 'evidence-s3-'));
    app = await startTestApp({ DATA_DIR: dataDir, ...double.env });
    db = new Client({ connectionString: app.databaseUrl });
    await db.connect();
    token = await tokenFor(app, 'rpo-north-kazakhstan');
    material = (
      await db.query(
        `SELECT m.id FROM materials m JOIN regions r ON r.id = m.region_id
          WHERE r.code = 'north-kazakhstan' AND m.published_on BETWEEN '2020-07-01' AND '2020-09-30'
            AND NOT EXISTS (SELECT 1 FROM quarter_closures c WHERE c.region_id = m.region_id AND c.year = 2020 AND c.quarter = 3)
          ORDER BY m.id LIMIT 1`,
      )
    ).rows[0].id;
  });

  afterAll(async () => {
    await db.end();
    await app.close();
    await double.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const upload = (bytes: Buffer, filename: string) =>
    request(app.url)
      .post(`/api/materials/${material}/evidence`)
      .set('Authorization', `Bearer ${token}`)
      .attach('file', bytes, { filename, contentType: 'image/png' });

  it('uploads into the bucket, sends back the same bytes, deletes, and verify-evidence checks the bucket', async () => {
    const bytes = png(1);
    const created = await upload(bytes, 'скан.png').expect(201);
    expect(created.body).toMatchObject({ sha256: sha(bytes), size: bytes.length, contentType: 'image/png' });
    expect(double.objects.get(keyOf(sha(bytes)))?.body).toEqual(bytes);
    expect([...double.objects.keys()].filter((k) => k.startsWith('evidence/.parts/'))).toEqual([]);
    expect(existsSync(evidenceDir(dataDir))).toBe(false);

    const file = await request(app.url)
      .get(`/api/evidence/${created.body.id}`)
      .set('Authorization', `Bearer ${token}`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(sha(file.body as Buffer)).toBe(sha(bytes));

    const kept = await upload(png(2), 'бет.png').expect(201);
    const store = await createEvidenceStore(loadEvidenceStoreSettings(double.env), dataDir);
    const orphan = await store.put(png(3));
    const ds = await new DataSource({ type: 'postgres', url: app.databaseUrl }).initialize();
    try {
      expect(await verifyEvidence(ds, store, { prune: false })).toMatchObject({ checked: 2, problems: [], unreferenced: [orphan.sha256] });
      expect(await verifyEvidence(ds, store, { prune: true })).toMatchObject({ pruned: 1 });
      expect(double.objects.has(keyOf(orphan.sha256))).toBe(false);

      await request(app.url).delete(`/api/evidence/${created.body.id}`).set('Authorization', `Bearer ${token}`).expect(204);
      expect(double.objects.has(keyOf(sha(bytes)))).toBe(false);
      expect(await verifyEvidence(ds, store, { prune: false })).toMatchObject({ checked: 1, problems: [], unreferenced: [] });

      double.objects.delete(keyOf(kept.body.sha256));
      expect((await verifyEvidence(ds, store, { prune: false })).problems).toEqual([
        { sha256: kept.body.sha256, ids: [kept.body.id], problem: 'missing' },
      ]);
    } finally {
      await ds.destroy();
    }
    expect(double.requests.length).toBeGreaterThan(0);
  });

  it('npm run verify-evidence and the backup take the store from the same settings, and a restore fills a bucket', async () => {
    await (await createEvidenceStore(loadEvidenceStoreSettings(double.env), dataDir)).put(png(2));
    await upload(png(4), 'газета.png').expect(201);
    const run = promisify(execFile);
    const env: NodeJS.ProcessEnv = { ...process.env, ...double.env, DATABASE_URL: app.databaseUrl, DATA_DIR: dataDir };
    const verified = await run(process.execPath, [join(SCRIPTS, 'evidence.js'), 'verify'], { env });
    expect(verified.stdout).toMatch(/^2 files checked in bucket evidence-test: 0 errors, 0 unreferenced/m);

    const archive = join(dataDir, 'evidence.backup.gz');
    const backedUp = await run(process.execPath, [join(SCRIPTS, 'backup.js'), 'backup', archive], { env });
    expect(backedUp.stdout).toMatch(/, 2 evidence files /);

    const target = await createTestDatabase('empty');
    const bucket = await startS3Double();
    try {
      const store = await createEvidenceStore(loadEvidenceStoreSettings(bucket.env), dataDir);
      await restoreDatabase(target.url, archive, { force: false, rebuildCounters: false }, store);
      const ds = await new DataSource({ type: 'postgres', url: target.url }).initialize();
      try {
        expect(await verifyEvidence(ds, store, { prune: false })).toMatchObject({ checked: 2, problems: [], unreferenced: [] });
      } finally {
        await ds.destroy();
      }
      const files = (objects: S3Double['objects']) =>
        [...objects]
          .filter(([key]) => !key.startsWith('evidence/.parts/'))
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([key, object]) => [key, object.body]);
      expect(files(bucket.objects)).toEqual(files(double.objects));
    } finally {
      await bucket.close();
      await target.drop();
    }
    await expect(
      run(process.execPath, [join(SCRIPTS, 'evidence.js'), 'verify'], { env: { ...env, EVIDENCE_S3_REGION: '' } }),
    ).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('EVIDENCE_S3_REGION is required when EVIDENCE_STORE=s3') });
    await expect(
      run(process.execPath, [join(SCRIPTS, 'evidence.js'), 'verify'], { env: { ...env, EVIDENCE_S3_BUCKET: 'no-such-bucket' } }),
    ).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('EVIDENCE_S3_BUCKET: the endpoint has no bucket "no-such-bucket"'),
    });
  });

  it('answers 503 server.unavailable while the endpoint does not answer, and writes no row for the upload', async () => {
    const away = await startS3Double();
    const second = await startTestApp({ DATA_DIR: dataDir, ...away.env }, 'demo', app.databaseUrl);
    try {
      await away.close();
      const res = await request(second.url)
        .post(`/api/materials/${material}/evidence`)
        .set('Authorization', `Bearer ${token}`)
        .attach('file', png(5), { filename: 'offline.png', contentType: 'image/png' })
        .expect(503);
      expect(res.body).toMatchObject({ code: 'server.unavailable', params: {} });
    } finally {
      await second.close();
    }
    const { rows } = await db.query('SELECT count(*)::int AS n FROM material_evidence WHERE sha256 = $1', [sha(png(5))]);
    expect(rows[0].n).toBe(0);
  });
});
