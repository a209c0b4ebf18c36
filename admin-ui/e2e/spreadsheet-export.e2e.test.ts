import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { Page } from 'playwright-core';
import { apiLogin, LoginAnswer, signIn, useBrowserSession } from './support';

const HOSTILE = "=2+5+cmd|' /C calc'!A0";
/** A field a spreadsheet would run: one beginning like this that is not a number. */
const live = (field: string) => /^[=+\-@\t\r]/.test(field) && !/^-?\d+(\.\d+)?$/.test(field);

const apiSend = async (
  url: string,
  session: LoginAnswer,
  method: 'POST' | 'PUT',
  path: string,
  body: object,
): Promise<Record<string, unknown>> => {
  const response = await fetch(`${url}/api${path}`, {
    method,
    headers: { Authorization: `Bearer ${session.accessToken}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status).toBeLessThan(300);
  return (await response.json()) as Record<string, unknown>;
};

const download = async (page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> => {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
};

/** The records of a semicolon CSV as Excel reads them: quoted fields may hold separators, quotes and line breaks. */
const fieldsOf = (text: string): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ';' || (c === '\r' && body[i + 1] === '\n')) {
      row.push(field);
      field = '';
      if (c === '\r') {
        rows.push(row);
        row = [];
        i++;
      }
    } else field += c;
  }
  return rows;
};

describe('files the admin UI writes for spreadsheets', () => {
  const session = useBrowserSession();

  it('exports the materials and the audit trail as workbooks with a hostile title neutralized and the changes readable', async () => {
    const { app, page } = session;
    const editor = await apiLogin(app.url, 'rpo-north-kazakhstan');
    const stamp = `e2e-${Date.now()}`;
    const outlets = await fetch(
      `${app.url}/api/outlets?filter=${encodeURIComponent(JSON.stringify({ regionId: editor.user.regionId }))}&range=[0,0]`,
      {
        headers: { Authorization: `Bearer ${editor.accessToken}` },
      },
    );
    const [outlet] = (await outlets.json()) as { id: number }[];
    const created = await apiSend(app.url, editor, 'POST', '/materials', {
      outletId: outlet.id,
      title: `Draft ${stamp}`,
      language: 'ru',
      format: 'post',
      publishedOn: '2025-03-04',
      views: 0,
    });
    await apiSend(app.url, editor, 'PUT', `/materials/${created.id}`, { ...created, title: `${HOSTILE} ${stamp}` });

    await signIn(page, app.url, 'rpo-north-kazakhstan');
    await page.goto(`${app.url}/#/materials?filter=${encodeURIComponent(JSON.stringify({ q: stamp }))}`);
    await page.getByText(stamp).first().waitFor();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-materials').click()]);
    expect(file.suggestedFilename()).toBe('materials-north-kazakhstan-ru.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await file.path());
    const sheet = wb.worksheets[0];
    const mine = sheet.getRows(1, sheet.rowCount)?.find((row) => row.getCell(1).value === created.id);
    expect(mine?.getCell(10).value).toBe(`'${HOSTILE} ${stamp}`);
    expect(mine?.getCell(14).value).toBe(0);
    const texts: string[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => (typeof cell.value === 'string' ? texts.push(cell.value) : undefined)));
    expect(texts.filter(live)).toEqual([]);

    await page.goto(
      `${app.url}/#/materials?filter=${encodeURIComponent(JSON.stringify({ publishedFrom: '2025-03-04', publishedTo: '2025-03-04' }))}`,
    );
    await page.getByText(stamp).first().waitFor();
    await page.locator('tbody tr').filter({ hasText: stamp }).locator('input[type="checkbox"]').check();
    const [picked] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-materials-selected').click()]);
    expect(picked.suggestedFilename()).toBe('materials-2025-03-04_2025-03-04-north-kazakhstan-ru.xlsx');
    const selected = new ExcelJS.Workbook();
    await selected.xlsx.readFile(await picked.path());
    const rows = selected.worksheets[0];
    expect(rows.getRow(rows.rowCount).getCell(1).value).toBe(created.id);
    expect(rows.getRow(rows.rowCount - 1).getCell(1).value).toBe('№');

    await page.goto(
      `${app.url}/#/audit-events?filter=${encodeURIComponent(JSON.stringify({ resource: 'materials', recordId: created.id }))}`,
    );
    await page.getByTestId('audit-changes').first().waitFor();
    const [trail] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-audit-events').click()]);
    expect(trail.suggestedFilename()).toBe('audit-events-north-kazakhstan-ru.xlsx');
    const events = new ExcelJS.Workbook();
    await events.xlsx.readFile(await trail.path());
    const eventRows = events.worksheets[0].getRows(1, events.worksheets[0].rowCount) ?? [];
    const update = eventRows.find((row) => row.getCell(8).value === 'Изменение');
    expect(update?.getCell(9).value).toBe(`Заголовок: Draft ${stamp} → ${HOSTILE} ${stamp}`);
    const eventTexts: string[] = [];
    events.worksheets[0].eachRow((row) =>
      row.eachCell((cell) => (typeof cell.value === 'string' ? eventTexts.push(cell.value) : undefined)),
    );
    expect(eventTexts.filter(live)).toEqual([]);
  });

  it('downloads a checked file’s errors with the file’s own hostile cells neutralized', async () => {
    const { app, page } = session;
    const file = Buffer.from(
      `\uFEFFЗаголовок;СМИ;Дата публикации;Язык;Формат;=1+1\r\nЗаголовок;@SUM(1+1);05.03.2025;ru;post;x\r\n`,
      'utf8',
    );
    await signIn(page, app.url, 'rpo-north-kazakhstan');
    await page.getByTestId('menu-import').click();
    await page.getByTestId('import-file').setInputFiles({ name: 'hostile.csv', mimeType: 'text/csv', buffer: file });
    await page.getByTestId('import-check').click();
    await page.getByTestId('import-check-errors').waitFor();
    const report = await download(page, () => page.getByTestId('import-errors-download').click());
    expect(report.name).toBe('import-errors.csv');
    const rows = fieldsOf(report.text);
    expect(rows[0]).toEqual(['Строка', 'Столбец', 'Ошибка']);
    expect(rows).toContainEqual(['1', "'=1+1", 'Неизвестный столбец «=1+1»']);
    expect(rows.some((r) => r[1] === 'СМИ' && r[2].includes('@SUM(1+1)'))).toBe(true);
    expect(rows.flat().filter(live)).toEqual([]);
  });
});
