import { BrowserContext, Locator, Page } from 'playwright-core';
import type { UserAccount } from '../../contracts/auth';
import { apiGet, apiLogin, chooseLocale, LoginAnswer, signIn, takeScreenshot, useBrowserSession } from './support';

const EDITOR = 'rpo-north-kazakhstan';
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

interface Language {
  locale: 'ru' | 'kk';
  menu: string;
  year: number;
  approverRole: string;
  editorRole: string;
  comment: string;
}

const LANGUAGES: Language[] = [
  {
    locale: 'ru',
    menu: 'Русский',
    year: 2031,
    approverRole: 'Утверждающий',
    editorRole: 'Редактор РПО',
    comment: 'Добавьте пункт о работе с аудиторией 60+ и уточните количество',
  },
  {
    locale: 'kk',
    menu: 'Қазақша',
    year: 2032,
    approverRole: 'Бекітуші',
    editorRole: 'ӨЖО редакторы',
    comment: '60+ аудиториясымен жұмыс туралы тармақ қосыңыз',
  },
];

const send = async (url: string, session: LoginAnswer, path: string, body: object): Promise<{ id: number }> => {
  const response = await fetch(`${url}/api${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${session.accessToken}` },
    body: JSON.stringify(body),
  });
  expect(response.ok).toBe(true);
  return (await response.json()) as { id: number };
};

/** The page is no wider than a phone's screen, and the element lies within it. */
const expectOnPhoneScreen = async (page: Page, element: Locator) => {
  // The page re-lays itself out for the new width first; it must end no wider than the screen.
  await page.waitForFunction((width) => document.documentElement.scrollWidth <= width, PHONE.width);
  await element.scrollIntoViewIfNeeded();
  const box = await element.boundingBox();
  expect(box).not.toBeNull();
  expect(box?.x).toBeGreaterThanOrEqual(0);
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(PHONE.width);
};

