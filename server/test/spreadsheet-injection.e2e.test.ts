import ExcelJS from 'exceljs';
import { Client } from 'pg';
import request from 'supertest';
import { csvRows } from '../src/imports/csv-rows';
import { startTestApp, TestApp } from './support/test-app';
import { api, binary, tokenFor } from './support/http';

const HOSTILE = "=2+5+cmd|' /C calc'!A0";
/** What a spreadsheet would run: a text cell beginning like this (numbers may be negative). */
const LIVE = /^[=+\-@\t\r]/;
const NUMBER = /^-?\d+(\.\d+)?$/;

async function records(text: string): Promise<string[][]> {
  const all: string[][] = [];
  for await (const r of csvRows(
    (async function* () {
      yield Buffer.from(text, 'utf8');
    })(),
    ';',
  ))
    all.push(r);
  return all;
}

/** Every text cell of a workbook with its type; formulas are collected apart. */
function cellsOf(wb: ExcelJS.Workbook): { texts: string[]; formulas: string[] } {
  const texts: string[] = [];
  const formulas: string[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) formulas.push(cell.address);
        if (cell.type === ExcelJS.ValueType.String) texts.push(cell.value as string);
      }),
    ),
  );
  return { texts, formulas };
}

async function workbookOf(body: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as Parameters<typeof wb.xlsx.load>[0]);
  return wb;
}

const csvFile = (rows: string[][]): Buffer =>
  Buffer.from(`\uFEFF${rows.map((r) => r.map((c) => (/[",;\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(';')).join('\r\n')}\r\n`);

