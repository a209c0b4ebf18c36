import ExcelJS from 'exceljs';
import request from 'supertest';
import { startTestApp, TestApp } from './support/test-app';
import { tokenFor } from './support/http';

function binary(res: request.Response, cb: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
}

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

  const numbers = (ws: ExcelJS.Worksheet, row: number) => [2, 3, 4, 5].map((c) => ws.getRow(row).getCell(c).value);

  it('adds up over the four quarters of 2020 to 9365 with the guide’s breakdown, as numbers', async () => {
    const sum = [0, 0, 0, 0, 0, 0, 0];
    for (const quarter of [1, 2, 3, 4]) {
      const { wb, res } = await workbook(`year=2020&quarter=${quarter}&format=xlsx&lang=ru`);
      expect(res.headers['content-disposition']).toBe(`attachment; filename="report-2020-q${quarter}.xlsx"`);
      const ws = wb.getWorksheet('Общий свод');
      if (!ws) throw new Error('no national sheet');
      expect(ws.getRow(3).getCell(1).value).toBe('СМИ');
      expect(ws.getRow(4).getCell(1).value).toBe('Республиканские СМИ');
      const [repTotal, repTv, , repPrint] = numbers(ws, 4) as number[];
      const [regTotal, regTv, , regPrint] = numbers(ws, 5) as number[];
      const internet = ws.getRow(6).getCell(2).value as number;
      const social = ws.getRow(7).getCell(2).value as number;
      const all = ws.getRow(8).getCell(2).value as number;
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
    expect(regions.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    const totalRow = regions.getRow(regions.rowCount);
    expect(totalRow.getCell(1).value).toBe('Всего');
    expect(totalRow.getCell(7).value).toBe(national.getRow(8).getCell(2).value);
    expect(regions.rowCount - 4).toBe(17);
    expect(list.rowCount - 3).toBe(national.getRow(8).getCell(2).value);
  });

  it('speaks Kazakh for a Kazakh request and covers only an RPO editor’s region', async () => {
    const { wb, res } = await workbook('year=2020&quarter=1&lang=kk&regionId=5', rpo);
    expect(res.headers['content-disposition']).toContain('report-2020-q1-north-kazakhstan.xlsx');
    expect(wb.worksheets.map((w) => w.name)).toContain('Жалпы жиынтық');
    const regions = wb.getWorksheet('Өңірлер × арналар');
    if (!regions) throw new Error('missing sheet');
    expect(regions.getRow(4).getCell(1).value).toBe('Солтүстік Қазақстан облысы');
    expect(regions.rowCount).toBe(5);
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
    expect(Number(all?.split(';')[1])).toBe(wb.getWorksheet('Общий свод')?.getRow(8).getCell(2).value);
  });

  it.each(['year=2020', 'year=2020&quarter=5', 'year=abc&quarter=1', 'year=2020&quarter=1&format=pdfx', 'year=2020&quarter=1&lang=de'])(
    'answers %s with 400',
    async (query) => {
      await request(app.url).get(`/api/reports/quarterly?${query}`).set('Authorization', `Bearer ${analyst}`).expect(400);
    },
  );
});
