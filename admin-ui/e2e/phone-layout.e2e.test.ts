import { Locator, Page } from 'playwright-core';
import { apiGet, apiLogin, chooseLocale, signIn, takeScreenshot, useBrowserSession } from './support';

const PHONE = { width: 390, height: 844 };
const KAZAKH = { locale: 'kk', menu: 'Қазақша' } as const;
const EDITOR = 'rpo-north-kazakhstan';

interface PhonePage {
  /** The screenshot's name, when the page is one of the phone set. */
  shot?: string;
  path: string;
  /** What shows that the page has drawn its data. */
  ready: string;
  /** The page's main action, which must lie on the screen. */
  action: string;
}

const CARD = '.RaList-content li';
const CREATE = (resource: string) => `a[href="#/${resource}/create"]`;
const SAVE = '.RaToolbar-mobileToolbar button[type="submit"]';
const FILTER_BUTTON = 'button.add-filter';

const ANALYTICS_FILTER = '[data-testid="analytics-filters"] [role="combobox"]';
const YEAR_FILTER = '.RaLayout-content [role="combobox"]';

const dashboard: PhonePage = { shot: 'dashboard', path: '/', ready: '[data-testid="national-table"]', action: ANALYTICS_FILTER };
const auditTrail: PhonePage = { shot: 'audit-trail', path: '/audit-events', ready: '[data-testid="audit-card"]', action: FILTER_BUTTON };
const quarters: PhonePage = { shot: 'quarters', path: '/quarters', ready: '[data-testid="quarters-table"]', action: YEAR_FILTER };
const planItems: PhonePage = { shot: 'plan-items', path: '/media-plan-items', ready: CARD, action: FILTER_BUTTON };
const reports: PhonePage = { path: '/reports', ready: '[data-testid="report-download"]', action: '[data-testid="report-download"]' };
const analytics: PhonePage[] = [
  { path: '/analytics/priorities', ready: '.RaLayout-content [role="region"] table', action: ANALYTICS_FILTER },
  { path: '/analytics/completeness', ready: '.RaLayout-content [role="region"] table', action: ANALYTICS_FILTER },
];
const overview: PhonePage = { path: '/media-plans-overview', ready: '[data-testid="overview-table"]', action: YEAR_FILTER };
const referenceList = (resource: string): PhonePage => ({ path: `/${resource}`, ready: CARD, action: CREATE(resource) });

/** The pages of the menu and the material's own pages for a role, given a material and a plan it may open. */
const editorPages = (materialId: number, planId: number): PhonePage[] => [
  dashboard,
  { path: '/inbox', ready: '[data-testid="inbox-quarterOpen"]', action: '[data-testid="inbox-item-quarterOpen"] a' },
  { shot: 'materials-list', path: '/materials', ready: CARD, action: CREATE('materials') },
  { shot: 'material-create', path: '/materials/create', ready: 'input[name="title"]', action: SAVE },
  { shot: 'material-show', path: `/materials/${materialId}/show`, ready: '.RaShow-main', action: `a[href="#/materials/${materialId}"]` },
  { path: `/materials/${materialId}`, ready: 'input[name="title"]', action: SAVE },
  { shot: 'import', path: '/materials-import', ready: '[data-testid="import-page"]', action: 'label:has([data-testid="import-file"])' },
  { shot: 'media-plans', path: '/media-plans', ready: CARD, action: CREATE('media-plans') },
  { path: `/media-plans/${planId}/show`, ready: '[role="tablist"]', action: '[role="tab"]' },
  planItems,
  quarters,
  auditTrail,
  { path: '/outlets', ready: CARD, action: CREATE('outlets') },
  reports,
];

/** The page is no wider than the screen, and its main action and the app bar's buttons lie within it. */
const expectFits = async (page: Page, target: PhonePage) => {
  await page.locator(target.ready).first().waitFor();
  const action = page.locator(target.action).first();
  await action.waitFor();
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect({ path: target.path, scrollWidth }).toEqual({ path: target.path, scrollWidth: Math.min(scrollWidth, PHONE.width) });
  await expectOnScreen(action);
  for (const button of await page.locator('.RaAppBar-toolbar button').all()) await expectOnScreen(button);
};

const expectOnScreen = async (element: Locator) => {
  await element.scrollIntoViewIfNeeded();
  const box = await element.boundingBox();
  expect(box).not.toBeNull();
  expect(box?.x).toBeGreaterThanOrEqual(0);
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(PHONE.width);
  expect(box?.y).toBeGreaterThanOrEqual(0);
  expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(PHONE.height);
};

