import { Locator, Page } from 'playwright-core';
import { apiGet, apiLogin, signIn, useBrowserSession } from './support';

const EDITOR = 'rpo-north-kazakhstan';

interface Plan {
  id: number;
  regionId: number | null;
}

/** The count a figure shows, as a number. */
const countOf = async (figure: Locator): Promise<number> => Number((await figure.innerText()).replace(/\D/g, ''));

/** Waits until the materials list says it holds `total` records in all. */
const expectListTotal = async (page: Page, total: number): Promise<void> => {
  await page.waitForURL(/#\/materials\?/);
  await page.waitForFunction((expected) => {
    const label = document.querySelector('.MuiTablePagination-displayedRows')?.textContent?.trim() ?? '';
    const last = /(\d[\d\s]*)$/.exec(label);
    return last !== null && Number(last[1].replace(/\D/g, '')) === expected;
  }, total);
};

/** Clicks a figure, checks the list behind it has the same total and shows its filters, and comes back. */
const drillDown = async (page: Page, figure: Locator, chips: string[]): Promise<number> => {
  const from = page.url();
  const total = await countOf(figure);
  expect(total).toBeGreaterThan(0);
  await figure.click();
  await expectListTotal(page, total);
  for (const chip of chips) await page.getByTestId(`filter-chip-${chip}`).waitFor();
  await page.goBack();
  await page.waitForURL(from);
  return total;
};

const openUserMenu = (page: Page) => page.locator('header .RaUserMenu-userButton').click();

describe('drill-down from the figures to the materials behind them', () => {
  const session = useBrowserSession();
  let regionId: number;

  beforeAll(async () => {
    regionId = (await apiLogin(session.app.url, EDITOR)).user.regionId ?? 0;
  });

  it('opens the materials behind a dashboard figure, a priorities cell and a completeness cell, with the same totals', async () => {
    const { page, app } = session;
    await signIn(page, app.url, 'analyst');
    await page.goto(`${app.url}/#/?year=2020`);
    const total = page.locator('[data-testid="national-all-total"] a');
    await total.waitFor();
    expect(await drillDown(page, total, ['publishedFrom', 'publishedTo'])).toBe(9365);
    await page.getByTestId('national-table').waitFor();
    expect(await drillDown(page, page.locator('[data-testid="national-republican-tv"] a'), ['mediaLevel', 'channel'])).toBe(924);
    expect(await drillDown(page, page.locator('[data-testid="national-republican-total"] a'), ['mediaLevel', 'channel'])).toBe(1942);

    // A chart's bar and slice, opened from the keyboard (a donut's slice has the hole at its box's centre): the count is
    // the last number of the link's name.
    const barAndSlice = [
      [page.locator('[data-testid="chart-regions"] a').first(), ['regionId', 'publishedFrom']],
      [page.locator('[data-testid="chart-languages"] a').first(), ['language', 'publishedFrom']],
    ] as const;
    for (const [mark, chips] of barAndSlice) {
      const label = (await mark.getAttribute('aria-label')) ?? '';
      const count = Number(/([\d\s\u00a0]+)$/.exec(label)?.[1].replace(/\D/g, ''));
      expect(count).toBeGreaterThan(0);
      const from = page.url();
      await mark.focus();
      await page.keyboard.press('Enter');
      await expectListTotal(page, count);
      for (const chip of chips) await page.getByTestId(`filter-chip-${chip}`).waitFor();
      await page.goBack();
      await page.waitForURL(from);
    }

    await page.goto(`${app.url}/#/analytics/priorities?year=2020&quarter=2`);
    await page.getByTestId(`heat-${regionId}-seniors`).waitFor();
    // A heat cell shows a share above its count.
    await drillDown(page, page.locator(`[data-testid="heat-${regionId}-seniors"] small`), ['regionId', 'targetAudienceIds']);
    await drillDown(page, page.getByTestId('heat-all-total'), ['publishedFrom']);

    await page.goto(`${app.url}/#/analytics/completeness?year=2020`);
    await page.getByTestId(`completeness-${regionId}-2020-03`).waitFor();
    await drillDown(page, page.getByTestId(`completeness-${regionId}-2020-03`), ['regionId', 'publishedFrom']);
    await drillDown(page, page.getByTestId(`completeness-${regionId}-total`), ['regionId']);

    // A chip takes its filter away.
    await page.getByTestId(`completeness-${regionId}-total`).click();
    await page.getByTestId('filter-chip-regionId').locator('.MuiChip-deleteIcon').click();
    await expectListTotal(page, 9365);
  }, 180_000);

  it('opens the materials linked to a plan item from its execution', async () => {
    const { page, app } = session;
    const editor = await apiLogin(app.url, EDITOR);
    const { json: plans } = await apiGet<Plan[]>(app.url, editor, `/media-plans?filter=${encodeURIComponent('{"year":2020}')}`);
    const plan = plans.find((candidate) => candidate.regionId !== null);
    await signIn(page, app.url, EDITOR);
    await page.goto(`${app.url}/#/media-plans/${plan?.id}/show/execution`);
    await page.getByTestId('item-linked').first().waitFor();
    const linked = page.getByTestId('item-linked').filter({ hasNotText: /^0$/ }).first();
    await drillDown(page, linked, ['mediaPlanItemId']);
  }, 120_000);

  it('keeps the analytics filters across the pages and in a link, and forgets them at sign-out', async () => {
    const { page, app } = session;
    await signIn(page, app.url, 'analyst');
    const search = `year=2020&quarter=1&regionId=${regionId}`;
    await page.goto(`${app.url}/#/?${search}`);
    await page.getByTestId('national-table').waitFor();
    await page.getByTestId('menu-priorities').click();
    await page.waitForURL(new RegExp(`#/analytics/priorities\\?${search}$`));
    await page.getByTestId('heatmap').waitFor();
    expect(await page.locator('input[data-testid="filter-regionId"]').inputValue()).toBe(String(regionId));
    await page.getByTestId('menu-completeness').click();
    await page.waitForURL(new RegExp(`#/analytics/completeness\\?${search}$`));
    await page.getByTestId('menu-dashboard').click();
    await page.waitForURL(new RegExp(`#/\\?${search}$`));

    // A colleague opening the link sees the same view.
    const colleague = await page.context().browser()?.newPage();
    if (!colleague) throw new Error('no browser');
    await signIn(colleague, app.url, 'approver');
    await colleague.goto(`${app.url}/#/analytics/priorities?${search}`);
    await colleague.getByTestId('heatmap').waitFor();
    expect(await colleague.locator('input[data-testid="filter-regionId"]').inputValue()).toBe(String(regionId));
    expect(await colleague.locator('input[data-testid="filter-quarter"]').inputValue()).toBe('1');
    await colleague.close();

    await openUserMenu(page);
    await page.getByRole('menuitem', { name: 'Выйти', exact: true }).click();
    await page.locator('input[name="username"]').waitFor();
    await signIn(page, app.url, 'analyst');
    expect(await page.getByTestId('menu-priorities').getAttribute('href')).toBe('#/analytics/priorities');
  }, 180_000);

  it('says that a previous period without materials has no data, rather than comparing with it', async () => {
    const { page, app } = session;
    await signIn(page, app.url, 'analyst');
    await page.goto(`${app.url}/#/?year=2020`);
    await page
      .getByTestId('previous-period')
      .filter({ hasText: /^Нет данных за/ })
      .waitFor();
    expect(await page.getByTestId('national-all-previous').count()).toBe(0);
    await page.goto(`${app.url}/#/?year=2020&quarter=2`);
    await page
      .getByTestId('previous-period')
      .filter({ hasText: /^Сравнение с периодом/ })
      .waitFor();
    await page.getByTestId('national-all-previous').waitFor();
  }, 120_000);

  it('shows 25 rows of a list, remembers another choice, and forgets it at sign-out', async () => {
    const { page, app } = session;
    const rowsShown = (range: string) => page.locator('.MuiTablePagination-displayedRows').filter({ hasText: new RegExp(`^${range} `) });
    await signIn(page, app.url, 'analyst');
    await page.goto(`${app.url}/#/materials`);
    await rowsShown('1-25').waitFor();
    await page.locator('div[role="combobox"].MuiTablePagination-select').click();
    await page.locator('li[data-value="50"]').click();
    await rowsShown('1-50').waitFor();
    await page.goto(`${app.url}/#/outlets`);
    await page.goto(`${app.url}/#/materials`);
    await rowsShown('1-50').waitFor();

    await openUserMenu(page);
    await page.getByRole('menuitem', { name: 'Выйти', exact: true }).click();
    await page.locator('input[name="username"]').waitFor();
    await signIn(page, app.url, 'analyst');
    await page.goto(`${app.url}/#/materials`);
    await rowsShown('1-25').waitFor();
  }, 120_000);
});
