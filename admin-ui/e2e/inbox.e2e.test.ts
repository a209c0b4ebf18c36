import type { Page } from 'playwright-core';
import type { Inbox } from '../../contracts/inbox';
import type { MediaPlan } from '../../contracts/media-plans';
import { apiGet, apiLogin, apiSend, LoginAnswer, signIn, useBrowserSession } from './support';

const EDITOR = 'rpo-north-kazakhstan';

const send = <T>(url: string, session: LoginAnswer, path: string, body: object): Promise<T> => apiSend<T>(url, session, 'POST', path, body);

/** The menu's count once it shows what the API answers the same user. */
const expectMenuCount = async (page: Page, url: string, session: LoginAnswer) => {
  const { total } = (await apiGet<Inbox>(url, session, '/inbox')).json;
  await page
    .getByTestId('inbox-count')
    .filter({ hasText: total > 99 ? '99+' : String(total) })
    .waitFor();
};

describe('the "Needs attention" inbox and bulk work on materials', () => {
  const session = useBrowserSession();

  it('shows the approver the submitted plan, returns it in bulk, and shows the editor the returned plan with its comment', async () => {
    const { url } = session.app;
    const page = session.page;
    const editor = await apiLogin(url, EDITOR);
    const approver = await apiLogin(url, 'approver');
    const plan = await send<MediaPlan>(url, editor, '/media-plans', { year: 2036, title: 'План для входящих 2036' });
    await send(url, editor, '/media-plan-items', {
      mediaPlanId: plan.id,
      topic: 'Ауыл',
      format: 'article',
      channel: 'print',
      plannedCount: 2,
    });
    await send(url, editor, `/media-plans/${plan.id}/submit`, {});

    await signIn(page, url, 'approver');
    await expectMenuCount(page, url, approver);
    await page.getByTestId('menu-inbox').click();
    const section = page.getByTestId('inbox-planSubmitted');
    await section.getByText('План для входящих 2036').waitFor();
    await page.getByLabel('Выбрать «План для входящих 2036»').check();
    await page.getByTestId('bulk-return').click();
    await page.getByTestId('comment-input').fill('Добавьте работу с аудиторией 60+');
    await page.getByTestId('comment-confirm').click();
    await page.getByTestId('bulk-results').waitFor();
    // The inbox is asked again after the action: the returned plan leaves its section once the answer comes.
    await section.getByText('План для входящих 2036').waitFor({ state: 'detached' });
    await expectMenuCount(page, url, approver);

    const editorPage = await page.context().browser()?.newContext();
    const other = await editorPage?.newPage();
    if (!other || !editorPage) throw new Error('no second page');
    await signIn(other, url, EDITOR);
    await expectMenuCount(other, url, editor);
    await other.getByTestId('menu-inbox').click();
    const returned = other.getByTestId('inbox-planReturned');
    await returned.getByText('План для входящих 2036').waitFor();
    await returned.getByText('Комментарий: «Добавьте работу с аудиторией 60+»').waitFor();
    await other.getByTestId('inbox-quarterOpen').waitFor();
    await returned.getByRole('link', { name: 'План для входящих 2036' }).click();
    await other.waitForURL(new RegExp(`#/media-plans/${plan.id}/show`));
    await editorPage.close();
  });

  it('approves the selected plans one by one and names the one returned meanwhile, with the reason, in the results', async () => {
    const { url } = session.app;
    const page = session.page;
    const editor = await apiLogin(url, EDITOR);
    const approver = await apiLogin(url, 'approver');
    const plans = [];
    for (const year of [2037, 2038]) {
      const plan = await send<MediaPlan>(url, editor, '/media-plans', { year, title: `Пакетный план ${year}` });
      await send(url, editor, `/media-plans/${plan.id}/submit`, {});
      plans.push(plan);
    }

    await signIn(page, url, 'approver');
    await page.getByTestId('menu-inbox').click();
    const section = page.getByTestId('inbox-planSubmitted');
    for (const year of [2037, 2038]) {
      await section.getByText(`Пакетный план ${year}`).waitFor();
      await page.getByLabel(`Выбрать «Пакетный план ${year}»`).check();
    }
    await send(url, approver, `/media-plans/${plans[1].id}/return`, { comment: 'Вернул другой утверждающий' });
    await page.getByTestId('bulk-approve').click();
    const results = page.getByTestId('bulk-results');
    await results.getByText('Успешно: 1, не выполнено: 1').waitFor();
    await results.getByText('«Пакетный план 2038»: Действие невозможно в текущем статусе плана. Обновите страницу. (код 409)').waitFor();
    await section.getByText('Пакетный план 2037').waitFor({ state: 'detached' });
    const statuses = await Promise.all(
      plans.map(async (plan) => (await apiGet<MediaPlan>(url, approver, `/media-plans/${plan.id}`)).json.status),
    );
    expect(statuses).toEqual(['approved', 'returned']);
  });

  it('links several selected materials to a plan item at once', async () => {
    const { url } = session.app;
    const page = session.page;
    const editor = await apiLogin(url, EDITOR);
    const approver = await apiLogin(url, 'approver');
    const plans = (await apiGet<MediaPlan[]>(url, editor, `/media-plans?range=[0,999]&filter={}`)).json;
    const year = [2021, 2022, 2023, 2024, 2025].find((y) => !plans.some((p) => p.year === y && p.regionId === editor.user.regionId));
    const plan = await send<MediaPlan>(url, editor, '/media-plans', { year, title: `Пакетный ${year}` });
    const item = await send<{ id: number }>(url, editor, '/media-plan-items', {
      mediaPlanId: plan.id,
      topic: 'Пакетная привязка',
      format: 'article',
      channel: 'print',
      plannedCount: 3,
    });
    await send(url, editor, `/media-plans/${plan.id}/submit`, {});
    await send(url, approver, `/media-plans/${plan.id}/approve`, {});
    const outlets = (await apiGet<{ id: number; kind: string }[]>(url, editor, `/outlets?range=[0,99]&filter={"kind":"print"}`)).json;
    const ids: number[] = [];
    for (const title of ['Ксилофонов один', 'Ксилофонов два', 'Ксилофонов три']) {
      const created = await send<{ id: number }>(url, editor, '/materials', {
        outletId: outlets[0].id,
        language: 'ru',
        format: 'article',
        title,
        publishedOn: `${year}-03-03`,
      });
      ids.push(created.id);
    }

    await signIn(page, url, EDITOR);
    await page.goto(`${url}/#/materials?filter=${encodeURIComponent(JSON.stringify({ q: 'Ксилофонов' }))}`);
    await page.getByText('Ксилофонов три').waitFor();
    await page.locator('thead input[type="checkbox"]').check();
    await page.getByTestId('bulk-change').click();
    const value = page.getByLabel('Новое значение');
    await value.fill('Пакетная');
    await page.getByRole('option', { name: /Пакетная привязка/ }).click();
    await page.getByTestId('bulk-change-apply').click();
    await page.getByText('Изменено материалов: 3').waitFor();
    for (const id of ids) {
      const { json } = await apiGet<{ mediaPlanItemId: number | null }>(url, editor, `/materials/${id}`);
      expect(json.mediaPlanItemId).toBe(item.id);
    }
  });
});
