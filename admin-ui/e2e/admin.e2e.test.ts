import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';

interface TestApp {
  url: string;
  close(): Promise<void>;
}

interface LoginAnswer {
  accessToken: string;
  user: { regionId: number | null };
}

interface Outlet {
  id: number;
  name: string;
}

// Loaded at run time so that the UI's type check does not compile the server's decorated sources.
const testAppModule = '../../server/test/support/test-app';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const PASSWORD = 'demo12345';
const screenshotsDir = process.env.SCREENSHOTS_DIR;

describe('admin UI', () => {
  let app: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  const screenshot = async (name: string) => {
    if (!screenshotsDir) return;
    mkdirSync(screenshotsDir, { recursive: true });
    await page.screenshot({ path: join(screenshotsDir, `${name}.png`), fullPage: true });
  };

  const chooseLocale = async (name: string) => {
    await page.locator('button[aria-controls="simple-menu"]').click();
    await page.locator('#simple-menu [role="menuitem"]', { hasText: name }).click();
    await page.keyboard.press('Escape');
  };

  const signIn = async (login: string) => {
    await page.goto(`${app.url}/#/login`);
    await page.locator('input[name="username"]').fill(login);
    await page.locator('input[name="password"]').fill(PASSWORD);
    await screenshot('login');
    await page.locator('button[type="submit"]').click();
    await page.getByTestId('national-table').waitFor();
    await chooseLocale('Русский');
  };

  const expectNationalTotal = async (total: number) => {
    await page.getByTestId('national-all-total').filter({ hasText: new RegExp(`^${total}$`) }).waitFor();
  };

  const apiLogin = async (login: string): Promise<LoginAnswer> => {
    const response = await fetch(`${app.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ login, password: PASSWORD }),
    });
    return (await response.json()) as LoginAnswer;
  };

  const firstRegionalPrintOutlet = async (session: LoginAnswer): Promise<Outlet> => {
    const filter = JSON.stringify({ regionId: session.user.regionId, level: 'regional', kind: 'print', active: true });
    const response = await fetch(`${app.url}/api/outlets?filter=${encodeURIComponent(filter)}&range=[0,0]`, {
      headers: { Authorization: `Bearer ${session.accessToken}` },
    });
    const [outlet] = (await response.json()) as Outlet[];
    return outlet;
  };

  const chooseOption = async (source: string, value: string) => {
    await page.locator(`div[role="combobox"]:has(+ input[name="${source}"])`).click();
    await page.locator(`li[data-value="${value}"]`).click();
  };

  beforeAll(async () => {
    const { startTestApp } = (await import(testAppModule)) as { startTestApp: () => Promise<TestApp> };
    app = await startTestApp();
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    page = await context.newPage();
  });

  afterEach(async () => {
    await context?.close();
  });

  it('shows the national count of 2020 to an analyst', async () => {
    await signIn('analyst');
    await expectNationalTotal(9365);
    await page.getByTestId('national-republican-tv').filter({ hasText: /^924$/ }).waitFor();
    await page.getByTestId('national-regional-print').filter({ hasText: /^2164$/ }).waitFor();
    await page.getByText('Национальный подсчёт материалов').waitFor();
    await page.locator('.recharts-bar-rectangle').first().waitFor();
    await screenshot('dashboard');
  }, 120_000);

  it('shows Kazakh labels after switching to Kazakh', async () => {
    await signIn('analyst');
    await chooseLocale('Қазақша');
    await page.getByText('Материалдардың ұлттық есебі').waitFor();
    await page.getByRole('cell', { name: 'Республикалық БАҚ' }).waitFor();
    await page.getByRole('menuitem', { name: 'Материалдар' }).waitFor();
    await screenshot('dashboard-kk');
    await page.getByRole('menuitem', { name: 'Материалдар' }).click();
    await page.locator('th', { hasText: 'Жарияланған күні' }).waitFor();
  }, 120_000);

  it('lets an RPO editor log a material that then counts nationally', async () => {
    const editor = await apiLogin('rpo-north-kazakhstan');
    const outlet = await firstRegionalPrintOutlet(editor);
    const title = `E2E материал ${Date.now()}`;

    await signIn('rpo-north-kazakhstan');
    await page.goto(`${app.url}/#/materials/create`);
    await page.locator('input[name="title"]').fill(title);
    await page.locator('input[name="outletId"]').fill(outlet.name);
    await page.getByRole('option', { name: outlet.name }).first().click();
    await page.locator('input[name="publishedOn"]').fill('2020-11-20');
    await chooseOption('language', 'kk');
    await chooseOption('format', 'article');
    await page.locator('button[type="submit"]').click();
    await page.waitForURL(/#\/materials\/\d+\/show/);
    const id = /#\/materials\/(\d+)\/show/.exec(page.url())?.[1];

    await page.goto(`${app.url}/#/materials`);
    await page.locator('input[name="q"]').fill(title);
    await page.getByRole('cell', { name: title }).waitFor();
    await screenshot('materials-list');

    await page.goto(`${app.url}/#/materials/${id}`);
    await page.locator('input[name="title"]').and(page.locator(`[value="${title}"]`)).waitFor();
    await screenshot('material-edit');

    await context.clearCookies();
    await page.evaluate(() => localStorage.clear());
    await signIn('analyst');
    await expectNationalTotal(9366);
  }, 180_000);

  it('shows a title with markup as plain text and runs none of it', async () => {
    const editor = await apiLogin('rpo-north-kazakhstan');
    const outlet = await firstRegionalPrintOutlet(editor);
    const title = `<script>window.__injected = 1</script><img src="x" onerror="window.__injected = 2"> ${Date.now()}`;
    const response = await fetch(`${app.url}/api/materials`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${editor.accessToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ regionId: editor.user.regionId, outletId: outlet.id, title, language: 'ru', format: 'article', publishedOn: '2021-05-05' }),
    });
    const { id } = (await response.json()) as { id: number };

    await signIn('rpo-north-kazakhstan');
    await page.goto(`${app.url}/#/materials/${id}/show`);
    await page.getByText(title).first().waitFor();
    expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
  }, 120_000);
});
