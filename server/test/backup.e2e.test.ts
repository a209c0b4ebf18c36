import { execFile } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { migrations } from '../../migrations';
import { ArchiveHeader, backupDatabase, restoreDatabase } from '../../scripts/backup-archive';
import { verifyCounters } from '../src/materials/materials.repository';
import { DiskEvidenceStore, evidenceDir } from '../src/evidence/evidence-store';
import { verifyEvidence } from '../src/evidence/evidence-verify';
import { dataSourceOptions } from '../src/database/data-source';
import { api, tokenFor } from './support/http';
import request from 'supertest';
import { withDatabaseName } from './support/pg-admin';
import { startTestApp, TestApp } from './support/test-app';
import { createTestDatabase, TestDatabase } from './support/test-database';
import { freePort } from '../src/database/postgres-files';
import { TestPostgres } from './support/test-postgres';

const BACKUP_SCRIPT = resolve(__dirname, '../dist/scripts/backup.js');
const YEAR = 'from=2020-01-01&to=2020-12-31';
const plain = { force: false, rebuildCounters: false };

async function withClient<T>(url: string, work: (db: Client) => Promise<T>): Promise<T> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    return await work(db);
  } finally {
    await db.end();
  }
}

/** Every table of schema public, the migrations bookkeeping included, with its row count. */
function rowCounts(url: string): Promise<Record<string, number>> {
  return withClient(url, async (db) => {
    const tables = await db.query<{ name: string }>(
      `SELECT relname AS name FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' ORDER BY 1`,
    );
    const counts: Record<string, number> = {};
    for (const { name } of tables.rows) counts[name] = (await db.query(`SELECT count(*)::int AS n FROM "${name}"`)).rows[0].n;
    return counts;
  });
}

/** A changed copy of the archive: line 0 is the JSON header, then each table's rows, each table ended by `\.`. */
function rewritten(archive: string, change: (lines: string[], header: ArchiveHeader) => void): Buffer {
  const lines = gunzipSync(readFileSync(archive)).toString('utf8').split('\n');
  const header = JSON.parse(lines[0]) as ArchiveHeader;
  change(lines, header);
  lines[0] = JSON.stringify(header);
  return gzipSync(lines.join('\n'));
}

/** The line of the first row of `table` in the archive's lines. */
function firstRow(lines: string[], header: ArchiveHeader, table: string): number {
  const index = header.tables.findIndex((t) => t.name === table);
  let line = 1;
  for (let ends = 0; ends < index; line++) if (lines[line] === '\\.') ends++;
  return line;
}