describe('a plan’s banner, comments and history through the workflow', () => {
  const session = useBrowserSession();
  const contexts: BrowserContext[] = [];
  let editorName: string;
  let approverName: string;

  beforeAll(async () => {
    const { url } = session.app;
    const me = async (login: string) => (await apiGet<UserAccount>(url, await apiLogin(url, login), '/auth/me')).json.fullName;
    editorName = await me(EDITOR);
    approverName = await me('approver');
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
  });

  const openAs = async (login: string, language: Language): Promise<Page> => {
    const context = await session.browser.newContext({ viewport: DESKTOP, reducedMotion: 'reduce' });
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, session.app.url, login);
    if (language.locale !== 'ru') await chooseLocale(page, language.menu);
    return page;
  };

  const openPlan = async (page: Page, id: number) => {
    await page.goto(`${session.app.url}/#/media-plans/${id}/show`);
    await page.reload();
    await page.getByTestId('plan-header').waitFor();
  };

  const banner = (page: Page, state: string) => page.locator(`[data-testid="plan-banner"][data-state="${state}"]`);
  const expectStatus = (page: Page, status: string) => page.locator(`[data-testid="plan-header"] [data-status="${status}"]`).waitFor();
  const today = (page: Page) =>
    page.evaluate(() => new Intl.DateTimeFormat('ru-RU', { day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date()));

  /** The byline names the person, their role, and the day in dd.MM.yyyy. */
  const expectByline = async (page: Page, scope: Locator, name: string, role: string) => {
    await expect(scope.getByTestId('step-author').textContent()).resolves.toContain(name);
    await expect(scope.getByTestId('step-role').textContent()).resolves.toContain(role);
    const date = (await scope.getByTestId('step-date').textContent()) ?? '';
    expect(date).toMatch(/^\d{2}\.\d{2}\.\d{4}/);
    expect(date.startsWith(await today(page))).toBe(true);
  };

  it.each(LANGUAGES)(
    'shows the present state only, each comment by whom and when ($locale)',
    async (language) => {
      const { url } = session.app;
      const editorApi = await apiLogin(url, EDITOR);
      const plan = await send(url, editorApi, '/media-plans', { year: language.year, title: `Медиаплан ${language.year}` });
      await send(url, editorApi, '/media-plan-items', {
        mediaPlanId: plan.id,
        topic: 'Туған жер',
        format: 'article',
        channel: 'print',
        plannedCount: 2,
        plannedQuarter: 2,
      });

      // The editor submits: the banner says so, by whom and when.
      const editor = await openAs(EDITOR, language);
      await openPlan(editor, plan.id);
      await expectStatus(editor, 'draft');
      await expect(editor.getByTestId('plan-banner').count()).resolves.toBe(0);
      await editor.getByTestId('step-submit').click();
      await expectStatus(editor, 'submitted');
      await banner(editor, 'submitted').waitFor();
      await expectByline(editor, banner(editor, 'submitted'), editorName, language.editorRole);

      // The approver returns it with a comment; the banner turns at once.
      const approver = await openAs('approver', language);
      await openPlan(approver, plan.id);
      await banner(approver, 'submitted').waitFor();
      await approver.getByTestId('step-return').click();
      await approver.getByTestId('comment-input').fill(language.comment);
      await approver.getByTestId('comment-confirm').click();
      await banner(approver, 'returned').getByTestId('return-comment').filter({ hasText: language.comment }).waitFor();
      await expectByline(approver, banner(approver, 'returned'), approverName, language.approverRole);

      // The editor sees the comment, its author, role and date.
      await openPlan(editor, plan.id);
      await expectStatus(editor, 'returned');
      const returned = banner(editor, 'returned');
      await expect(returned.getByTestId('return-comment').textContent()).resolves.toBe(language.comment);
      await expectByline(editor, returned, approverName, language.approverRole);
      await takeScreenshot(editor, `plan-returned-${language.locale}`);

      // On a phone, the banner and the comment are readable and the submit button on screen.
      await editor.setViewportSize(PHONE);
      await expectOnPhoneScreen(editor, returned.getByTestId('return-comment'));
      await expectOnPhoneScreen(editor, editor.getByTestId('step-submit'));
      await expectOnPhoneScreen(editor, editor.locator('.show-tab').first());
      await takeScreenshot(editor, `plan-returned-phone-${language.locale}`);
      await editor.setViewportSize(DESKTOP);

      // The editor resubmits: the banner says submitted, and the old return comment is gone, without a reload.
      await editor.getByTestId('step-submit').click();
      await expectStatus(editor, 'submitted');
      await expectByline(editor, banner(editor, 'submitted'), editorName, language.editorRole);
      await expect(editor.getByTestId('plan-banner').count()).resolves.toBe(1);
      await expect(editor.getByTestId('return-comment').count()).resolves.toBe(0);
      await expect(editor.getByText(language.comment).count()).resolves.toBe(0);

      // The approver, on a phone, has the approval on screen, and approves.
      await approver.setViewportSize(PHONE);
      await openPlan(approver, plan.id);
      await banner(approver, 'submitted').waitFor();
      await expectOnPhoneScreen(approver, approver.getByTestId('step-approve'));
      await expectOnPhoneScreen(approver, approver.getByTestId('step-return'));
      await takeScreenshot(approver, `plan-submitted-phone-${language.locale}`);
      await approver.setViewportSize(DESKTOP);
      await approver.getByTestId('step-approve').click();
      await banner(approver, 'approved').waitFor();
      await expectByline(approver, banner(approver, 'approved'), approverName, language.approverRole);

      // The history, from its tab, lists every step with who, when and the comment.
      await openPlan(editor, plan.id);
      await editor.locator('.show-tab').nth(2).click();
      await editor.waitForURL(/\/history$/);
      await expectStatus(editor, 'approved');
      await expectByline(editor, banner(editor, 'approved'), approverName, language.approverRole);
      const history = editor.getByTestId('plan-history');
      await history.waitFor();
      await expect(history.getByTestId('history-submit').count()).resolves.toBe(2);
      for (const row of await history.getByTestId('history-submit').all()) await expectByline(editor, row, editorName, language.editorRole);
      const returnRow = history.getByTestId('history-return');
      await expect(returnRow.getByTestId('history-comment').textContent()).resolves.toBe(language.comment);
      await expectByline(editor, returnRow, approverName, language.approverRole);
      await expectByline(editor, history.getByTestId('history-approve'), approverName, language.approverRole);
      await takeScreenshot(editor, `plan-history-${language.locale}`);

      await editor.setViewportSize(PHONE);
      await editor.locator('div[data-testid="plan-history"]').waitFor();
      await expectOnPhoneScreen(editor, history.getByTestId('history-return').getByTestId('history-comment'));
      await expectByline(editor, history.getByTestId('history-return'), approverName, language.approverRole);
      await takeScreenshot(editor, `plan-history-phone-${language.locale}`);
    },
    240_000,
  );
});
