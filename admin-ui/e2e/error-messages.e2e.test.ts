import { Client } from 'pg';
import type { Page } from 'playwright-core';
import { apiGet, apiLogin, chooseLocale, LoginAnswer, signIn, takeScreenshot, useBrowserSession } from './support';

interface Material {
  id: number;
  regionId: number;
  outletId: number;
  title: string;
  version: number;
}

interface Outlet {
  id: number;
  regionId: number | null;
}

/** The refusals of the server said in the user's language on the form, never its English developer message. */
describe('error messages in the user language', () => {
  const session = useBrowserSession();
  let admin: LoginAnswer;
  let material: Material;
  let foreignOutlet: number;

  beforeAll(async () => {
    admin = await apiLogin(session.app.url, 'admin');
    const filter = encodeURIComponent(JSON.stringify({ publishedFrom: '2020-10-01', mediaLevel: 'regional' }));
    [material] = (await apiGet<Material[]>(session.app.url, admin, `/materials?filter=${filter}&range=[0,0]`)).json;
    const outlets = encodeURIComponent(JSON.stringify({ level: 'regional' }));
    const { json } = await apiGet<Outlet[]>(session.app.url, admin, `/outlets?filter=${outlets}&range=[0,99]`);
    foreignOutlet = json.find((o) => o.regionId !== null && o.regionId !== material.regionId)?.id ?? 0;
  });

  /** The material's save, sent with another region's outlet, as a picker that offered one would have sent it. */
  const withForeignOutlet = (page: Page) =>
    page.route(`**/api/materials/${material.id}`, (route) =>
      route.request().method() === 'PUT'
        ? route.continue({ postData: JSON.stringify({ ...(route.request().postDataJSON() as object), outletId: foreignOutlet }) })
        : route.continue(),
    );

  const openMaterial = async (page: Page, locale: string) => {
    await signIn(page, session.app.url, 'admin');
    if (locale !== 'Русский') await chooseLocale(page, locale);
    await page.goto(`${session.app.url}/#/materials/${material.id}`);
    await page.locator('input[name="title"]').waitFor();
  };

  const helperText = (page: Page, text: string) => page.locator('.MuiFormHelperText-root', { hasText: text });

  it.each([
    ['Русский', 'ru', 'СМИ относится к другому региону, чем материал', 'Не длиннее 1000 символов'],
    ['Қазақша', 'kk', 'БАҚ материалдың өңіріне емес, басқа өңірге жатады', '1000 таңбадан аспауы керек'],
  ])(
    'says in %s that the outlet is of another region, and that the title is too long, on their fields',
    async (locale, tag, outletMessage, titleMessage) => {
      const { page } = session;
      await openMaterial(page, locale);
      await withForeignOutlet(page);
      await page.locator('input[name="title"]').fill(`${material.title} (изм.)`);
      await page.locator('button[type="submit"]').click();
      await helperText(page, outletMessage).waitFor();
      await expect(page.getByText('belongs to another region').count()).resolves.toBe(0);
      for (const [width, height, suffix] of [
        [1440, 900, ''],
        [390, 844, '-phone'],
      ] as const) {
        await page.setViewportSize({ width, height });
        await page.evaluate(() => window.scrollTo(0, 0));
        await takeScreenshot(page, `error-outlet-other-region-${tag}${suffix}`);
      }
      await page.unroute(`**/api/materials/${material.id}`);

      await page.locator('input[name="title"]').fill('x'.repeat(1001));
      await page.locator('button[type="submit"]').click();
      await helperText(page, titleMessage).waitFor();
      await expect(page.getByText('must be shorter').count()).resolves.toBe(0);
    },
    120_000,
  );

  it.each([
    ['Русский', 'Запись уже изменил другой пользователь'],
    ['Қазақша', 'Бұл жазбаны басқа пайдаланушы бұрын сақтап қойды'],
  ])(
    'says in %s that someone else saved first',
    async (locale, message) => {
      const { page } = session;
      await openMaterial(page, locale);
      const { json: current } = await apiGet<Material>(session.app.url, admin, `/materials/${material.id}`);
      const saved = await fetch(`${session.app.url}/api/materials/${material.id}`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${admin.accessToken}` },
        body: JSON.stringify({ ...current, title: `${current.title}!` }),
      });
      expect(saved.status).toBe(200);
      await page.locator('input[name="title"]').fill(`${current.title}?`);
      await page.locator('button[type="submit"]').click();
      await page.getByTestId('conflict-notice').filter({ hasText: message }).waitFor();
      await expect(page.getByText('changed by someone else').count()).resolves.toBe(0);
    },
    120_000,
  );

  it.each([
    ['Русский', 'ru', 'На сервере произошла ошибка'],
    ['Қазақша', 'kk', 'Серверде қате орын алды'],
  ])(
    'says in %s that the server failed, when the database fails the save for no reason the input explains',
    async (locale, tag, message) => {
      const { page } = session;
      const db = new Client({ connectionString: session.app.databaseUrl });
      await db.connect();
      try {
        await db.query(`CREATE FUNCTION fail_material() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk fault'; END $$`);
        await db.query(
          `CREATE TRIGGER fail_material BEFORE UPDATE ON materials FOR EACH ROW WHEN (OLD.id = ${material.id}) EXECUTE FUNCTION fail_material()`,
        );
        await openMaterial(page, locale);
        await page.locator('input[name="title"]').fill(`${material.title} (сбой)`);
        await page.locator('button[type="submit"]').click();
        await page.getByText(message).waitFor();
        await expect(page.getByText('Internal server error').count()).resolves.toBe(0);
        // The notification fades in; the screenshot shows it once it has.
        await page.waitForFunction(
          () => getComputedStyle(document.querySelector('.MuiSnackbarContent-root') ?? document.body).opacity === '1',
        );
        await takeScreenshot(page, `error-server-${tag}`, { fullPage: false });
      } finally {
        await db.query('DROP TRIGGER IF EXISTS fail_material ON materials; DROP FUNCTION IF EXISTS fail_material()');
        await db.end();
      }
    },
    120_000,
  );
});
