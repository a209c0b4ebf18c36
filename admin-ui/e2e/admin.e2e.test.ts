import { Page } from 'playwright-core';
import {
  apiGet,
  apiLogin,
  chooseLocale,
  chooseOption,
  LoginAnswer,
  shownCount,
  signIn,
  takeScreenshot,
  useBrowserSession,
} from './support';

interface Outlet {
  id: number;
  name: string;
}

const expectNationalTotal = async (page: Page, total: number) => {
  await page
    .getByTestId('national-all-total')
    .filter({ hasText: new RegExp(`^${shownCount(total)}$`) })
    .waitFor();
};

const firstRegionalPrintOutlet = async (url: string, session: LoginAnswer): Promise<Outlet> => {
  const filter = JSON.stringify({ regionId: session.user.regionId, level: 'regional', kind: 'print', active: true });
  const { json } = await apiGet<Outlet[]>(url, session, `/outlets?filter=${encodeURIComponent(filter)}&range=[0,0]`);
  return json[0];
};

describe('admin UI', () => {
  const session = useBrowserSession();

  it('shows the national count of 2020 to an analyst', async () => {
    const { app, page } = session;
    await page.goto(`${app.url}/#/login`);
    await page.locator('input[name="username"]').waitFor();
    await takeScreenshot(page, 'login');
    await signIn(page, app.url, 'analyst');
    await expectNationalTotal(page, 9365);
    await page.getByTestId('national-republican-tv').filter({ hasText: /^924$/ }).waitFor();
    await page
      .getByTestId('national-regional-print')
      .filter({ hasText: new RegExp(`^${shownCount(2164)}$`) })
      .waitFor();
    await page.getByText('Национальный подсчёт материалов').waitFor();
    await page.locator('[data-testid="chart-trend"] .chart-bar').first().waitFor();
    await takeScreenshot(page, 'dashboard');
  }, 120_000);

  it('shows Kazakh labels after switching to Kazakh', async () => {
    const { app, page } = session;
    await signIn(page, app.url, 'analyst');
    await chooseLocale(page, 'Қазақша');
    await page.getByText('Материалдардың ұлттық есебі').waitFor();
    await page.getByRole('cell', { name: 'Республикалық БАҚ' }).waitFor();
    await page.getByRole('menuitem', { name: 'Материалдар' }).waitFor();
    await expect(page.evaluate(() => [document.title, document.documentElement.lang])).resolves.toEqual(['ӨЖО медиаматериалдары', 'kk']);
    await takeScreenshot(page, 'dashboard-kk');
    await page.getByRole('menuitem', { name: 'Материалдар' }).click();
    await page.locator('th', { hasText: 'Жарияланған күні' }).waitFor();
  }, 120_000);

  it('lets an RPO editor log a material that then counts nationally', async () => {
    const { app, page } = session;
    const editor = await apiLogin(app.url, 'rpo-north-kazakhstan');
    const outlet = await firstRegionalPrintOutlet(app.url, editor);
    const title = `E2E материал ${Date.now()}`;

    await signIn(page, app.url, 'rpo-north-kazakhstan');
    await page.goto(`${app.url}/#/materials/create`);
    await page.locator('input[name="title"]').fill(title);
    await page.locator('input[name="outletId"]').fill(outlet.name);
    await page.getByRole('option', { name: outlet.name }).first().click();
    await page.locator('input[name="publishedOn"]').fill('2020-11-20');
    await chooseOption(page, 'language', 'kk');
    await chooseOption(page, 'format', 'article');
    await page.locator('button[type="submit"]').click();
    await page.waitForURL(/#\/materials\/\d+\/show/);
    const id = /#\/materials\/(\d+)\/show/.exec(page.url())?.[1];
    await page.getByText(title, { exact: true }).waitFor();
    await page.getByText(outlet.name, { exact: true }).waitFor();
    await takeScreenshot(page, 'material-show');

    await page.goto(`${app.url}/#/materials`);
    await page.locator('input[name="q"]').fill(title);
    await page.getByRole('cell', { name: title }).waitFor();
    await takeScreenshot(page, 'materials-list');

    await page.goto(`${app.url}/#/materials/${id}`);
    await page
      .locator('input[name="title"]')
      .and(page.locator(`[value="${title}"]`))
      .waitFor();
    await takeScreenshot(page, 'material-edit');

    await page.context().clearCookies();
    await page.evaluate(() => localStorage.clear());
    await signIn(page, app.url, 'analyst');
    await expectNationalTotal(page, 9366);
  }, 180_000);

  it('shows a title with markup as plain text and runs none of it', async () => {
    const { app, page } = session;
    const editor = await apiLogin(app.url, 'rpo-north-kazakhstan');
    const outlet = await firstRegionalPrintOutlet(app.url, editor);
    const title = `<script>window.__injected = 1</script><img src="x" onerror="window.__injected = 2"> ${Date.now()}`;
    const response = await fetch(`${app.url}/api/materials`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${editor.accessToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        regionId: editor.user.regionId,
        outletId: outlet.id,
        title,
        language: 'ru',
        format: 'article',
        publishedOn: '2021-05-05',
      }),
    });
    const { id } = (await response.json()) as { id: number };

    await signIn(page, app.url, 'rpo-north-kazakhstan');
    await page.goto(`${app.url}/#/materials/${id}/show`);
    await page.getByText(title).first().waitFor();
    expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
  }, 120_000);
});