/** The menu opens over the page, and its last item can be reached. */
const expectMenuReachable = async (page: Page, shot?: string) => {
  await page.locator('.RaAppBar-menuButton').click();
  const menu = page.locator('.MuiDrawer-paper .RaMenu-open');
  await menu.waitFor();
  if (shot) await takeScreenshot(page, shot, { fullPage: false });
  await expectOnScreen(menu.locator('a[role="menuitem"], a.MuiMenuItem-root').last());
  await page.keyboard.press('Escape');
  await menu.waitFor({ state: 'hidden' });
};

const firstId = async (url: string, login: string, resource: string): Promise<number> => {
  const { json } = await apiGet<{ id: number }[]>(url, await apiLogin(url, login), `/${resource}?range=%5B0%2C0%5D`);
  return json[0].id;
};

describe('the app on a 390 × 844 phone', () => {
  const session = useBrowserSession();

  beforeAll(async () => {
    // A plan of the editor's region, so that the audit trail has an entry for the editor and the analyst to read.
    const { url } = session.app;
    const editor = await apiLogin(url, EDITOR);
    const response = await fetch(`${url}/api/media-plans`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${editor.accessToken}` },
      body: JSON.stringify({ year: 2043, title: 'План для телефона' }),
    });
    expect(response.ok).toBe(true);
  });

  /** Signs in on the phone and checks each page in turn; the regional editor's visits make the phone screenshots. */
  const visit = async (login: string, pages: PhonePage[], language?: typeof KAZAKH) => {
    const shots = login === EDITOR;
    const { page } = session;
    await page.setViewportSize(PHONE);
    await signIn(page, session.app.url, login);
    if (language) await chooseLocale(page, language.menu);
    const suffix = language?.locale ?? 'ru';
    for (const target of pages) {
      await page.evaluate((path) => (window.location.hash = `#${path}`), target.path);
      await expectFits(page, target);
      if (shots && target.shot) await takeScreenshot(page, `phone-${target.shot}-${suffix}`, { fullPage: false });
    }
    await expectMenuReachable(page, shots ? `phone-menu-${suffix}` : undefined);
  };

  it('fits every page of a regional editor, in Russian', async () => {
    const { url } = session.app;
    const login = EDITOR;
    await visit(login, editorPages(await firstId(url, login, 'materials'), await firstId(url, login, 'media-plans')));
    // The dashboard's filters beyond the period open in a drawer that fits the screen.
    const { page } = session;
    await page.evaluate(() => (window.location.hash = '#/'));
    await page.getByTestId('filters-open').click();
    const drawer = page.getByTestId('filters-drawer');
    await expectOnScreen(drawer.locator('[role="combobox"]').first());
    await expectOnScreen(drawer.locator('button').last());
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
  });

  it('fits the phone set of a regional editor’s pages, in Kazakh', async () => {
    const { url } = session.app;
    const login = EDITOR;
    const pages = editorPages(await firstId(url, login, 'materials'), await firstId(url, login, 'media-plans'));
    await visit(
      login,
      pages.filter((target) => target.shot),
      KAZAKH,
    );
  });

  it('fits the administrator’s lists, forms and analytics', async () => {
    const materialId = await firstId(session.app.url, 'admin', 'materials');
    await visit('admin', [
      { path: '/materials', ready: CARD, action: CREATE('materials') },
      { path: `/materials/${materialId}`, ready: 'input[name="title"]', action: SAVE },
      ...['rubrics', 'regions', 'special-projects', 'users'].map(referenceList),
      { path: '/users/create', ready: 'input[name="login"]', action: SAVE },
      { path: '/account', ready: '[data-testid="account-page"]', action: '[data-testid="account-locale-save"]' },
      ...analytics,
      overview,
    ]);
  });

  it('fits the approver’s pages, in Kazakh', async () => {
    await visit('approver', [dashboard, { path: '/media-plans', ready: CARD, action: CREATE('media-plans') }, quarters, overview], KAZAKH);
  });

  it('fits the analyst’s pages, in Kazakh', async () => {
    await visit('analyst', [dashboard, { path: '/materials', ready: CARD, action: FILTER_BUTTON }, auditTrail, reports], KAZAKH);
  });
});
