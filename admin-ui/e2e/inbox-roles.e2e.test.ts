import type { Page } from 'playwright-core';
import type { Inbox, InboxKind } from '../../contracts/inbox';
import type { MediaPlan } from '../../contracts/media-plans';
import {
  apiGet,
  apiLogin,
  apiSend,
  chooseLocale,
  CONTEXT_OPTIONS,
  LoginAnswer,
  PHONE_VIEWPORT,
  signIn,
  takeScreenshot,
  useBrowserSession,
} from './support';

const EDITOR = 'rpo-north-kazakhstan';
const TITLES = { first: 'Медиаплан на решение 2037', second: 'Медиаплан Актобе 2037', third: 'Медиаплан на доработку 2039' };

const inboxOf = async (url: string, who: LoginAnswer): Promise<Inbox> => (await apiGet<Inbox>(url, who, '/inbox')).json;

/** Opens the inbox from the menu once its count shows what the API answers the same user. */
const openInbox = async (page: Page, url: string, who: LoginAnswer): Promise<Inbox> => {
  const inbox = await inboxOf(url, who);
  await page
    .getByTestId('inbox-count')
    .filter({ hasText: inbox.total > 99 ? '99+' : String(inbox.total) })
    .waitFor();
  await page.getByTestId('menu-inbox').click();
  return inbox;
};

/** The names on a section's cards, top to bottom. */
const namesIn = (page: Page, kind: InboxKind): Promise<string[]> =>
  page.getByTestId(`inbox-${kind}`).locator(`[data-testid="inbox-item-${kind}"] a`).allTextContents();