describe('backup and restore', () => {
  let source: TestApp;
  /** A copy of the demo database as it was before the changes, to restore over. */
  let filled: TestDatabase;
  let dir: string;
  let archive: string;
  let header: ArchiveHeader;
  let sourceCounts: Record<string, number>;
  let deletedId: number;
  const databases: TestDatabase[] = [];
  const apps: TestApp[] = [];

  async function emptyDatabase(): Promise<TestDatabase> {
    const db = await createTestDatabase('empty');
    databases.push(db);
    return db;
  }

  beforeAll(async () => {
    source = await startTestApp();
    filled = await createTestDatabase('demo');
    databases.push(filled);
    const editor = api(source, await tokenFor(source, 'rpo-north-kazakhstan'));
    const outletId = await withClient(source.databaseUrl, async (db) => {
      const { rows } = await db.query(
        `SELECT o.id FROM outlets o JOIN users u ON u.region_id = o.region_id WHERE u.login = 'rpo-north-kazakhstan' ORDER BY o.id LIMIT 1`,
      );
      return rows[0].id as number;
    });
    const material = { outletId, language: 'kk', format: 'article', publishedOn: '2020-07-15' };
    await editor.post('/api/materials', { ...material, title: 'Сақталатын жазба' }).expect(201);
    // The newest material is deleted, so the sequence is ahead of max(id): a restore must not hand its id out again.
    deletedId = (await editor.post('/api/materials', { ...material, title: 'Өшірілетін жазба' }).expect(201)).body.id;
    await editor.delete(`/api/materials/${deletedId}`).expect(200);

    dir = mkdtempSync(join(tmpdir(), 'backoffice-backup-'));
    chmodSync(dir, 0o755);
    archive = join(dir, 'demo.backup.gz');
    header = await backupDatabase(source.databaseUrl, archive);
    sourceCounts = await rowCounts(source.databaseUrl);
  });

  afterAll(async () => {
    for (const app of [...apps, source]) await app.close();
    for (const db of databases) await db.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes a header with the migrations and the row count of every table, in foreign-key order', async () => {
    const { migrations, ...tables } = sourceCounts;
    expect(Object.fromEntries(header.tables.map((t) => [t.name, t.rows]))).toEqual(tables);
    expect(header.migrations).toHaveLength(migrations);
    const order = header.tables.map((t) => t.name);
    expect(order.indexOf('regions')).toBeLessThan(order.indexOf('outlets'));
    expect(order.indexOf('users')).toBeLessThan(order.indexOf('materials'));
    expect(order.indexOf('materials')).toBeLessThan(order.indexOf('material_target_audiences'));
  });

  it('fails with the file error when it cannot write the archive', async () => {
    await expect(backupDatabase(source.databaseUrl, join(dir, 'missing', 'demo.backup.gz'))).rejects.toThrow(
      /ENOENT.*missing\/demo\.backup\.gz\.partial/,
    );
  });

  it('restores into an empty database the same rows, rollups and logins, and its sequences continue', async () => {
    const target = await emptyDatabase();
    const { upgradedBy } = await restoreDatabase(target.url, archive, plain);
    expect(upgradedBy).toEqual([]);
    expect(await rowCounts(target.url)).toEqual(sourceCounts);

    const restored = await startTestApp({}, 'demo', target.url);
    apps.push(restored);
    const before = api(source, await tokenFor(source, 'analyst'));
    const after = api(restored, await tokenFor(restored, 'analyst'));
    for (const path of [
      `/api/rollups/national?${YEAR}`,
      `/api/rollups?groupBy=regionId&${YEAR}`,
      `/api/rollups?groupBy=month,channel&${YEAR}`,
    ]) {
      const expected = (await before.get(path).expect(200)).body;
      expect((await after.get(path).expect(200)).body).toEqual(expected);
    }
    expect((await after.get(`/api/rollups/national?${YEAR}`).expect(200)).body.total).toBe(9365 + 1);

    const editor = api(restored, await tokenFor(restored, 'rpo-north-kazakhstan'));
    const outlet = (await editor.get('/api/outlets').expect(200)).body[0].id as number;
    const created = await editor.post('/api/materials', {
      outletId: outlet,
      title: 'Қалпына келтірілгеннен кейін',
      language: 'ru',
      format: 'article',
      publishedOn: '2020-08-01',
    });
    expect(created.status).toBe(201);
    expect(created.body.id).toBeGreaterThan(deletedId);
  });

  it('refuses a database that holds data without --force, and with --force replaces what it holds', async () => {
    const untouched = await rowCounts(filled.url);
    await expect(restoreDatabase(filled.url, archive, plain)).rejects.toThrow(/already holds data .*pass --force to replace it/);
    expect(await rowCounts(filled.url)).toEqual(untouched);

    await restoreDatabase(filled.url, archive, { ...plain, force: true });
    expect(await rowCounts(filled.url)).toEqual(sourceCounts);
  });

  it('refuses a truncated, corrupt or inconsistent archive with a clear message and leaves the target as it was', async () => {
    const bytes = readFileSync(archive);
    const flipped = Buffer.from(bytes);
    flipped[Math.floor(bytes.length / 2)] ^= 0xff;
    const cases: [string, Buffer, RegExp][] = [
      [
        'truncated',
        bytes.subarray(0, Math.floor(bytes.length / 2)),
        /truncated\.backup\.gz is damaged, truncated or not a backup archive: unexpected end of file/,
      ],
      ['corrupt', flipped, /corrupt\.backup\.gz is damaged, truncated or not a backup archive/],
      [
        'not-gzip',
        Buffer.from('COPY regions FROM stdin;\n'),
        /not-gzip\.backup\.gz is damaged, truncated or not a backup archive: incorrect header check/,
      ],
      [
        'row-missing',
        rewritten(archive, (lines, h) => lines.splice(firstRow(lines, h, 'materials'), 1)),
        /row-missing\.backup\.gz is damaged, .*: table materials has (\d+) rows, its header says \d+/,
      ],
    ];
    const empty = await emptyDatabase();
    const filledCounts = await rowCounts(filled.url);
    for (const [name, content, message] of cases) {
      const file = join(dir, `${name}.backup.gz`);
      writeFileSync(file, content);
      await expect(restoreDatabase(empty.url, file, plain)).rejects.toThrow(message);
      await expect(restoreDatabase(filled.url, file, { ...plain, force: true })).rejects.toThrow(message);
    }
    await expect(restoreDatabase(empty.url, join(dir, 'absent.backup.gz'), plain)).rejects.toThrow(/absent\.backup\.gz does not exist/);
    expect(await rowCounts(empty.url)).toEqual({});
    expect(await rowCounts(filled.url)).toEqual(filledCounts);
  });

  it('refuses an archive made by a newer version of the app', async () => {
    const file = join(dir, 'newer.backup.gz');
    writeFileSync(
      file,
      rewritten(archive, (_, h) => h.migrations.push('FutureChange1999999999999')),
    );
    const target = await emptyDatabase();
    await expect(restoreDatabase(target.url, file, plain)).rejects.toThrow(
      /made by a newer version of the app \(migrations FutureChange1999999999999 are unknown here\)/,
    );
    expect(await rowCounts(target.url)).toEqual({});
  });

  it('refuses counters that disagree with the materials unless asked to recount them', async () => {
    const file = join(dir, 'drifted.backup.gz');
    writeFileSync(
      file,
      rewritten(archive, (lines, h) => {
        const line = firstRow(lines, h, 'material_daily_counts');
        lines[line] = lines[line].replace(/\d+$/, (n) => String(Number(n) + 1));
      }),
    );
    const target = await emptyDatabase();
    await expect(restoreDatabase(target.url, file, plain)).rejects.toThrow(
      /counters in .*drifted\.backup\.gz disagree with its materials \(daily [^;]*: counted \d+, stored \d+\): .*--rebuild-counters/,
    );
    expect(await rowCounts(target.url)).toEqual({});
    await restoreDatabase(target.url, file, { ...plain, rebuildCounters: true });
    expect(await rowCounts(target.url)).toEqual(sourceCounts);
  });

  it('restores a backup made before the newest migrations, then applies them (the upgrade path)', async () => {
    const old = await emptyDatabase();
    await restoreDatabase(old.url, archive, plain);
    const names = migrations.map((M) => new M().name);
    const newer = names.slice(names.indexOf('MaterialCounters1764250000000'));
    const ds = await new DataSource(dataSourceOptions(old.url)).initialize();
    try {
      for (const _ of newer) await ds.undoLastMigration({ transaction: 'each' });
    } finally {
      await ds.destroy();
    }
    const file = join(dir, 'old.backup.gz');
    const oldHeader = await backupDatabase(old.url, file);
    expect(oldHeader.migrations).toEqual(names.slice(0, names.length - newer.length));
    expect(oldHeader.tables.map((t) => t.name)).not.toContain('material_daily_counts');

    const target = await emptyDatabase();
    const { upgradedBy } = await restoreDatabase(target.url, file, plain);
    expect(upgradedBy).toEqual(newer);
    await withClient(target.url, async (db) => {
      expect((await db.query('SELECT count(*)::int AS n FROM materials')).rows[0].n).toBe(
        oldHeader.tables.find((t) => t.name === 'materials')?.rows,
      );
      expect((await db.query('SELECT count(*)::int AS n FROM material_daily_counts')).rows[0].n).toBeGreaterThan(0);
    });
    const ds2 = await new DataSource(dataSourceOptions(target.url)).initialize();
    try {
      expect(await verifyCounters(ds2.manager)).toEqual([]);
    } finally {
      await ds2.destroy();
    }
  });

  it('carries the evidence files: a round trip gives the same rows and the same bytes, and a version 1 archive still restores', async () => {
    const sourceData = join(dir, 'evidence-source');
    const app = await startTestApp({ DATA_DIR: sourceData });
    apps.push(app);
    const token = await tokenFor(app, 'rpo-north-kazakhstan');
    const ids = await withClient(app.databaseUrl, async (db) => {
      const { rows } = await db.query(
        `SELECT m.id FROM materials m JOIN regions r ON r.id = m.region_id
          WHERE r.code = 'north-kazakhstan' AND m.published_on BETWEEN '2020-07-01' AND '2020-09-30' ORDER BY m.id LIMIT 2`,
      );
      return rows.map((r: { id: number }) => r.id);
    });
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(300_000, 7)]);
    const pdf = Buffer.from('%PDF-1.4\n% Газета\n%%EOF\n');
    for (const [id, bytes, name] of [
      [ids[0], png, 'скан.png'],
      [ids[1], png, 'скан.png'],
      [ids[1], pdf, 'бет.pdf'],
    ] as const) {
      await request(app.url)
        .post(`/api/materials/${id}/evidence`)
        .set('Authorization', `Bearer ${token}`)
        .attach('file', bytes, name)
        .expect(201);
    }
    const sourceStore = new DiskEvidenceStore(evidenceDir(sourceData));
    const file = join(dir, 'evidence.backup.gz');
    const made = await backupDatabase(app.databaseUrl, file, sourceStore);
    expect(made).toMatchObject({ version: 2, files: 2 });
    await expect(backupDatabase(app.databaseUrl, join(dir, 'no-store.backup.gz'))).rejects.toThrow(/evidence files/);

    const target = await emptyDatabase();
    await expect(restoreDatabase(target.url, file, plain)).rejects.toThrow(/holds evidence files/);
    const targetStore = new DiskEvidenceStore(evidenceDir(join(dir, 'evidence-target')));
    await restoreDatabase(target.url, file, plain, targetStore);
    const rowsOf = (url: string) => withClient(url, async (db) => (await db.query('SELECT * FROM material_evidence ORDER BY id')).rows);
    expect(await rowsOf(target.url)).toEqual(await rowsOf(app.databaseUrl));
    const ds = await new DataSource(dataSourceOptions(target.url)).initialize();
    try {
      expect(await verifyEvidence(ds, targetStore, { prune: false })).toMatchObject({ checked: 2, problems: [], unreferenced: [] });
    } finally {
      await ds.destroy();
    }
    for await (const sha of sourceStore.list()) {
      const path = (root: string) => join(evidenceDir(root), sha.slice(0, 2), sha.slice(2));
      expect(readFileSync(path(join(dir, 'evidence-target')))).toEqual(readFileSync(path(sourceData)));
    }

    const damaged = readFileSync(file);
    const cut = join(dir, 'evidence-cut.backup.gz');
    writeFileSync(cut, gzipSync(gunzipSync(damaged).subarray(0, -10)));
    await expect(restoreDatabase((await emptyDatabase()).url, cut, plain, targetStore)).rejects.toThrow(/ends inside evidence file/);

    const v1 = join(dir, 'version-1.backup.gz');
    writeFileSync(
      v1,
      rewritten(archive, (_, h) => {
        h.version = 1;
        delete h.files;
      }),
    );
    const old = await emptyDatabase();
    await restoreDatabase(old.url, v1, plain);
    expect(await rowCounts(old.url)).toEqual(sourceCounts);
  });

  it('runs as npm run backup/restore does: on a running embedded PostgreSQL, and starting one itself when the app is down', async () => {
    const run = promisify(execFile);
    const dataDir = join(dir, 'data');
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
    delete env.DATABASE_URL;
    const restored = await run(process.execPath, [BACKUP_SCRIPT, 'restore', archive], { env });
    expect(restored.stdout).toMatch(/restored \d+ tables, \d+ rows from .*demo\.backup\.gz/);

    // The app's PostgreSQL, as the app leaves it running on DATA_DIR.
    const running = new TestPostgres(join(dataDir, 'pg'), await freePort());
    await running.start();
    try {
      const copy = join(dir, 'copy.backup.gz');
      const backedUp = await run(process.execPath, [BACKUP_SCRIPT, 'backup', copy], { env });
      expect(backedUp.stdout).toMatch(/backed up \d+ tables/);
      expect(await rowCounts(withDatabaseName(running.url, 'backoffice'))).toEqual(sourceCounts);
      const copied = JSON.parse(gunzipSync(readFileSync(copy)).toString('utf8').split('\n')[0]) as ArchiveHeader;
      expect(copied.tables).toEqual(header.tables);
    } finally {
      await running.stop();
    }
  });
});
