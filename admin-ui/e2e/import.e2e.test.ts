import { apiGet, apiLogin, chooseLocale, LoginAnswer, signIn, takeScreenshot, useBrowserSession } from './support';

interface Outlet {
  id: number;
  name: string;
  active: boolean;
}

const normalize = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

const ddmmyyyy = (date: Date) =>
  [date.getDate(), date.getMonth() + 1].map((n) => String(n).padStart(2, '0')).join('.') + `.${date.getFullYear()}`;

/** The Russian CSV template's header, as the server hands it out. */
const templateHeader = async (url: string, session: LoginAnswer): Promise<string[]> => {
  const response = await fetch(`${url}/api/materials/import/template?format=csv&lang=ru`, {
    headers: { Authorization: `Bearer ${session.accessToken}` },
  });
  expect(response.status).toBe(200);
  const text = (await response.text()).replace(/^\uFEFF/, '');
  return text.split(/\r?\n/)[0].split(';');
};

/** An outlet of the region whose name no other outlet shares, so that the file can name it. */
const uniquelyNamedOutlet = async (url: string, session: LoginAnswer, regionId: number): Promise<Outlet> => {
  const all: Outlet[] = [];
  for (let total = Infinity; all.length < total;) {
    const page = await apiGet<Outlet[]>(url, session, `/outlets?range=[${all.length},${all.length + 999}]`);
    all.push(...page.json);
    total = page.json.length === 0 ? all.length : (page.total ?? all.length);
  }
  const filter = encodeURIComponent(JSON.stringify({ regionId }));
  const { json: own } = await apiGet<Outlet[]>(url, session, `/outlets?filter=${filter}&range=[0,999]`);
  const outlet = own.find((o) => o.active && all.filter((other) => normalize(other.name) === normalize(o.name)).length === 1);
  if (!outlet) throw new Error(`no uniquely named active outlet in region ${regionId}`);
  return outlet;
};

describe('materials import in the admin UI', () => {
  const session = useBrowserSession();

  it('lets an RPO editor fix a file with a bad row, import it and find the materials', async () => {
    const editor = await apiLogin(session.app.url, 'rpo-north-kazakhstan');
    const header = await templateHeader(session.app.url, editor);
    const outlet = await uniquelyNamedOutlet(session.app.url, editor, editor.user.regionId ?? 0);
    const stamp = Date.now();
    const titles = [`Импорт e2e ${stamp}: первый`, `Импорт e2e ${stamp}: второй`];
    const csvOf = (dates: string[]) => {
      const rows = titles.map((title, i) => {
        const values: Record<string, string> = {
          Заголовок: title,
          СМИ: outlet.name,
          'Дата публикации': dates[i],
          Язык: 'Русский',
          Формат: 'Статья',
        };
        return header.map((column) => values[column.replace(/\*$/, '')] ?? '').join(';');
      });
      return Buffer.from(`\uFEFF${[header.join(';'), ...rows].join('\r\n')}\r\n`, 'utf8');
    };
    const today = ddmmyyyy(new Date());
    const upload = (dates: string[]) =>
      session.page.getByTestId('import-file').setInputFiles({ name: 'materials.csv', mimeType: 'text/csv', buffer: csvOf(dates) });

    await signIn(session.page, session.app.url, 'rpo-north-kazakhstan');
    await session.page.getByTestId('menu-import').click();
    await session.page.getByTestId('import-page').waitFor();

    const [download] = await Promise.all([
      session.page.waitForEvent('download'),
      session.page.getByTestId('import-template-download').click(),
    ]);
    expect(download.suggestedFilename()).toBe('materials-import-ru.xlsx');

    await session.page
      .getByTestId('import-file')
      .setInputFiles({ name: 'broken.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('not a workbook') });
    await session.page.getByTestId('import-check').click();
    await session.page.getByTestId('import-error').filter({ hasText: 'Файл повреждён' }).waitFor();

    await session.page
      .getByTestId('import-file')
      .setInputFiles({ name: 'wide.csv', mimeType: 'text/csv', buffer: Buffer.from(`${'a;'.repeat(300)}a\r\n`) });
    await session.page.getByTestId('import-check').click();
    await session.page
      .getByTestId('import-error')
      .filter({ hasText: 'В строке файла больше столбцов, чем допускает импорт (не более 200)' })
      .waitFor();

    await upload([today, '31.02.2025']);
    await expect(session.page.getByTestId('import-error').count()).resolves.toBe(0);
    await session.page.getByTestId('import-check').click();
    const problems = session.page.getByTestId('import-problems');
    await problems.waitFor();
    await expect(problems.locator('tbody tr').count()).resolves.toBe(1);
    await expect(problems.locator('td.column-row').innerText()).resolves.toBe('3');
    await expect(problems.locator('td.column-column').innerText()).resolves.toBe('Дата публикации');
    await expect(problems.locator('td.column-message').innerText()).resolves.toMatch(/ДД\.ММ\.ГГГГ/);
    await expect(session.page.getByTestId('import-run').isDisabled()).resolves.toBe(true);
    await takeScreenshot(session.page, 'materials-import-problems');

    // The server answers in the account's language (Russian); the table says the problem's code in the UI's.
    await chooseLocale(session.page, 'Қазақша');
    await upload([today, '31.02.2025']);
    await session.page.getByTestId('import-check').click();
    await expect(problems.locator('td.column-message').innerText()).resolves.toMatch(/КК\.АА\.ЖЖЖЖ/);
    await chooseLocale(session.page, 'Русский');

    await upload([today, today]);
    await expect(session.page.getByTestId('import-problems').count()).resolves.toBe(0);
    await session.page.getByTestId('import-check').click();
    await session.page.getByTestId('import-check-clean').waitFor();
    await expect(session.page.getByTestId('import-problems').count()).resolves.toBe(0);
    await session.page.getByTestId('import-run').click();
    await session.page.getByTestId('import-done').filter({ hasText: 'создано материалов — 2' }).waitFor();
    await takeScreenshot(session.page, 'materials-import-done');

    await session.page.getByTestId('import-open-materials').click();
    await session.page.waitForURL(/#\/materials\?filter=/);
    await session.page.locator('.MuiTablePagination-displayedRows').filter({ hasText: /\b2$/ }).waitFor();
    const shown = await session.page.locator('tbody td.column-title').allInnerTexts();
    expect(shown.sort()).toEqual([...titles].sort());
    await expect(session.page.locator('input[name="importId"]').count()).resolves.toBe(1);
  }, 180_000);
});
