import type { Page } from 'playwright-core';
import { apiGet, apiLogin, CONTEXT_OPTIONS, PASSWORD, PHONE_VIEWPORT, seriousAxeViolations, useBrowserSession } from './support';

type Locale = 'kk' | 'ru' | 'en';
type Size = 'desktop' | 'phone';

const VIEWPORTS: Record<Size, { width: number; height: number }> = { desktop: CONTEXT_OPTIONS.viewport, phone: PHONE_VIEWPORT };
const BOTH: Size[] = ['desktop', 'phone'];

/** Pages checked in some languages at some sizes. */
interface Pass {
  locales: Locale[];
  sizes: Size[];
  paths: string[];
}

const chooseStoredLocale = (page: Page, locale: Locale) =>
  page.evaluate((chosen) => localStorage.setItem('RaStore.locale', JSON.stringify(chosen)), locale);

/** Counts the API requests in flight, to know when a page has its data. */
const trackRequests = (page: Page): (() => number) => {
  let pending = 0;
  const isApi = (url: string) => url.includes('/api/');
  page.on('request', (request) => {
    if (isApi(request.url())) pending += 1;
  });
  page.on('requestfinished', (request) => {
    if (isApi(request.url())) pending -= 1;
  });
  page.on('requestfailed', (request) => {
    if (isApi(request.url())) pending -= 1;
  });
  return () => pending;
};

/** Waits until no API request has been in flight for a quarter of a second and nothing says it is loading. */
const settle = async (page: Page, inFlight: () => number): Promise<void> => {
  let quietSince = Date.now();
  const deadline = Date.now() + 8_000;
  while (Date.now() < deadline && Date.now() - quietSince < 250) {
    if (inFlight() > 0) quietSince = Date.now();
    await page.waitForTimeout(50);
  }
  await page.waitForFunction(() => !document.querySelector('[role="progressbar"]:not([aria-valuenow]), .MuiSkeleton-root'), undefined, {
    timeout: 8_000,
  });
};

/** Signs in through the API and opens each page of each pass by its hash: the violations found, one line each. */
const checkPages = async (page: Page, url: string, login: string, passes: Pass[]): Promise<string[]> => {
  const inFlight = trackRequests(page);
  await page.goto(`${url}/#/login`);
  await page.evaluate((stored) => localStorage.setItem('outreach.session', stored), JSON.stringify(await apiLogin(url, login)));
  const found: string[] = [];
  for (const pass of passes) {
    for (const size of pass.sizes) {
      await page.setViewportSize(VIEWPORTS[size]);
      for (const locale of pass.locales) {
        await chooseStoredLocale(page, locale);
        await page.goto(`${url}/#/`);
        await page.reload();
        for (const path of pass.paths) {
          const label = `${login} ${locale} ${size} ${path}`;
          await page.evaluate((hash) => (window.location.hash = hash), `#${path}`);
          await page.locator('#main-content').waitFor();
          await settle(page, inFlight).catch(() => found.push(`${label}: still loading after 8 s`));
          found.push(...(await seriousAxeViolations(page, label)));
        }
      }
    }
  }
  return found;
};

/** Presses Tab (or Shift+Tab, to go back up the page) until the focused element matches the selector. */
const tabTo = async (page: Page, selector: string, key: 'Tab' | 'Shift+Tab' = 'Tab', limit = 80): Promise<void> => {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press(key);
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
  }
  throw new Error(`${selector} was not reached with ${limit} presses of ${key}`);
};

const signInWithKeyboard = async (page: Page, url: string): Promise<void> => {
  await page.goto(`${url}/#/login`);
  await page.locator('input[name="username"]').waitFor();
  await tabTo(page, 'input[name="username"]');
  await page.keyboard.type('rpo-north-kazakhstan');
  await tabTo(page, 'input[name="password"]');
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  await page.getByTestId('national-table').waitFor();
};

