import ExcelJS from 'exceljs';
import { Page } from 'playwright-core';
import { apiGet, apiLogin, chooseLocale, LoginAnswer, signIn, takeScreenshot, useBrowserSession } from './support';

interface Outlet {
  id: number;
  name: string;
  active: boolean;
}

interface Region {
  id: number;
  nameKk: string;
  nameRu: string;
}

const send = async (url: string, session: LoginAnswer, method: 'POST' | 'PUT', path: string, body: object) => {
  const response = await fetch(`${url}/api${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${session.accessToken}` },
    body: JSON.stringify(body),
  });
  expect(response.ok).toBe(true);
  return (await response.json()) as { id: number; version: number } & Record<string, unknown>;
};

/** Imports three materials from a CSV file named by the Russian template's header. */
const importThree = async (url: string, session: LoginAnswer, outlet: Outlet, stamp: string): Promise<void> => {
  const template = await fetch(`${url}/api/materials/import/template?format=csv&lang=ru`, {
    headers: { Authorization: `Bearer ${session.accessToken}` },
  });
  const header = (await template.text())
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)[0]
    .split(';');
  const rows = [1, 2, 3].map((n) => {
    const values: Record<string, string> = {
      Заголовок: `Импорт журнала ${stamp} №${n}`,
      СМИ: outlet.name,
      'Дата публикации': '04.03.2025',
      Язык: 'Русский',
      Формат: 'Статья',
    };
    return header.map((column) => values[column.replace(/\*$/, '')] ?? '').join(';');
  });
  const form = new FormData();
  form.append('file', new Blob([`\uFEFF${[header.join(';'), ...rows].join('\r\n')}\r\n`], { type: 'text/csv' }), `журнал-${stamp}.csv`);
  const response = await fetch(`${url}/api/materials/import`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${session.accessToken}` },
    body: form,
  });
  const answer = (await response.json()) as { created: number };
  expect(answer.created).toBe(3);
};

describe('a readable audit trail', () => {
  const session = useBrowserSession();
  const stamp = `${Date.now()}`;
  let editor: LoginAnswer;
  let outlets: Outlet[];
  let region: Region;
  let materialId: number;

  /** The outlets of the editor's region whose names no other outlet shares (the import names its outlet). */
  const uniquelyNamed = async (url: string): Promise<Outlet[]> => {
    const filter = encodeURIComponent(JSON.stringify({ regionId: editor.user.regionId }));
    const { json: own } = await apiGet<Outlet[]>(url, editor, `/outlets?filter=${filter}&range=[0,999]`);
    const unique: Outlet[] = [];
    for (const outlet of own.filter((o) => o.active)) {
      const same = encodeURIComponent(JSON.stringify({ q: outlet.name }));
      const { json } = await apiGet<Outlet[]>(url, editor, `/outlets?filter=${same}&range=[0,999]`);
      if (json.filter((o) => o.name.toLowerCase() === outlet.name.toLowerCase()).length === 1) unique.push(outlet);
      if (unique.length === 2) break;
    }
    return unique;
  };

  beforeAll(async () => {
    const { url } = session.app;
    editor = await apiLogin(url, 'rpo-north-kazakhstan');
    outlets = await uniquelyNamed(url);
    expect(outlets).toHaveLength(2);
    region = (await apiGet<Region>(url, editor, `/regions/${editor.user.regionId}`)).json;
    const created = await send(url, editor, 'POST', '/materials', {
      outletId: outlets[0].id,
      title: `Журнал ${stamp}`,
      language: 'ru',
      format: 'article',
      publishedOn: '2025-03-04',
    });
    await send(url, editor, 'PUT', `/materials/${created.id}`, { ...created, outletId: outlets[1].id });
    materialId = created.id;
    await importThree(url, editor, outlets[0], stamp);
    const plan = await send(url, editor, 'POST', '/media-plans', { year: 2042, title: `План журнала ${stamp}` });
    await send(url, editor, 'POST', `/media-plans/${plan.id}/submit`, {});
    await send(url, await apiLogin(url, 'approver'), 'POST', `/media-plans/${plan.id}/return`, { comment: 'Добавьте охват' });
  }, 120_000);

  /** The row of the material's edit in the audit trail. */
  const editRow = (page: Page) =>
    page.locator('tr', { has: page.getByRole('link', { name: new RegExp(`Журнал ${stamp}`) }) }).filter({
      has: page.getByRole('link', { name: outlets[1].name, exact: true }),
    });

  const openTrail = async (page: Page, filter: object) => {
    await page.goto(`${session.app.url}/#/audit-events?filter=${encodeURIComponent(JSON.stringify(filter))}`);
    await page.getByTestId('audit-changes').first().waitFor();
  };

  it.each([
    ['analyst', 'analyst'],
    ['a regional editor', 'rpo-north-kazakhstan'],
  ])('shows %s who did what, by name, with links, in Russian and Kazakh', async (_who, login) => {
    const { page } = session;
    await page.setViewportSize({ width: 1440, height: 900 });
    await signIn(page, session.app.url, login);
    await openTrail(page, { resource: 'materials', recordId: materialId });

    const row = editRow(page);
    await row.waitFor();
    const person = row.getByTestId('audit-user');
    await expect(person.textContent()).resolves.toContain(`Редактор РПО · ${region.nameRu}`);
    await expect(person.textContent()).resolves.not.toMatch(/#\d/);
    const outletLink = row.getByRole('link', { name: outlets[0].name, exact: true });
    expect(await outletLink.getAttribute('href')).toBe(`#/outlets/${outlets[0].id}/show`);
    expect(await row.getByRole('link', { name: outlets[1].name, exact: true }).getAttribute('href')).toBe(
      `#/outlets/${outlets[1].id}/show`,
    );
    expect(await row.getByRole('link', { name: region.nameRu, exact: true }).getAttribute('href')).toBe(`#/regions/${region.id}/show`);
    await expect(row.getByTestId('audit-changes').textContent()).resolves.toContain(`СМИ: ${outlets[0].name} → ${outlets[1].name}`);

    const created = page
      .locator('tr', { hasText: 'Создание' })
      .filter({ has: page.getByRole('link', { name: new RegExp(`Журнал ${stamp}`) }) });
    await expect(created.getByTestId('audit-changes').textContent()).resolves.toMatch(/Автор: .+/);
    await expect(created.getByTestId('audit-changes').textContent()).resolves.not.toMatch(/Автор: \d/);
    await takeScreenshot(page, `audit-trail-${login}-ru`);

    await outletLink.click();
    await page.waitForURL(new RegExp(`#/outlets/${outlets[0].id}/show`));

    await openTrail(page, { action: 'import' });
    const sentence = page.getByTestId('audit-sentence').filter({ hasText: `журнал-${stamp}.csv` });
    await expect(sentence.textContent()).resolves.toBe(`Из файла «журнал-${stamp}.csv» импортировано 3 материала`);

    await openTrail(page, { resource: 'media-plans', action: 'return' });
    const returned = page.locator('tr', { has: page.getByRole('link', { name: `Медиаплан «План журнала ${stamp}»` }) });
    await expect(returned.getByTestId('audit-sentence').textContent()).resolves.toBe(
      'План возвращён на доработку. Комментарий: «Добавьте охват»',
    );
    await expect(returned.getByTestId('audit-user').textContent()).resolves.toMatch(/Утверждающий$/);
    await takeScreenshot(page, `audit-trail-${login}-plan-ru`);

    await openTrail(page, { action: 'import' });
    await chooseLocale(page, 'Қазақша');
    await expect(sentence.textContent()).resolves.toBe(`«журнал-${stamp}.csv» файлынан 3 материал импортталды`);
    await openTrail(page, { resource: 'materials', recordId: materialId });
    const kkRow = editRow(page);
    await kkRow.waitFor();
    await kkRow.getByRole('link', { name: region.nameKk, exact: true }).waitFor();
    await expect(kkRow.getByTestId('audit-user').textContent()).resolves.toContain(`ӨЖО редакторы · ${region.nameKk}`);
    await takeScreenshot(page, `audit-trail-${login}-kk`);

    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-audit-events').click()]);
    expect(file.suggestedFilename()).toBe(login === 'analyst' ? 'audit-events-kk.xlsx' : 'audit-events-north-kazakhstan-kk.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await file.path());
    const sheet = workbook.worksheets[0];
    const edit = sheet
      .getRows(1, sheet.rowCount)
      ?.find((r) => r.getCell(6).value === `Материал «Журнал ${stamp}»` && r.getCell(8).value === 'Өзгерту');
    expect(edit?.getCell(4).value).toBe(`ӨЖО редакторы · ${region.nameKk}`);
    expect(edit?.getCell(9).value).toContain(`БАҚ: ${outlets[0].name} → ${outlets[1].name}`);
    await expect(kkRow.getByTestId('audit-changes').textContent()).resolves.toContain(`БАҚ: ${outlets[0].name} → ${outlets[1].name}`);
  });

  it('words an import in English, and fits a phone', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, session.app.url, 'analyst');
    await chooseLocale(page, 'English');
    await openTrail(page, { action: 'import' });
    const sentence = page.getByTestId('audit-sentence').filter({ hasText: `журнал-${stamp}.csv` });
    await expect(sentence.textContent()).resolves.toBe(`Imported 3 materials from the file “журнал-${stamp}.csv”`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await takeScreenshot(page, 'audit-trail-phone-en');
    await openTrail(page, { resource: 'materials', recordId: materialId });
    await page.getByRole('link', { name: outlets[1].name, exact: true }).first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await takeScreenshot(page, 'audit-trail-phone-edit-en');

    await page.goto(`${session.app.url}/#/materials/${materialId}/show/history`);
    await page.getByTestId('audit-card').getByRole('link', { name: outlets[1].name, exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await takeScreenshot(page, 'audit-trail-phone-history-en');
  });
});
