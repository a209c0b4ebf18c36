import { readFileSync } from 'node:fs';
import { Browser, BrowserContext, Page } from 'playwright-core';
import {
  apiGet,
  apiLogin,
  CONTEXT_OPTIONS,
  launchBrowser,
  LoginAnswer,
  shownCount,
  signIn,
  startApp,
  takeScreenshot,
  TestApp,
} from './support';

interface NationalRollup {
  total: number;
}

const YEAR_2020 = 'from=2020-01-01&to=2020-12-31';

describe('analytics screens', () => {
  let app: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let analyst: LoginAnswer;
  let regionId: number;

  const choose = async (name: string, value: string | number) => {
    await page.locator(`div[role="combobox"]:has(+ input[data-testid="filter-${name}"])`).click();
    await page.locator(`li[data-value="${value}"]`).click();
  };

  const totalOf = async (query: string) => (await apiGet<NationalRollup>(app.url, analyst, `/rollups/national?${query}`)).json.total;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    analyst = await apiLogin(app.url, 'analyst');
    regionId = (await apiLogin(app.url, 'rpo-north-kazakhstan')).user.regionId ?? 0;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  beforeEach(async () => {
    context = await browser.newContext({ ...CONTEXT_OPTIONS, acceptDownloads: true });
    page = await context.newPage();
  });

  afterEach(async () => {
    await context?.close();
  });

  it('lets an analyst filter the dashboard by region and download the quarterly report', async () => {
    const national = await totalOf(YEAR_2020);
    const regional = await totalOf(`${YEAR_2020}&regionId=${regionId}`);
    expect(regional).toBeGreaterThan(0);
    expect(regional).toBeLessThan(national);

    await signIn(page, app.url, 'analyst');
    await page
      .getByTestId('national-all-total')
      .filter({ hasText: new RegExp(`^${shownCount(national)}$`) })
      .waitFor();
    await choose('regionId', regionId);
    await page.waitForURL(new RegExp(`[?&]regionId=${regionId}\\b`));
    await page
      .getByTestId('national-all-total')
      .filter({ hasText: new RegExp(`^${shownCount(regional)}$`) })
      .waitFor();
    await page.locator('[data-testid="chart-trend"] .chart-bar').first().waitFor();
    await page.locator('[data-testid="chart-regions"] .chart-bar').first().waitFor();
    await takeScreenshot(page, 'analytics-dashboard');

    // The view is shared by its link: opening it afresh shows the same region's figures.
    const shared = page.url();
    await page.goto(`${app.url}/#/`);
    await page
      .getByTestId('national-all-total')
      .filter({ hasText: new RegExp(`^${shownCount(national)}$`) })
      .waitFor();
    await page.goto(shared);
    await page
      .getByTestId('national-all-total')
      .filter({ hasText: new RegExp(`^${shownCount(regional)}$`) })
      .waitFor();

    await page.getByTestId('menu-reports').click();
    await choose('reportQuarter', 1);
    await page.locator('[role="listbox"]').waitFor({ state: 'detached' });
    await takeScreenshot(page, 'analytics-reports');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-download').click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const file = readFileSync(await download.path());
    expect(file.length).toBeGreaterThan(1000);
    expect(file.subarray(0, 2).toString('latin1')).toBe('PK');
  }, 180_000);

  it('opens the materials of a heatmap cell and shows the completeness of the log', async () => {
    await signIn(page, app.url, 'analyst');
    await page.goto(`${app.url}/#/analytics/priorities?year=2020&quarter=2`);
    const cell = page.getByTestId(`heat-${regionId}-seniors`);
    await cell.waitFor();
    const count = (await cell.locator('small').innerText()).trim();
    await takeScreenshot(page, 'analytics-priorities');
    await cell.locator('a').click();
    await page.waitForURL(/#\/materials\?/);
    await page
      .locator('.MuiTablePagination-displayedRows')
      .filter({ hasText: new RegExp(`\\b${count}$`) })
      .waitFor();

    await page.goto(`${app.url}/#/analytics/completeness?year=2020`);
    await page.getByTestId('completeness-row').first().waitFor();
    expect(await page.getByTestId('completeness-row').count()).toBe(17);
    await takeScreenshot(page, 'analytics-completeness');
  }, 180_000);

  it('lets an office submit ended quarters and an approver approve one and grant a late-entry exception', async () => {
    const quarterCell = (quarter: number, status?: string) =>
      page.locator(`[data-testid="quarter-${regionId}-${quarter}"]${status ? `[data-status="${status}"]` : ''}`);
    await signIn(page, app.url, 'rpo-north-kazakhstan');
    await page.goto(`${app.url}/#/quarters?year=2020`);
    for (const quarter of [1, 2]) {
      await quarterCell(quarter).getByTestId('quarter-step-submit').click();
      await quarterCell(quarter, 'submitted').waitFor();
    }

    await context.close();
    context = await browser.newContext(CONTEXT_OPTIONS);
    page = await context.newPage();
    await signIn(page, app.url, 'approver');
    await page.goto(`${app.url}/#/quarters?year=2020`);
    await quarterCell(1).getByTestId('quarter-step-approve').click();
    await quarterCell(1, 'approved').waitFor();
    await quarterCell(1).getByTestId('quarter-step-exception').click();
    await page.getByTestId('quarter-comment').fill('Поздние материалы районной газеты');
    await page.getByTestId('quarter-comment-confirm').click();
    await quarterCell(1, 'exception').filter({ hasText: 'Поздние материалы районной газеты' }).waitFor();
    await quarterCell(2, 'submitted').getByTestId('quarter-step-approve').waitFor();
    await takeScreenshot(page, 'analytics-quarters');
  }, 180_000);
});
