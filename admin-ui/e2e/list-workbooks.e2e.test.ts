import ExcelJS from 'exceljs';
import { apiGet, apiLogin, signIn, useBrowserSession } from './support';

/** The header row of a one-sheet list export: below six title lines and a blank row. */
const HEADER = 8;

describe('the reference lists’ Export button', () => {
  const session = useBrowserSession();

  it('downloads the outlets the list shows as a workbook, in the list’s order', async () => {
    const { app, page } = session;
    const analyst = await apiLogin(app.url, 'analyst');
    const filter = { kind: 'tv' };
    const listed = await apiGet<{ id: number }[]>(
      app.url,
      analyst,
      `/outlets?filter=${encodeURIComponent(JSON.stringify(filter))}&sort=${encodeURIComponent('["name","DESC"]')}&range=[0,99]`,
    );
    expect(listed.total).toBeGreaterThan(0);

    await signIn(page, app.url, 'analyst');
    await page.goto(`${app.url}/#/outlets?filter=${encodeURIComponent(JSON.stringify(filter))}&sort=name&order=DESC`);
    await page.locator('tbody tr').first().waitFor();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-outlets').click()]);
    expect(file.suggestedFilename()).toBe('outlets-ru.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await file.path());
    const ws = wb.worksheets[0];
    expect(ws.name).toBe('СМИ');
    expect(ws.getRow(2).getCell(1).value).toBe('Фильтры: Канал: ТВ');
    expect(ws.rowCount - HEADER).toBe(listed.total);
    const ids: unknown[] = [];
    for (let r = HEADER + 1; r <= Math.min(ws.rowCount, HEADER + 100); r++) ids.push(ws.getRow(r).getCell(1).value);
    expect(ids).toEqual(listed.json.map((o) => o.id));
    expect(ws.getRow(HEADER + 1).getCell(3).value).toBe('ТВ');
  });
});
