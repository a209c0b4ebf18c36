import { apiLogin, chooseLocale, PASSWORD, signIn, takeScreenshot, useBrowserSession } from './support';

const post = (url: string, path: string, body: object, token?: string) =>
  fetch(`${url}/api${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });

describe('sign-in limits and ended sessions in the admin UI', () => {
  const session = useBrowserSession();

  const submitSignIn = async (login: string, password: string) => {
    await session.page.locator('input[name="username"]').fill(login);
    await session.page.locator('input[name="password"]').fill(password);
    await session.page.locator('button[type="submit"]').click();
  };

  const openUserMenu = () => session.page.locator('header button[aria-label]').last().click();

  it('says "too many attempts, try again in N minutes" in the sign-in card, in Russian and Kazakh, and not "authentication error"', async () => {
    for (let i = 0; i < 10; i++)
      expect((await post(session.app.url, '/auth/login', { login: 'approver', password: `wrong-${i}` })).status).toBe(401);

    await session.page.goto(`${session.app.url}/#/login`);
    await chooseLocale(session.page, 'Русский');
    await submitSignIn('approver', PASSWORD);
    await session.page
      .getByTestId('sign-in-error')
      .getByText(/^Слишком много попыток, повторите через 1[45] минут$/)
      .waitFor();
    await takeScreenshot(session.page, 'login-too-many-ru');

    await chooseLocale(session.page, 'Қазақша');
    await submitSignIn('approver', PASSWORD);
    await session.page
      .getByTestId('sign-in-error')
      .getByText(/^Әрекет тым көп, 1[45] минуттан кейін қайталаңыз$/)
      .waitFor();
    await expect(session.page.getByText('Аутентификация қатесі').count()).resolves.toBe(0);
    await takeScreenshot(session.page, 'login-too-many-kk');
  }, 120_000);

  it('brings a user whose sessions were ended elsewhere back to the sign-in page with the reason, in Russian and Kazakh', async () => {
    const admin = await apiLogin(session.app.url, 'admin');
    const editor = await apiLogin(session.app.url, 'rpo-aktobe');
    const endSessions = async () => {
      expect((await post(session.app.url, `/users/${editor.user.id}/sign-out-everywhere`, {}, admin.accessToken)).status).toBe(204);
    };

    await signIn(session.page, session.app.url, 'rpo-aktobe');
    await endSessions();
    await session.page.goto(`${session.app.url}/#/materials`);
    await session.page.getByTestId('sign-out-reason').filter({ hasText: 'Ваш сеанс завершён' }).waitFor();
    await session.page.locator('input[name="username"]').waitFor();
    await takeScreenshot(session.page, 'session-ended-ru');

    await signIn(session.page, session.app.url, 'rpo-aktobe');
    await chooseLocale(session.page, 'Қазақша');
    await endSessions();
    await session.page.goto(`${session.app.url}/#/outlets`);
    await session.page.getByTestId('sign-out-reason').filter({ hasText: 'Сеансыңыз аяқталды' }).waitFor();
    await takeScreenshot(session.page, 'session-ended-kk');
  }, 120_000);

  it('signs one out everywhere from the user menu: the other sessions end too', async () => {
    const elsewhere = await apiLogin(session.app.url, 'analyst');
    await signIn(session.page, session.app.url, 'analyst');
    await openUserMenu();
    await session.page.getByTestId('sign-out-everywhere').click();
    await session.page.getByTestId('sign-out-reason').filter({ hasText: 'Вы вышли из системы на всех устройствах' }).waitFor();
    const me = await fetch(`${session.app.url}/api/auth/me`, { headers: { Authorization: `Bearer ${elsewhere.accessToken}` } });
    expect(me.status).toBe(401);
  }, 120_000);

  it('lets an administrator end every session of an account from its page, and says why a password is refused', async () => {
    const editor = await apiLogin(session.app.url, 'rpo-atyrau');
    await signIn(session.page, session.app.url, 'admin');
    await session.page.goto(`${session.app.url}/#/users/${editor.user.id}/show`);
    await session.page.getByTestId('user-sign-out-everywhere').click();
    await session.page.getByText('Все сеансы пользователя завершены').waitFor();
    const me = await fetch(`${session.app.url}/api/auth/me`, { headers: { Authorization: `Bearer ${editor.accessToken}` } });
    expect(me.status).toBe(401);

    await session.page.goto(`${session.app.url}/#/users/${editor.user.id}`);
    await session.page.locator('input[name="password"]').fill('qwerty123');
    await session.page.locator('button[type="submit"]').click();
    await session.page.getByText('Этот пароль входит в число самых распространённых: выберите другой').first().waitFor();
    await takeScreenshot(session.page, 'user-password-common');

    await session.page.goto(`${session.app.url}/#/account`);
    await session.page.locator('input[name="oldPassword"]').fill(PASSWORD);
    await session.page.locator('input[name="newPassword"]').fill('ЕРЛАН БОЛАТОВИЧ СЕЙТКАЛИ');
    await session.page.locator('input[name="repeatPassword"]').fill('ЕРЛАН БОЛАТОВИЧ СЕЙТКАЛИ');
    await session.page.getByTestId('account-password-save').click();
    await session.page.getByText('Пароль не должен совпадать с именем пользователя').first().waitFor();
  }, 120_000);
});