const openMaterialsWithKeyboard = async (page: Page): Promise<void> => {
  await tabTo(page, 'a[href="#/materials"]');
  await page.keyboard.press('Enter');
  await page.waitForURL(/#\/materials$/);
  await page.locator('main table tbody tr').first().waitFor();
};

describe('accessibility of the admin UI (axe-core, WCAG 2.1 A and AA)', () => {
  const session = useBrowserSession();

  it('has no serious or critical violation on the sign-in page in any language, on a desktop and on a phone', async () => {
    const found: string[] = [];
    await session.page.goto(`${session.app.url}/#/login`);
    for (const size of BOTH) {
      await session.page.setViewportSize(VIEWPORTS[size]);
      for (const locale of ['kk', 'ru', 'en'] as const) {
        await chooseStoredLocale(session.page, locale);
        await session.page.reload();
        await session.page.locator('input[name="username"]').waitFor();
        found.push(...(await seriousAxeViolations(session.page, `signed out ${locale} ${size} /login`)));
      }
    }
    expect(found).toEqual([]);
  });

  it('has no serious or critical violation on the pages of each role, in every language, on a desktop and on a phone', async () => {
    const admin = await apiLogin(session.app.url, 'admin');
    const [material] = (await apiGet<{ id: number }[]>(session.app.url, admin, '/materials?range=[0,0]')).json;
    const [plan] = (await apiGet<{ id: number }[]>(session.app.url, admin, '/media-plans?range=[0,0]')).json;
    // Every page in Kazakh, whose words are the longest; the pages with the most kinds of parts in Russian and English.
    const samples = ['/', '/materials', '/materials/create', `/media-plans/${plan.id}/show`];

    const found = [
      ...(await checkPages(session.page, session.app.url, 'admin', [
        {
          locales: ['kk'],
          sizes: BOTH,
          paths: [
            '/',
            '/inbox',
            '/analytics/priorities',
            '/analytics/completeness',
            '/reports',
            '/quarters',
            '/media-plans-overview',
            '/materials',
            '/materials/create',
            `/materials/${material.id}`,
            `/materials/${material.id}/show`,
            '/materials-import',
            '/outlets',
            '/rubrics',
            '/regions',
            '/directions',
            '/special-projects',
            '/target-audiences',
            '/media-plans',
            `/media-plans/${plan.id}/show`,
            '/media-plan-items',
            '/audit-events',
            '/users',
            '/account',
          ],
        },
        { locales: ['ru', 'en'], sizes: BOTH, paths: samples },
      ])),
      ...(await checkPages(session.page, session.app.url, 'rpo-north-kazakhstan', [
        {
          locales: ['ru'],
          sizes: ['desktop'],
          paths: ['/inbox', '/materials/create', '/materials-import', '/media-plans', '/audit-events'],
        },
      ])),
      ...(await checkPages(session.page, session.app.url, 'analyst', [
        { locales: ['ru'], sizes: ['desktop'], paths: ['/', '/audit-events'] },
      ])),
    ];
    expect(found).toEqual([]);
  }, 300_000);

  it('is used with the keyboard alone: sign in, open the materials from the menu, and their create button', async () => {
    const { page, app } = session;
    await signInWithKeyboard(page, app.url);
    await openMaterialsWithKeyboard(page);
    await tabTo(page, 'a[href="#/materials/create"]');
    await page.keyboard.press('Enter');
    await page.locator('input[name="title"]').waitFor();
  });

  it("is used with the keyboard alone: a row's page and its edit, then the language menu opened, closed and used", async () => {
    const { page, app } = session;
    await signInWithKeyboard(page, app.url);
    await openMaterialsWithKeyboard(page);
    await tabTo(page, 'main table tbody a[href$="/show"]');
    const showPath = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.hash === showPath);
    await tabTo(page, `main a[href="${showPath.replace(/\/show$/, '')}"]`);
    await page.keyboard.press('Enter');
    await page.locator('input[name="title"]').waitFor();

    const languageButton = page.locator('button[aria-controls="language-menu"]');
    await tabTo(page, 'button[aria-controls="language-menu"]', 'Shift+Tab');
    await page.keyboard.press('Enter');
    await page.locator('#language-menu [role="menu"]').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('#language-menu [role="menu"]').waitFor({ state: 'hidden' });
    await expect(languageButton.evaluate((button) => button === document.activeElement)).resolves.toBe(true);

    await page.keyboard.press('Enter');
    for (let presses = 0; presses < 3; presses += 1) {
      if (await page.evaluate(() => document.activeElement?.textContent === 'Қазақша')) break;
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.documentElement.lang === 'kk');
  });
});
