import ExcelJS from 'exceljs';
import request from 'supertest';
import { startTestApp, TestApp } from './support/test-app';
import { binary, tokenFor } from './support/http';
import { version } from '../../package.json';

describe('the quarterly report', () => {
  let app: TestApp;
  let analyst: string;
  let rpo: string;

  beforeAll(async () => {
    app = await startTestApp();
    analyst = await tokenFor(app, 'analyst');
    rpo = await tokenFor(app, 'rpo-north-kazakhstan');
  });

  afterAll(async () => {
    await app.close();
  });

  async function workbook(query: string, token = analyst): Promise<{ wb: ExcelJS.Workbook; res: request.Response }> {
    const res = await request(app.url)
      .get(`/api/reports/quarterly?${query}`)
      .set('Authorization', `Bearer ${token}`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as Parameters<typeof wb.xlsx.load>[0]);
    return { wb, res };
  }

  /** The title block takes six lines and a blank one; the table's header is the eighth row. */
  const HEADER = 8;
  const numbers = (ws: ExcelJS.Worksheet, row: number) => [2, 3, 4, 5].map((c) => ws.getRow(HEADER + row).getCell(c).value);

  it('adds up over the four quarters of 2020 to 9365 with the guide’s breakdown, as numbers', async () => {
    const sum = [0, 0, 0, 0, 0, 0, 0];
    for (const quarter of [1, 2, 3, 4]) {
      const { wb, res } = await workbook(`year=2020&quarter=${quarter}&format=xlsx&lang=ru`);
      expect(res.headers['content-disposition']).toBe(
        `attachment; filename="report-2020-q${quarter}-ru.xlsx"; filename*=UTF-8''report-2020-q${quarter}-ru.xlsx`,
      );
      const ws = wb.getWorksheet('Общий свод');
      if (!ws) throw new Error('no national sheet');
      expect(ws.getRow(HEADER).getCell(1).value).toBe('СМИ');
      expect(ws.getRow(HEADER + 1).getCell(1).value).toBe('Республиканские СМИ');
      const [repTotal, repTv, , repPrint] = numbers(ws, 1) as number[];
      const [regTotal, regTv, , regPrint] = numbers(ws, 2) as number[];
      const internet = ws.getRow(HEADER + 3).getCell(2).value as number;
      const social = ws.getRow(HEADER + 4).getCell(2).value as number;
      const all = ws.getRow(HEADER + 5).getCell(2).value as number;
      expect(typeof all).toBe('number');
      expect(repTotal + regTotal + internet + social).toBe(all);
      [all, repTv, repPrint, regTv, regPrint, internet, social].forEach((v, i) => (sum[i] += v));
    }
    expect(sum).toEqual([9365, 924, 1018, 1107, 2164, 1325, 2827]);
  });

  it('has every sheet, frozen headers, region totals that match and the full list of materials', async () => {
    const { wb } = await workbook('year=2020&quarter=2&lang=ru');
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Общий свод',
      'Регионы × каналы',
      'Спецпроекты',
      'Целевые аудитории',
      'План и факт',
      'Материалы',
    ]);
    const national = wb.getWorksheet('Общий свод');
    const regions = wb.getWorksheet('Регионы × каналы');
    const list = wb.getWorksheet('Материалы');
    if (!national || !regions || !list) throw new Error('missing sheet');
    expect(regions.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER });
    const totalRow = regions.getRow(regions.rowCount);
    expect(totalRow.getCell(1).value).toBe('Всего');
    expect(totalRow.getCell(7).value).toBe(national.getRow(HEADER + 5).getCell(2).value);
    expect(regions.rowCount - HEADER - 1).toBe(17);
    expect(list.rowCount - HEADER).toBe(national.getRow(HEADER + 5).getCell(2).value);
  });

  it('speaks Kazakh for a Kazakh request and covers only an RPO editor’s region', async () => {
    const { wb, res } = await workbook('year=2020&quarter=1&lang=kk&regionId=5', rpo);
    expect(res.headers['content-disposition']).toContain('filename="report-2020-q1-north-kazakhstan-kk.xlsx"');
    expect(wb.worksheets.map((w) => w.name)).toContain('Жалпы жиынтық');
    const regions = wb.getWorksheet('Өңірлер × арналар');
    if (!regions) throw new Error('missing sheet');
    expect(regions.getRow(HEADER + 1).getCell(1).value).toBe('Солтүстік Қазақстан облысы');
    expect(regions.rowCount).toBe(HEADER + 2);
  });

  it('is ready for analysis: title block, date cells, numbers, an autofilter, a frozen header and a print setup on every table sheet', async () => {
    const { wb, res } = await workbook('year=2020&quarter=1&lang=en&regionId=5');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="report-2020-q1-west-kazakhstan-en.xlsx"; filename*=UTF-8''report-2020-q1-west-kazakhstan-en.xlsx`,
    );
    const list = wb.getWorksheet('Materials');
    if (!list) throw new Error('no list');
    expect([1, 2, 3, 4, 5, 6, 7].map((r) => list.getRow(r).getCell(1).value)).toEqual([
      expect.stringMatching(/^Materials report, Q1 2020 — West Kazakhstan/),
      'Period: 01.01.2020 – 31.03.2020',
      expect.stringMatching(/^Filters: Region: West Kazakhstan/),
      expect.stringMatching(/^Generated: \d\d\.\d\d\.\d{4} \d\d:\d\d \(Almaty time\)$/),
      expect.stringMatching(/^By: .+ \(analyst\)$/),
      `App version: ${version}`,
      null,
    ]);
    const first = list.getRow(HEADER + 1);
    expect(first.getCell(2).value).toBeInstanceOf(Date);
    expect(first.getCell(2).numFmt).toBe('dd.mm.yyyy');
    expect(typeof first.getCell(1).value).toBe('number');
    for (const ws of wb.worksheets) {
      const columns = ws.getRow(HEADER).cellCount;
      expect({ sheet: ws.name, view: ws.views[0] }).toMatchObject({ sheet: ws.name, view: { state: 'frozen', ySplit: HEADER } });
      expect({ sheet: ws.name, filter: ws.autoFilter }).toEqual({
        sheet: ws.name,
        filter: `A${HEADER}:${ws.getColumn(columns).letter}${Math.max(ws.rowCount, HEADER)}`,
      });
      expect(ws.pageSetup).toMatchObject({
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: `${HEADER}:${HEADER}`,
      });
      expect(ws.getColumn(1).width).toBeGreaterThanOrEqual(8);
    }
  });

  it('names the file by period, region and language, and counts every share of all the materials, as the priorities page does', async () => {
    const { wb, res } = await workbook('year=2020&quarter=2&lang=kk');
    expect(res.headers['content-disposition']).toContain('filename="report-2020-q2-kk.xlsx"');
    const national = wb.getWorksheet('Жалпы жиынтық');
    const audiences = wb.getWorksheet('Мақсатты аудиториялар');
    if (!national || !audiences) throw new Error('missing sheet');
    expect((national.getRow(HEADER).values as unknown[]).slice(1)).toEqual(['БАҚ', 'Барлығы', 'ТВ', 'Радио', 'Баспасөз']);
    expect(audiences.getRow(HEADER).getCell(3).value).toBe('Барлық материалдардағы үлесі');
    const all = national.getRow(HEADER + 5).getCell(2).value as number;
    const row = audiences.getRow(HEADER + 1);
    expect(row.getCell(3).value).toBeCloseTo((row.getCell(2).value as number) / all, 3);
  });

  it('writes the same figures as a CSV for Excel in Russian locales', async () => {
    const res = await request(app.url)
      .get('/api/reports/quarterly?year=2020&quarter=3&format=csv&lang=ru')
      .set('Authorization', `Bearer ${analyst}`)
      .expect(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    expect(res.text.charCodeAt(0)).toBe(0xfeff);
    const lines = res.text.split('\r\n');
    const all = lines.find((l) => l.startsWith('Всего;'));
    const { wb } = await workbook('year=2020&quarter=3&lang=ru');
    expect(Number(all?.split(';')[1])).toBe(
      wb
        .getWorksheet('Общий свод')
        ?.getRow(HEADER + 5)
        .getCell(2).value,
    );
  });

  it.each(['year=2020', 'year=2020&quarter=5', 'year=abc&quarter=1', 'year=2020&quarter=1&format=pdfx', 'year=2020&quarter=1&lang=de'])(
    'answers %s with 400',
    async (query) => {
      await request(app.url).get(`/api/reports/quarterly?${query}`).set('Authorization', `Bearer ${analyst}`).expect(400);
    },
  );
});
