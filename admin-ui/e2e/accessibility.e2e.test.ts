import type { Page } from 'playwright-core';
import { apiGet, apiLogin, CONTEXT_OPTIONS, PHONE_VIEWPORT, seriousAxeViolations, useBrowserSession } from './support';

const LOCALES = ['kk', 'ru', 'en'] as const;
const SIZES = { desktop: CONTEXT_OPTIONS.viewport, phone: PHONE_VIEWPORT } as const;

/** Waits until no API request has been in flight for a while and no progress indicator is shown. */
const settle = async (page: Page, inFlight: () => number): Promise<void> => {
  let quietSince = Date.now();
  const deadline = Date.now() + 8_000;
  while (Date.now() < deadline) {
    if (inFlight() > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= 250) break;
    await page.waitForTimeout(50);
  }
  await page.waitForFunction(() => !document.querySelector('[role="progressbar"]:not([aria-valuenow]), .MuiSkeleton-root'), undefined, {
    timeout: 8_000,
  });
};

const countRequests = (page: Page): (() => number) => {
  let pending = 0;
  page.on('request', (request) => {
    if (request.url().includes('/api/')) pending += 1;
  });
  const done = (url: string) => {
    if (url.includes('/api/')) pending -= 1;
  };
  page.on('requestfinished', (request) => done(request.url()));
  page.on('requestfailed', (request) => done(request.url()));
  return () => pending;
};

const signInThroughApi = async (page: Page, url: string, login: string): Promise<void> => {
  const answer = await apiLogin(url, login);
  await page.goto(`${url}/#/login`);
  await page.evaluate((stored) => localStorage.setItem('outreach.session', stored), JSON.stringify(answer));
};

/** Every page in the list, in every language and at both sizes, as the signed-in person: the violations found. */
const checkPages = async (page: Page, url: string, role: string, paths: readonly string[]): Promise<string[]> => {
  const inFlight = countRequests(page);
  const found: string[] = [];
  for (const [size, viewport] of Object.entries(SIZES)) {
    await page.setViewportSize(viewport);
    for (const locale of LOCALES) {
      await page.evaluate((chosen) => localStorage.setItem('RaStore.locale', JSON.stringify(chosen)), locale);
      await page.goto(`${url}/#/`);
      await page.reload();
      for (const path of paths) {
        await page.evaluate((hash) => (window.location.hash = hash), `#${path}`);
        await page.locator('#main-content').waitFor();
        const label = `${role} ${locale} ${size} ${path}`;
        const t0 = Date.now();
        await settle(page, inFlight).catch(() => found.push(`${label}: still loading after 8 s`));
        const t1 = Date.now();
        found.push(...(await seriousAxeViolations(page, label)));
        console.log(`TIMING ${label} settle ${t1 - t0} axe ${Date.now() - t1}`);
      }
    }
  }
  return found;
};

describe('accessibility of the admin UI (axe-core, WCAG 2.1 A and AA)', () => {
  const session = useBrowserSession();

  it('has no serious or critical violation on the sign-in page', async () => {
    const found: string[] = [];
    for (const [size, viewport] of Object.entries(SIZES)) {
      await session.page.setViewportSize(viewport);
      for (const locale of LOCALES) {
        await session.page.goto(`${session.app.url}/#/login`);
        await session.page.evaluate((chosen) => localStorage.setItem('RaStore.locale', JSON.stringify(chosen)), locale);
        await session.page.reload();
        await session.page.locator('input[name="username"]').waitFor();
        found.push(...(await seriousAxeViolations(session.page, `signed out ${locale} ${size} /login`)));
      }
    }
    expect(found).toEqual([]);
  });

  it('has no serious or critical violation on any page the administrator sees', async () => {
    const admin = await apiLogin(session.app.url, 'admin');
    const [material] = (await apiGet<{ id: number }[]>(session.app.url, admin, '/materials?range=[0,0]')).json;
    const [plan] = (await apiGet<{ id: number }[]>(session.app.url, admin, '/media-plans?range=[0,0]')).json;
    await signInThroughApi(session.page, session.app.url, 'admin');
    const found = await checkPages(session.page, session.app.url, 'admin', [
      '/',
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
    ]);
    expect(found).toEqual([]);
  }, 600_000);
});
