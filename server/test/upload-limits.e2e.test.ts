import { ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { UPLOAD_LIMITS } from '../src/imports/upload-limits';
import { createTestDatabase, TestDatabase } from './support/test-database';
import { SHEET_HEAD, SHEET_TAIL, sheetXml, workbookAround, writeZip, ZipPart } from './support/zip-writer';
import { freePort } from '../src/database/postgres-files';

/** The built server as `npm start` runs it (a 200 MB heap), with a temporary folder of its own. */
const MAIN = resolve(__dirname, '../dist/server/src/main.js');

/** VmRSS and VmHWM of a process, in MB. */
function memoryOf(pid: number): { rss: number; hwm: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
  return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
}

const sharedStrings = (count: number): ZipPart => ({
  name: 'xl/sharedStrings.xml',
  repeat: {
    head: `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`,
    body: '<si><t>s</t></si>',
    times: count,
    tail: '</sst>',
  },
});

/** Hostile workbooks, each small on the wire, and the limit each is to be refused by. */
const HOSTILE: [string, () => Promise<Buffer>, number, string | null][] = [
  [
    'the incident: 200 MB of whitespace between empty rows after a filled cell, the sheet stored before workbook.xml',
    () =>
      writeZip(
        workbookAround({
          name: '',
          repeat: {
            head: `${SHEET_HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>Заголовок</t></is></c></row>`,
            body: `<row/>${' '.repeat(2000)}`,
            times: 100_000,
            tail: SHEET_TAIL,
          },
        }),
      ),
    413,
    'entryBytes',
  ],
  [
    'a sheet expanding past the entry limit while its headers declare 1 KB',
    () =>
      writeZip(
        workbookAround({
          name: '',
          declaredSize: 1024,
          repeat: { head: SHEET_HEAD, body: `<x/>${' '.repeat(1000)}`, times: UPLOAD_LIMITS.entryBytes / 1000 + 1000, tail: SHEET_TAIL },
        }),
      ),
    413,
    'entryBytes',
  ],
  [
    'millions of empty rows',
    () =>
      writeZip(workbookAround({ name: '', text: sheetXml(Array.from({ length: 1_000_000 }, (_, i) => `<row r="${i + 1}"/>`).join('')) })),
    413,
    'rows',
  ],
  [
    'shared strings past the limit',
    () => writeZip(workbookAround({ name: '', text: sheetXml('') }, [sharedStrings(UPLOAD_LIMITS.sharedStrings + 1)])),
    413,
    'sharedStrings',
  ],
  [
    'a huge <dimension>',
    () => writeZip(workbookAround({ name: '', text: sheetXml('').replace('<sheetData>', '<dimension ref="A1:XFD1048576"/><sheetData>') })),
    413,
    'columns',
  ],
  [
    'a cell longer than Excel allows',
    () =>
      writeZip(
        workbookAround({
          name: '',
          text: sheetXml(`<row r="1"><c r="A1" t="inlineStr"><is><t>${'x'.repeat(UPLOAD_LIMITS.cellLength + 1)}</t></is></c></row>`),
        }),
      ),
    413,
    'cellLength',
  ],
  [
    'a zip of many entries',
    () =>
      writeZip([
        ...workbookAround({ name: '', text: sheetXml('') }),
        ...Array.from({ length: UPLOAD_LIMITS.entries }, (_, i) => ({ name: `junk/${i}.xml`, text: '' })),
      ]),
    413,
    'entries',
  ],
  [
    'styles within the limits that need more memory than the parser has',
    () =>
      writeZip(
        workbookAround({ name: '', text: sheetXml('') }, [
          {
            name: 'xl/styles.xml',
            repeat: { head: '<styleSheet><cellXfs>', body: '<xf/>', times: 20_000_000, tail: '</cellXfs></styleSheet>' },
          },
        ]),
      ),
    413,
    'memory',
  ],
  ['a CSV of too many rows', async () => Buffer.from('a;b\n'.repeat(UPLOAD_LIMITS.rows + 1)), 413, 'rows'],
  ['a CSV of too many columns', async () => Buffer.from(`${'a;'.repeat(UPLOAD_LIMITS.columns)}a\n`), 413, 'columns'],
  ['a CSV cell longer than Excel allows', async () => Buffer.from(`a;"${'z'.repeat(UPLOAD_LIMITS.cellLength + 1)}"\n`), 413, 'cellLength'],
];

describe('uploads in bounded memory and disk', () => {
  let database: TestDatabase;
  let temp: string;
  let server: ChildProcess;
  let url: string;
  let token: string;
  let output = '';
  let peak = { rss: 0, hwm: 0 };
  let atRest = 0;
  let sampler: NodeJS.Timeout;

  beforeAll(async () => {
    database = await createTestDatabase('demo');
    temp = mkdtempSync(join(tmpdir(), 'backoffice-uploads-'));
    // What a killed server left behind: removed at the next start.
    const abandoned = join(temp, 'outreach-import-killed');
    mkdirSync(abandoned);
    writeFileSync(join(abandoned, 'upload.xlsx'), 'PK');
    utimesSync(abandoned, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      TMPDIR: temp,
      DATABASE_URL: database.url,
      PORT: String(port),
      NODE_ENV: 'test',
      DEMO_DATA: 'true',
      IMPORTS_PER_HOUR: '1000',
    };
    server = spawn(process.execPath, ['--max-old-space-size=200', MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    server.stdout?.on('data', (c: Buffer) => (output += c.toString()));
    server.stderr?.on('data', (c: Buffer) => (output += c.toString()));
    for (let i = 0; i < 600 && !output.includes('Back-office:'); i++) {
      if (server.exitCode !== null) throw new Error(`the server exited: ${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const pid = server.pid ?? 0;
    sampler = setInterval(() => {
      const m = memoryOf(pid);
      peak = { rss: Math.max(peak.rss, m.rss), hwm: Math.max(peak.hwm, m.hwm) };
    }, 20);
    const login = await request(url).post('/api/auth/login').send({ login: 'rpo-north-kazakhstan', password: 'demo12345' }).expect(200);
    token = login.body.accessToken;
    atRest = memoryOf(pid).rss;
  });

  afterAll(async () => {
    clearInterval(sampler);
    process.stdout.write(
      `uploads: server VmRSS at rest ${atRest.toFixed(0)} MB, peak VmRSS ${peak.rss.toFixed(0)} MB, VmHWM ${peak.hwm.toFixed(0)} MB\n`,
    );
    const exited = new Promise((r) => server.once('exit', r));
    server?.kill('SIGTERM');
    await exited;
    rmSync(temp, { recursive: true, force: true });
    await database?.drop();
  });

  const upload = (name: string, file: Buffer, dryRun: boolean) =>
    request(url)
      .post(`/api/materials/import${dryRun ? '?dryRun=true' : ''}`)
      .set('Authorization', `Bearer ${token}`)
      .attach('file', file, name);

  const alive = async () => {
    expect(server.exitCode).toBeNull();
    await request(url).get('/api/health').expect(200);
    expect(readdirSync(temp)).toEqual([]);
  };

  it.each(HOSTILE)('refuses %s, as a dry run and as a save, and goes on', async (_, make, status, limit) => {
    const file = await make();
    expect(file.length).toBeLessThan(4 * 1024 * 1024);
    const name = file.subarray(0, 2).toString() === 'PK' ? 'hostile.xlsx' : 'hostile.csv';
    for (const dryRun of [true, false]) {
      const res = await upload(name, file, dryRun);
      expect({ status: res.status, code: res.body.code, limit: res.body.params?.limit }).toEqual({
        status,
        code: limit === null ? undefined : 'import.limit',
        limit: limit ?? undefined,
      });
      if (limit !== null) expect(res.body.message).toMatch(/allows|memory/);
      await alive();
    }
  });

  it('removes the temporary file of an upload the client abandons', async () => {
    const rows = Array.from(
      { length: 20_000 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>${(i * 7919).toString(36)}</t></is></c></row>`,
    );
    const file = await writeZip(workbookAround({ name: '', text: sheetXml(rows.join('')) }));
    const boundary = 'abandoned-upload';
    const req = http.request(new URL('/api/materials/import?dryRun=true', url), {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    req.on('error', () => undefined);
    req.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="cut.xlsx"\r\n\r\n`);
    req.write(file.subarray(0, file.length >> 1));
    const started = Date.now();
    while (readdirSync(temp).length === 0 && Date.now() - started < 5000) await new Promise((r) => setTimeout(r, 10));
    expect(readdirSync(temp)).toHaveLength(1);
    req.destroy();
    while (readdirSync(temp).length > 0 && Date.now() - started < 10_000) await new Promise((r) => setTimeout(r, 20));
    await alive();
  });

  it('imports a normal workbook and CSV right after, and stayed within its memory', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Лист1').addRows([
      ['Заголовок', 'СМИ', 'Дата публикации', 'Язык', 'Формат', 'Ссылка'],
      ['После атаки', 'Казахстанская правда', '2023-03-06', 'ru', 'Интервью', 'https://example.kz/after-upload-limits'],
    ]);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    // More at once than there are parsers: the others wait for a place.
    const dryRuns = await Promise.all(Array.from({ length: 5 }, () => upload('normal.xlsx', xlsx, true)));
    for (const dry of dryRuns)
      expect({ status: dry.status, ...dry.body }).toMatchObject({ status: 200, rows: 1, toCreate: 1, errorCount: 0 });
    const saved = await upload('normal.xlsx', xlsx, false).expect(200);
    expect(saved.body).toMatchObject({ rows: 1, created: 1 });
    const csv = Buffer.from('Заголовок;СМИ;Дата публикации;Язык;Формат\nПосле атаки, CSV;Казахстанская правда;2023-03-07;ru;Интервью\n');
    expect((await upload('normal.csv', csv, false).expect(200)).body).toMatchObject({ rows: 1, created: 1 });
    await alive();
    expect(memoryOf(server.pid ?? 0).hwm).toBeLessThan(512);
  });
});
