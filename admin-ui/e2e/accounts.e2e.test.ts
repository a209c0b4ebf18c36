import { apiGet, apiLogin, chooseLocale, chooseOption, PASSWORD, signIn, takeScreenshot, useBrowserSession } from './support';

interface Region {
  id: number;
  nameRu: string;
}

describe('accounts, region scoping and the audit trail in the admin UI', () => {
  const session = useBrowserSession();

  const screenshot = (name: string) => takeScreenshot(session.page, name);

  const openUserMenu = async () => {
    // Named by the person's name it shows, on a desktop.
    await session.page.locator('header .RaUserMenu-userButton').click();
  };

  it('shows an RPO editor only their own region', async () => {
    const admin = await apiLogin(session.app.url, 'admin');
    const editor = await apiLogin(session.app.url, 'rpo-north-kazakhstan');
    const regionId = editor.user.regionId;
    const { json: region } = await apiGet<Region>(session.app.url, admin, `/regions/${regionId}`);
    const filter = encodeURIComponent(JSON.stringify({ regionId }));
    const { total } = await apiGet<unknown[]>(session.app.url, admin, `/materials?filter=${filter}&range=[0,0]`);
    expect(total).toBeGreaterThan(0);

    await session.page.goto(`${session.app.url}/#/login`);
    await chooseLocale(session.page, 'Қазақша');
    await session.page.getByRole('button', { name: 'Кіру' }).waitFor();
    await expect(session.page.evaluate(() => [document.title, document.documentElement.lang])).resolves.toEqual([
      'ӨЖО медиаматериалдары',
      'kk',
    ]);
    await expect(
      session.page.evaluate(() => fetch('/favicon.svg').then((r) => [r.status, r.headers.get('content-type')])),
    ).resolves.toEqual([200, 'image/svg+xml']);
    await takeScreenshot(session.page, 'login-kk');

    await signIn(session.page, session.app.url, 'rpo-north-kazakhstan');
    await session.page.getByTestId('dashboard-title').filter({ hasText: region.nameRu }).waitFor();

    await session.page.goto(`${session.app.url}/#/materials`);
    await session.page
      .locator('.MuiTablePagination-displayedRows')
      .filter({ hasText: new RegExp(`\\b${total}$`) })
      .waitFor();
    // The list's total is the region's, as the administrator counts it; a column or filter of regions would only repeat it.
    await session.page.locator('tbody td.column-title').first().waitFor();
    await expect(session.page.locator('td.column-regionId, th.column-regionId').count()).resolves.toBe(0);
    await expect(session.page.locator('input[name="regionId"]').count()).resolves.toBe(0);
    await screenshot('materials-list-rpo');

    await session.page.goto(`${session.app.url}/#/regions`);
    await session.page.locator('tbody tr').first().waitFor();
    await expect(session.page.locator('a[href="#/regions/create"]').count()).resolves.toBe(0);
    await session.page.goto(`${session.app.url}/#/materials/create`);
    await session.page.locator('input[name="title"]').waitFor();
  }, 120_000);

  it('lets an admin create an RPO editor who can then sign in', async () => {
    const login = `e2e-editor-${Date.now()}`;
    const fullName = 'Тестовый Редактор';
    const password = 'new-secret-1';

    await signIn(session.page, session.app.url, 'admin');
    await session.page.goto(`${session.app.url}/#/users/create`);
    await session.page.locator('input[name="login"]').fill(login);
    await session.page.locator('input[name="fullName"]').fill(fullName);
    await chooseOption(session.page, 'role', 'rpo_editor');
    await session.page.locator('input[name="regionId"]').fill('Северо');
    await session.page
      .getByRole('option', { name: /Северо-Казахстанская/ })
      .first()
      .click();
    await session.page.locator('input[name="password"]').fill(password);
    await screenshot('user-create');
    await session.page.locator('button[type="submit"]').click();
    await session.page.waitForURL(/#\/users\/\d+\/show/);
    await session.page.getByText(login).first().waitFor();

    await session.page.getByRole('tab', { name: 'История' }).click();
    await session.page.getByTestId('audit-changes').first().waitFor();
    await session.page.getByRole('cell', { name: 'Создание' }).waitFor();
    await screenshot('user-history');

    await session.page.goto(`${session.app.url}/#/audit-events`);
    await session.page.getByRole('cell', { name: 'Создание' }).first().waitFor();
    await screenshot('audit-log');

    await session.page.goto(`${session.app.url}/#/users`);
    await session.page.locator('input[name="q"]').waitFor();
    await screenshot('users-list');

    await openUserMenu();
    await session.page.getByRole('menuitem', { name: 'Выйти', exact: true }).click();
    await session.page.locator('input[name="username"]').waitFor();
    await screenshot('signed-out');

    await signIn(session.page, session.app.url, login, password);
    await session.page.getByTestId('dashboard-title').filter({ hasText: 'Северо-Казахстанская' }).waitFor();

    await openUserMenu();
    await session.page.getByTestId('account-menu-item').click();
    await session.page.getByTestId('account-login').filter({ hasText: login }).waitFor();
    await session.page.getByTestId('account-region').filter({ hasText: 'Северо-Казахстанская' }).waitFor();
    await session.page.locator('input[name="oldPassword"]').fill(PASSWORD);
    await session.page.locator('input[name="newPassword"]').fill('another-secret');
    await session.page.locator('input[name="repeatPassword"]').fill('another-secret-2');
    await session.page.getByTestId('account-password-save').click();
    await session.page.getByText('Пароли не совпадают').waitFor();
    await session.page.locator('input[name="repeatPassword"]').fill('another-secret');
    await session.page.getByTestId('account-password-save').click();
    await session.page.getByText('Текущий пароль неверен').first().waitFor();
    await screenshot('account');
  }, 180_000);
});
