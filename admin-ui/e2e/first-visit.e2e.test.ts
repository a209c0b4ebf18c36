import type { Page } from 'playwright-core';
import { apiLogin, PASSWORD, useBrowserSession } from './support';

/** The sign-in form, and how many entries the visit added to the browser's history (the redirect loop filled all 50). */
const signInForm = async (page: Page, url: string): Promise<{ ms: number; added: number }> => {
  const before = await page.evaluate(() => history.length);
  const started = Date.now();
  await page.goto(url);
  await page.locator('input[name="username"]').waitFor();
  return { ms: Date.now() - started, added: (await page.evaluate(() => history.length)) - before };
};

const submitSignIn = async (page: Page, login: string) => {
  await page.locator('input[name="username"]').fill(login);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('button[type="submit"]').click();
};

describe('a signed-out visit in the admin UI', () => {
  const session = useBrowserSession();

  it.each(['/', '/#/materials', '/#/media-plans/create', '/#/quarters'])(
    'shows the sign-in form at %s without a redirect loop',
    async (path) => {
      const visit = await signInForm(session.page, `${session.app.url}${path}`);
      console.log(`sign-in form at ${path}: ${visit.ms} ms, ${visit.added} history entries`);
      expect(visit.added).toBeLessThanOrEqual(2);
      expect(new URL(session.page.url()).hash).toBe('#/login');
    },
    60_000,
  );

  it('shows the sign-in form at once when the stored session was ended, and after sign-in goes where the person was heading', async () => {
    const editor = await apiLogin(session.app.url, 'rpo-aktobe');
    const admin = await apiLogin(session.app.url, 'admin');
    await session.page.goto(`${session.app.url}/#/login`);
    await session.page.evaluate((stored) => localStorage.setItem('outreach.session', stored), JSON.stringify(editor));
    await fetch(`${session.app.url}/api/users/${editor.user.id}/sign-out-everywhere`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${admin.accessToken}` },
    });

    const visit = await signInForm(session.page, `${session.app.url}/#/outlets`);
    // The page's own entry, then one redirect for each request that was refused at once.
    expect(visit.added).toBeLessThanOrEqual(3);

    await submitSignIn(session.page, 'rpo-aktobe');
    await session.page.waitForURL(/#\/outlets$/);
  }, 60_000);

  it("takes the next person to the dashboard, not to the previous person's page and filters", async () => {
    const first = await apiLogin(session.app.url, 'rpo-aktobe');
    const admin = await apiLogin(session.app.url, 'admin');
    await session.page.goto(`${session.app.url}/#/login`);
    await submitSignIn(session.page, 'rpo-aktobe');
    await session.page.getByTestId('national-table').waitFor();
    await session.page.goto(`${session.app.url}/#/materials?filter=${encodeURIComponent('{"channel":"tv"}')}`);
    await session.page.locator('main').getByRole('table').waitFor();

    await fetch(`${session.app.url}/api/users/${first.user.id}/sign-out-everywhere`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${admin.accessToken}` },
    });
    await session.page.reload();
    await session.page.locator('input[name="username"]').waitFor();

    await submitSignIn(session.page, 'analyst');
    await session.page.getByTestId('national-table').waitFor();
    expect(new URL(session.page.url()).hash).toBe('#/');
    await session.page.goto(`${session.app.url}/#/materials`);
    await session.page.locator('main').getByRole('table').waitFor();
    expect(decodeURIComponent(session.page.url())).not.toContain('"channel"');
  }, 90_000);
});