describe('files a spreadsheet opens', () => {
  let app: TestApp;
  let db: Client;
  let rpo: string;
  let outletName: string;
  let rubricName: string;
  let materialId: number;
  const own = { region: 0 };

  beforeAll(async () => {
    app = await startTestApp();
    db = new Client({ connectionString: app.databaseUrl });
    await db.connect();
    rpo = await tokenFor(app, 'rpo-north-kazakhstan');
    own.region = (await db.query(`SELECT id FROM regions WHERE code = 'north-kazakhstan'`)).rows[0].id;
    const editor = api(app, rpo);
    outletName = `@SUM(1+1)*cmd|' /C calc'!A0 ${Date.now()}`;
    const outlet = await editor
      .post('/api/outlets', { name: outletName, kind: 'internet', level: 'regional', regionId: own.region })
      .expect(201);
    rubricName = `-2+3+cmd|' /C notepad'!A0`;
    const rubric = await editor.post('/api/rubrics', { outletId: outlet.body.id, name: rubricName }).expect(201);
    const material = await editor
      .post('/api/materials', {
        outletId: outlet.body.id,
        rubricId: rubric.body.id,
        title: HOSTILE,
        language: 'ru',
        format: 'post',
        publishedOn: '2025-02-03',
        views: 0,
      })
      .expect(201);
    materialId = material.body.id;
  });

  afterAll(async () => {
    await db.end();
    await app.close();
  });

  const report = (format: 'csv' | 'xlsx') =>
    api(app, rpo).get(`/api/reports/quarterly?year=2025&quarter=1&format=${format}&lang=ru`).buffer(true).parse(binary).expect(200);

  describe('the quarterly report', () => {
    it('writes a hostile title, outlet and rubric into the CSV as text, and no text cell of the file begins a formula', async () => {
      const text = (await report('csv')).body.toString('utf8');
      const rows = await records(text);
      const row = rows.find((r) => r[0] === String(materialId));
      expect(row).toBeDefined();
      expect(row).toEqual(expect.arrayContaining([`'${HOSTILE}`, `'${outletName}`, `'${rubricName}`]));
      const live = rows.flat().filter((cell) => LIVE.test(cell) && !NUMBER.test(cell));
      expect(live).toEqual([]);
    });

    it('writes them into the workbook as text cells, neutralized, with no formula anywhere', async () => {
      const wb = await workbookOf((await report('xlsx')).body);
      const list = wb.worksheets[wb.worksheets.length - 1];
      const found: ExcelJS.Row[] = [];
      list.eachRow((row) => {
        if (row.getCell(1).value === materialId) found.push(row);
      });
      expect(found).toHaveLength(1);
      const [row] = found;
      expect([4, 5, 10].map((c) => [row.getCell(c).type, row.getCell(c).value])).toEqual([
        [ExcelJS.ValueType.String, `'${outletName}`],
        [ExcelJS.ValueType.String, `'${rubricName}`],
        [ExcelJS.ValueType.String, `'${HOSTILE}`],
      ]);
      expect(row.getCell(14).type).toBe(ExcelJS.ValueType.Number);
      const { texts, formulas } = cellsOf(wb);
      expect(formulas).toEqual([]);
      expect(texts.filter((t) => LIVE.test(t))).toEqual([]);
    });
  });

  describe('the list export', () => {
    it('writes a hostile title, outlet and rubric as neutralized text cells, with no formula anywhere', async () => {
      const res = await api(app, rpo).get(`/api/materials/export?ids=${materialId}&lang=ru`).buffer(true).parse(binary).expect(200);
      const wb = await workbookOf(res.body);
      const found: ExcelJS.Row[] = [];
      wb.worksheets[0].eachRow((row) => {
        if (row.getCell(1).value === materialId) found.push(row);
      });
      expect(found).toHaveLength(1);
      expect([4, 5, 10].map((c) => [found[0].getCell(c).type, found[0].getCell(c).value])).toEqual([
        [ExcelJS.ValueType.String, `'${outletName}`],
        [ExcelJS.ValueType.String, `'${rubricName}`],
        [ExcelJS.ValueType.String, `'${HOSTILE}`],
      ]);
      const { texts, formulas } = cellsOf(wb);
      expect(formulas).toEqual([]);
      expect(texts.filter((t) => LIVE.test(t))).toEqual([]);
    });
  });

  describe('the import template', () => {
    it('lists user-typed outlet and rubric names as neutralized text, never formulas', async () => {
      const res = await api(app, rpo).get('/api/materials/import/template?format=xlsx&lang=ru').buffer(true).parse(binary).expect(200);
      const wb = await workbookOf(res.body);
      const { texts, formulas } = cellsOf(wb);
      expect(formulas).toEqual([]);
      expect(texts).toEqual(expect.arrayContaining([`'${outletName}`, `'${rubricName}`]));
      expect(texts.filter((t) => LIVE.test(t))).toEqual([]);
    });

    it('writes the CSV template as one header line with no cell beginning a formula', async () => {
      const res = await api(app, rpo).get('/api/materials/import/template?format=csv&lang=ru').expect(200);
      const rows = await records(res.text);
      expect(rows).toHaveLength(1);
      expect(rows[0].filter((cell) => LIVE.test(cell))).toEqual([]);
      expect(rows[0].slice(0, 3)).toEqual(['Заголовок', 'СМИ', 'Рубрика']);
    });
  });

  describe('importing a file we exported', () => {
    const header = ['Заголовок', 'СМИ', 'Дата публикации', 'Язык', 'Формат', 'Примечание'];
    const stored = async (importId: number | undefined) =>
      (await db.query('SELECT title, notes FROM materials WHERE import_id = $1 ORDER BY id', [importId])).rows as {
        title: string;
        notes: string | null;
      }[];
    const upload = async (name: string, body: Buffer) =>
      (await request(app.url).post('/api/materials/import').set('Authorization', `Bearer ${rpo}`).attach('file', body, name).expect(200))
        .body as {
        created: number;
        errors: unknown[];
        importId?: number;
      };

    it('stores the text a neutralized CSV cell stands for, once: a typed quote before a formula character is kept', async () => {
      const answer = await upload(
        'neutralized.csv',
        csvFile([
          header,
          [`'${HOSTILE}`, 'Северный Казахстан', '04.02.2025', 'ru', 'post', "''=1+1"],
          ["'quoted title", 'Северный Казахстан', '05.02.2025', 'ru', 'post', "'-"],
        ]),
      );
      expect(answer).toMatchObject({ created: 2, errors: [] });
      expect(await stored(answer.importId)).toEqual([
        { title: HOSTILE, notes: "'=1+1" },
        { title: "'quoted title", notes: '-' },
      ]);
    });

    it('stores the text a neutralized XLSX cell stands for', async () => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('Лист1').addRows([header, [`'${HOSTILE}`, 'Северный Казахстан', '06.02.2025', 'ru', 'post', `'@x`]]);
      const answer = await upload('neutralized.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
      expect(answer).toMatchObject({ created: 1, errors: [] });
      expect(await stored(answer.importId)).toEqual([{ title: HOSTILE, notes: '@x' }]);
    });

    it('writes an imported title back out neutralized once, not twice', async () => {
      const answer = await upload('round-trip.csv', csvFile([header, ["'=2+5", 'Северный Казахстан', '07.02.2025', 'ru', 'post', '']]));
      expect(answer).toMatchObject({ created: 1, errors: [] });
      const { id } = (await db.query('SELECT id FROM materials WHERE import_id = $1', [answer.importId])).rows[0];
      const rows = await records((await report('csv')).body.toString('utf8'));
      expect(rows.find((r) => r[0] === String(id))).toContain("'=2+5");
      const again = await upload('again.csv', csvFile([header, ["'=2+5", 'Северный Казахстан', '08.02.2025', 'ru', 'post', '']]));
      expect(await stored(again.importId)).toEqual([{ title: '=2+5', notes: null }]);
    });
  });
});
