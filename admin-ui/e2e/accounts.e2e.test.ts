import { Browser, BrowserContext, Page } from 'playwright-core';
import { apiGet, apiLogin, chooseLocale, chooseOption, launchBrowser, PASSWORD, signIn, startApp, takeScreenshot, TestApp } from './support';

interface Region {
  id: number;
  nameRu: string;
}

describe('accounts, region scoping and the audit trail in the admin UI', () => {
  let app: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  const screenshot = (name: string) => takeScreenshot(page, name);

  const openUserMenu = async () => {
    await page.getByRole('button', { name: 'Профиль' }).click();
  };

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
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

  it('shows an RPO editor only their own region', async () => {
    const admin = await apiLogin(app.url, 'admin');
    const editor = await apiLogin(app.url, 'rpo-north-kazakhstan');
    const regionId = editor.user.regionId;
    const { json: region } = await apiGet<Region>(app.url, admin, `/regions/${regionId}`);
    const filter = encodeURIComponent(JSON.stringify({ regionId }));
    const { total } = await apiGet<unknown[]>(app.url, admin, `/materials?filter=${filter}&range=[0,0]`);
    expect(total).toBeGreaterThan(0);

    await page.goto(`${app.url}/#/login`);
    await chooseLocale(page, 'Қазақша');
    await page.getByRole('button', { name: 'Кіру' }).waitFor();
    await takeScreenshot(page, 'login-kk');

    await signIn(page, app.url, 'rpo-north-kazakhstan');
    await page.getByTestId('dashboard-title').filter({ hasText: region.nameRu }).waitFor();

    await page.goto(`${app.url}/#/materials`);
    await page.locator('.MuiTablePagination-displayedRows').filter({ hasText: new RegExp(`\\b${total}$`) }).waitFor();
    const regionCells = page.locator('tbody td.column-regionId');
    await regionCells.first().filter({ hasText: region.nameRu }).waitFor();
    const shown = await regionCells.allInnerTexts();
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown)).toEqual(new Set([region.nameRu]));
    await expect(page.locator('input[name="regionId"]').count()).resolves.toBe(0);
    await screenshot('materials-list-rpo');

    await page.goto(`${app.url}/#/regions`);
    await page.locator('tbody tr').first().waitFor();
    await expect(page.locator('a[href="#/regions/create"]').count()).resolves.toBe(0);
    await page.goto(`${app.url}/#/materials/create`);
    await page.locator('input[name="title"]').waitFor();
  }, 120_000);

  it('lets an admin create an RPO editor who can then sign in', async () => {
    const login = `e2e-editor-${Date.now()}`;
    const fullName = 'Тестовый Редактор';
    const password = 'new-secret-1';

    await signIn(page, app.url, 'admin');
    await page.goto(`${app.url}/#/users/create`);
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="fullName"]').fill(fullName);
    await chooseOption(page, 'role', 'rpo_editor');
    await page.locator('input[name="regionId"]').fill('Северо');
    await page.getByRole('option', { name: /Северо-Казахстанская/ }).first().click();
    await page.locator('input[name="password"]').fill(password);
    await screenshot('user-create');
    await page.locator('button[type="submit"]').click();
    await page.waitForURL(/#\/users\/\d+\/show/);
    await page.getByText(login).first().waitFor();

    await page.getByRole('tab', { name: 'История' }).click();
    await page.getByTestId('audit-changes').first().waitFor();
    await page.getByRole('cell', { name: 'Создание' }).waitFor();
    await screenshot('user-history');

    await page.goto(`${app.url}/#/audit-events`);
    await page.getByRole('cell', { name: 'Создание' }).first().waitFor();
    await screenshot('audit-log');

    await page.goto(`${app.url}/#/users`);
    await page.locator('input[name="q"]').waitFor();
    await screenshot('users-list');

    await openUserMenu();
    await page.getByRole('menuitem', { name: 'Выйти' }).click();
    await page.locator('input[name="username"]').waitFor();
    await screenshot('signed-out');

    await signIn(page, app.url, login, password);
    await page.getByTestId('dashboard-title').filter({ hasText: 'Северо-Казахстанская' }).waitFor();

    await openUserMenu();
    await page.getByTestId('account-menu-item').click();
    await page.getByTestId('account-login').filter({ hasText: login }).waitFor();
    await page.getByTestId('account-region').filter({ hasText: 'Северо-Казахстанская' }).waitFor();
    await page.locator('input[name="oldPassword"]').fill(PASSWORD);
    await page.locator('input[name="newPassword"]').fill('another-secret');
    await page.locator('input[name="repeatPassword"]').fill('another-secret-2');
    await page.getByTestId('account-password-save').click();
    await page.getByText('Пароли не совпадают').waitFor();
    await page.locator('input[name="repeatPassword"]').fill('another-secret');
    await page.getByTestId('account-password-save').click();
    await page.getByText('Текущий пароль неверен').first().waitFor();
    await screenshot('account');
  }, 180_000);
});
