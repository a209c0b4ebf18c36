import type { MediaPlan, MediaPlanItem } from '../../contracts/media-plans';
import { apiLogin, apiSend, chooseLocale, signIn, takeScreenshot, useBrowserSession } from './support';

const EDITOR = 'rpo-north-kazakhstan';

describe('what changed in a resubmitted plan', () => {
  const session = useBrowserSession();

  it('shows the approver the items added, removed and changed since the last submission, in Russian and Kazakh', async () => {
    const { url } = session.app;
    const page = session.page;
    const editor = await apiLogin(url, EDITOR);
    const approver = await apiLogin(url, 'approver');
    const plan = await apiSend<MediaPlan>(url, editor, 'POST', '/media-plans', { year: 2038, title: 'Медиаплан с правками 2038' });
    const draft = { mediaPlanId: plan.id, format: 'article', channel: 'print', plannedCount: 2, plannedQuarter: 1 };
    const item = (topic: string) => apiSend<MediaPlanItem>(url, editor, 'POST', '/media-plan-items', { ...draft, topic });
    await item('Ауыл шаруашылығы');
    const edited = await item('Жастар және спорт');
    const dropped = await item('Тарихи тұлғалар');
    await apiSend(url, editor, 'POST', `/media-plans/${plan.id}/submit`);
    await apiSend(url, approver, 'POST', `/media-plans/${plan.id}/return`, { comment: 'Жастарға көбірек' });
    await apiSend(url, editor, 'PUT', `/media-plan-items/${edited.id}`, { ...edited, plannedCount: 5, channel: 'tv' });
    await apiSend(url, editor, 'DELETE', `/media-plan-items/${dropped.id}`);
    await item('Жаңа бастамалар');
    await apiSend(url, editor, 'POST', `/media-plans/${plan.id}/submit`);

    await signIn(page, url, 'approver');
    await page.goto(`${url}/#/media-plans/${plan.id}/show`);
    const panel = page.getByTestId('plan-changes');
    await panel.getByText('Что изменилось с прошлой отправки').waitFor();
    await panel.locator('li', { hasText: 'Жаңа бастамалар (2)' }).waitFor();
    expect(await panel.locator('h3', { hasText: 'Добавлены' }).count()).toBe(1);
    await panel.locator('li', { hasText: 'Тарихи тұлғалар (2)' }).waitFor();
    const changed = panel.locator('li', { hasText: 'Жастар және спорт' });
    await changed.getByText('План: 2 → 5').waitFor();
    await changed.getByText('Канал: Печать → ТВ').waitFor();
    expect(await panel.locator('li', { hasText: 'Ауыл шаруашылығы' }).count()).toBe(0);
    await takeScreenshot(page, 'plan-changes-ru');

    await chooseLocale(page, 'Қазақша');
    await panel.getByText('Алдыңғы жіберілгеннен бері не өзгерді').waitFor();
    for (const heading of ['Қосылды', 'Жойылды', 'Өзгертілді']) await panel.locator('h3', { hasText: heading }).waitFor();
    await takeScreenshot(page, 'plan-changes-kk');
  });
});