describe('the "Needs attention" inbox of each role', () => {
  const session = useBrowserSession();
  const plans: Record<keyof typeof TITLES, number> = { first: 0, second: 0, third: 0 };

  beforeAll(async () => {
    const { url } = session.app;
    const editor = await apiLogin(url, EDITOR);
    const otherEditor = await apiLogin(url, 'rpo-aktobe');
    const approver = await apiLogin(url, 'approver');
    const submitPlan = async (who: LoginAnswer, year: number, title: string, plannedQuarter = 2): Promise<number> => {
      const plan = await apiSend<MediaPlan>(url, who, 'POST', '/media-plans', { year, title });
      const item = {
        mediaPlanId: plan.id,
        topic: `Тармақ: ${title}`,
        format: 'article',
        channel: 'print',
        plannedCount: 2,
        plannedQuarter,
      };
      await apiSend(url, who, 'POST', '/media-plan-items', item);
      await apiSend(url, who, 'POST', `/media-plans/${plan.id}/submit`);
      return plan.id;
    };
    plans.first = await submitPlan(editor, 2037, TITLES.first);
    plans.second = await submitPlan(otherEditor, 2037, TITLES.second);
    plans.third = await submitPlan(editor, 2039, TITLES.third);

    const own = (await apiGet<MediaPlan[]>(url, editor, '/media-plans?range=[0,999]&filter={}')).json;
    const free = [2021, 2022, 2023, 2024, 2025].find((y) => !own.some((p) => p.year === y && p.regionId === editor.user.regionId));
    const behind = await submitPlan(editor, free ?? 2021, `Отстающий план ${free}`, 1);
    await apiSend(url, approver, 'POST', `/media-plans/${behind}/approve`);

    const regionId = editor.user.regionId;
    await apiSend(url, editor, 'POST', '/quarters/submit', { year: 2020, quarter: 1 });
    await apiSend(url, editor, 'POST', '/quarters/submit', { year: 2020, quarter: 2 });
    await apiSend(url, approver, 'POST', '/quarters/approve', { regionId, year: 2020, quarter: 1 });
    await apiSend(url, approver, 'POST', '/quarters/exception', { regionId, year: 2020, quarter: 1, comment: 'Поздние публикации марта' });
  }, 60_000);

  it('shows the approver the plans and quarters waiting, oldest first, and lets them approve and return several at once', async () => {
    const { url } = session.app;
    const page = session.page;
    const approver = await apiLogin(url, 'approver');
    await signIn(page, url, 'approver');
    const inbox = await openInbox(page, url, approver);
    const waiting = inbox.items.filter((item) => item.kind === 'planSubmitted');
    const since = waiting.map((item) => Date.parse(item.since));
    expect(since).toEqual([...since].sort((a, b) => a - b));
    await page.getByTestId('inbox-planSubmitted').getByText(TITLES.third).waitFor();
    expect(await namesIn(page, 'planSubmitted')).toEqual(waiting.map((item) => item.title));
    const shown = await namesIn(page, 'planSubmitted');
    expect(shown.indexOf(TITLES.first)).toBeLessThan(shown.indexOf(TITLES.second));
    expect(shown.indexOf(TITLES.second)).toBeLessThan(shown.indexOf(TITLES.third));
    expect(await namesIn(page, 'quarterSubmitted')).toContain('2 кв. 2020');
    await takeScreenshot(page, 'inbox-approver-ru');

    await chooseLocale(page, 'Қазақша');
    await page.getByTestId('inbox-planSubmitted').getByText('Шешім күтіп тұрған жоспарлар').waitFor();
    expect(await namesIn(page, 'quarterSubmitted')).toContain('2020 ж. 2-тоқсан');
    await takeScreenshot(page, 'inbox-approver-kk');
    await chooseLocale(page, 'Русский');

    const section = page.getByTestId('inbox-planSubmitted');
    await page.getByLabel(`Выбрать «${TITLES.first}»`).check();
    await page.getByLabel(`Выбрать «${TITLES.second}»`).check();
    await page.getByTestId('bulk-approve').click();
    await page.getByTestId('bulk-results').waitFor();
    await section.getByText(TITLES.second).waitFor({ state: 'detached' });
    await page.getByLabel(`Выбрать «${TITLES.third}»`).check();
    await page.getByTestId('bulk-return').click();
    await page.getByTestId('comment-input').fill('Уточните сроки по кварталам');
    await page.getByTestId('comment-confirm').click();
    await section.getByText(TITLES.third).waitFor({ state: 'detached' });
    const status = async (id: number) => (await apiGet<MediaPlan>(url, approver, `/media-plans/${id}`)).json.status;
    expect([await status(plans.first), await status(plans.second), await status(plans.third)]).toEqual([
      'approved',
      'approved',
      'returned',
    ]);
  });

  it('shows the editor the returned plan with its comment, ended quarters still open, the late-entry exception and items behind', async () => {
    const { url } = session.app;
    const page = session.page;
    const editor = await apiLogin(url, EDITOR);
    await signIn(page, url, EDITOR);
    await openInbox(page, url, editor);
    const returned = page.getByTestId('inbox-planReturned');
    await returned.getByText(TITLES.third).waitFor();
    await returned.getByText('Комментарий: «Уточните сроки по кварталам»').waitFor();
    expect(await namesIn(page, 'quarterOpen')).toContain('3 кв. 2020');
    expect(await namesIn(page, 'quarterOpen')).not.toContain('2 кв. 2020');
    const late = page.getByTestId('inbox-lateEntry');
    await late.getByText('1 кв. 2020').waitFor();
    await late.getByText('Комментарий: «Поздние публикации марта»').waitFor();
    const behind = page.getByTestId('inbox-itemBehind');
    await behind.getByText('Привязано материалов: 0 из 2').first().waitFor();
    await takeScreenshot(page, 'inbox-rpo-ru');

    await chooseLocale(page, 'Қазақша');
    await page.getByTestId('inbox-lateEntry').getByText('Кеш енгізуге рұқсат берілді').waitFor();
    await takeScreenshot(page, 'inbox-rpo-kk');
  });

  it('fits a phone: nothing scrolls sideways', async () => {
    const { url } = session.app;
    const context = await session.browser.newContext({ ...CONTEXT_OPTIONS, viewport: PHONE_VIEWPORT });
    const page = await context.newPage();
    await signIn(page, url, EDITOR);
    await page.goto(`${url}/#/inbox`);
    await page.getByTestId('inbox-planReturned').getByText(TITLES.third).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE_VIEWPORT.width);
    await takeScreenshot(page, 'inbox-phone-ru', { fullPage: false });
    await context.close();
  });

  it('offers an analyst no inbox, and shows an admin what waits for a decision', async () => {
    const { url } = session.app;
    const page = session.page;
    const asked: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/inbox') asked.push(request.url());
    });
    await signIn(page, url, 'analyst');
    await page.getByRole('menuitem').first().waitFor();
    expect(await page.getByTestId('menu-inbox').count()).toBe(0);
    expect(asked).toEqual([]);

    const admin = await apiLogin(url, 'admin');
    const context = await session.browser.newContext(CONTEXT_OPTIONS);
    const adminPage = await context.newPage();
    await signIn(adminPage, url, 'admin');
    const inbox = await openInbox(adminPage, url, admin);
    expect(inbox.counts.quarterSubmitted).toBeGreaterThan(0);
    expect(inbox.counts.itemBehind + inbox.counts.quarterOpen + inbox.counts.lateEntry).toBe(0);
    await adminPage.getByTestId('inbox-quarterSubmitted').getByText('2 кв. 2020').waitFor();
    await context.close();
  });
});
