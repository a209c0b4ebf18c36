import { Browser, BrowserContext, Page } from 'playwright-core';
import { errorsRu } from '../src/i18n/errors/ru';
import {
  apiGet,
  apiLogin,
  apiSend,
  CONTEXT_OPTIONS,
  chooseOption,
  launchBrowser,
  PASSWORD,
  startApp,
  takeScreenshot,
  TestApp,
} from './support';

interface Plan {
  id: number;
  regionId: number | null;
  status: string;
}

const YEAR = 2030;
const EDITOR = 'rpo-north-kazakhstan';
const RETURN_COMMENT = 'Добавьте пункт о работе с аудиторией 60+ и уточните количество';

describe('media plan workflow in the admin UI', () => {
  let app: TestApp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  const openAs = async (login: string): Promise<Page> => {
    const context = await browser.newContext(CONTEXT_OPTIONS);
    contexts.push(context);
    const page = await context.newPage();
    // Signs in without depending on what the dashboard shows; the steps below find things by test id, not by text.
    await page.goto(`${app.url}/#/login`);
    await page.locator('input[name="username"]').fill(login);
    await page.locator('input[name="password"]').fill(PASSWORD);
    await page.locator('button[type="submit"]').click();
    await page.waitForURL((url) => !url.hash.startsWith('#/login'));
    await page.locator('#main-content').waitFor();
    return page;
  };

  const expectStatus = (page: Page, status: string) => page.locator(`[data-testid="plan-header"] [data-status="${status}"]`).waitFor();

  // Reloads, as a user coming back to the plan later would, so that nothing is served from the page's cache.
  const openPlan = async (page: Page, id: number, tab = '') => {
    await page.goto(`${app.url}/#/media-plans/${id}/show${tab}`);
    await page.reload();
    await page.getByTestId('plan-header').waitFor();
  };

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await app?.close();
  });

  it('takes a plan from draft through return and resubmission to approval, then freezes it', async () => {
    const editor = await openAs(EDITOR);

    // The editor drafts a plan for a year that has none, with one item, and submits it.
    await editor.goto(`${app.url}/#/media-plans/create`);
    await editor.locator('input[name="year"]').fill(String(YEAR));
    await editor.locator('input[name="title"]').fill(`Тематический медиаплан на ${YEAR} год`);
    await editor.locator('button[type="submit"]').click();
    await editor.waitForURL(/#\/media-plans\/\d+\/show/);
    const planId = Number(/#\/media-plans\/(\d+)\/show/.exec(editor.url())?.[1]);
    await expectStatus(editor, 'draft');

    await editor.getByTestId('item-add').click();
    await editor.locator('input[name="topic"]').fill('Туған жер: істер мен адамдар');
    await chooseOption(editor, 'format', 'article');
    await chooseOption(editor, 'channel', 'print');
    await editor.locator('input[name="plannedCount"]').fill('3');
    await chooseOption(editor, 'plannedQuarter', '2');
    await editor.getByTestId('item-save').click();
    await editor.getByTestId('item-row').filter({ hasText: 'Туған жер: істер мен адамдар' }).waitFor();

    await editor.getByTestId('step-submit').click();
    await expectStatus(editor, 'submitted');
    await expect(editor.getByTestId('item-add').count()).resolves.toBe(0);

    // The approver returns it with a comment.
    const approver = await openAs('approver');
    await openPlan(approver, planId);
    await expectStatus(approver, 'submitted');
    await approver.getByTestId('step-return').click();
    await expect(approver.getByTestId('comment-confirm').isDisabled()).resolves.toBe(true);
    await approver.getByTestId('comment-input').fill(RETURN_COMMENT);
    await approver.getByTestId('comment-confirm').click();
    await expectStatus(approver, 'returned');

    // The editor sees the comment, changes the item and submits again.
    await openPlan(editor, planId);
    await expectStatus(editor, 'returned');
    await editor.getByTestId('return-comment').filter({ hasText: RETURN_COMMENT }).waitFor();
    await editor.getByTestId('item-edit').click();
    await editor.locator('input[name="plannedCount"]').fill('5');
    await editor.getByTestId('item-save').click();
    await editor.getByTestId('item-count').filter({ hasText: /^5$/ }).waitFor();
    await takeScreenshot(editor, 'media-plan-returned');
    await editor.getByTestId('step-submit').click();
    await expectStatus(editor, 'submitted');

    // The approver approves it from the overview of the year, in bulk.
    await approver.goto(`${app.url}/#/media-plans-overview`);
    await approver.getByTestId('overview-table').waitFor();
    await approver
      .locator('[data-testid="overview-year"]')
      .and(approver.locator(`[value="${YEAR}"]`))
      .waitFor();
    const row = approver.locator(`[data-testid="overview-row"][data-plan-id="${planId}"]`);
    await row.locator('input[type="checkbox"]').check();
    await approver.getByTestId('bulk-approve').click();
    await approver.getByTestId('bulk-results').waitFor();
    await row.locator('[data-status="approved"]').waitFor();

    // Now the plan is read-only for the editor.
    await openPlan(editor, planId);
    await expectStatus(editor, 'approved');
    await editor.getByTestId('item-row').first().waitFor();
    await editor.getByTestId('plan-stamps').filter({ hasText: /\d{4}/ }).waitFor();
    await expect(editor.getByTestId('item-add').count()).resolves.toBe(0);
    await expect(editor.getByTestId('item-edit').count()).resolves.toBe(0);
    await expect(editor.getByTestId('item-delete').count()).resolves.toBe(0);
    await expect(editor.getByTestId('step-submit').count()).resolves.toBe(0);
    await takeScreenshot(editor, 'media-plan-approved');

    await openPlan(editor, planId, '/history');
    await editor.locator('[data-testid="history-return"]').filter({ hasText: RETURN_COMMENT }).waitFor();
    await editor.locator('[data-testid="history-approve"]').waitFor();
    await takeScreenshot(editor, 'media-plan-history');
  }, 240_000);

  it('refuses from the overview a plan changed since it was shown, and shows it anew so that it can be approved', async () => {
    const year = YEAR + 1;
    const editorApi = await apiLogin(app.url, EDITOR);
    const approverApi = await apiLogin(app.url, 'approver');
    const plan = await apiSend<Plan>(app.url, editorApi, 'POST', '/media-plans', { year, title: `Медиаплан ${year}` });
    await apiSend(app.url, editorApi, 'POST', `/media-plans/${plan.id}/submit`);

    const approver = await openAs('approver');
    const sent: unknown[] = [];
    approver.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/api/media-plans/bulk')) sent.push(r.postDataJSON());
    });
    await approver.goto(`${app.url}/#/media-plans-overview`);
    await approver
      .locator('[data-testid="overview-year"]')
      .and(approver.locator(`[value="${year}"]`))
      .waitFor();
    const row = approver.locator(`[data-testid="overview-row"][data-plan-id="${plan.id}"]`);
    await row.locator('[data-status="submitted"]').waitFor();

    // Returned and submitted again meanwhile: submitted still, but not the plan the approver saw.
    await apiSend(app.url, approverApi, 'POST', `/media-plans/${plan.id}/return`, { comment: RETURN_COMMENT });
    await apiSend(app.url, editorApi, 'POST', `/media-plans/${plan.id}/submit`);
    await row.locator('input[type="checkbox"]').check();
    const reread = approver.waitForResponse((r) => r.url().includes(`/api/media-plans/overview?year=${year}`));
    await approver.getByTestId('bulk-approve').click();
    await approver.getByTestId('bulk-results').filter({ hasText: errorsRu['version.conflict'] }).waitFor();
    await reread;
    expect(sent).toEqual([{ action: 'approve', ids: [plan.id], versions: [2] }]);

    // The answer read the overview again: the plan's version now is the one the second try sends.
    await row.locator('input[type="checkbox"]').check();
    await approver.getByTestId('bulk-approve').click();
    await row.locator('[data-status="approved"]').waitFor();
    expect(sent[1]).toEqual({ action: 'approve', ids: [plan.id], versions: [4] });
  }, 180_000);

  it('shows the status overview and a 2020 plan’s execution against its materials', async () => {
    const session = await apiLogin(app.url, EDITOR);
    const filter = encodeURIComponent(JSON.stringify({ year: 2020 }));
    const { json: visible } = await apiGet<Plan[]>(app.url, session, `/media-plans?filter=${filter}`);
    expect(visible.map((p) => p.regionId === null).sort()).toEqual([false, true]);
    const plans = visible.filter((p) => p.regionId !== null);

    const approver = await openAs('approver');
    await approver.goto(`${app.url}/#/media-plans-overview`);
    await approver.getByTestId('overview-table').waitFor();
    await approver.locator('div[role="combobox"]:has(+ input[data-testid="overview-year"])').click();
    await approver.locator('li[data-value="2021"]').click();
    await approver.locator('[data-testid="overview-row"] [data-status="submitted"]').first().waitFor();
    await takeScreenshot(approver, 'media-plans-overview');

    const editor = await openAs(EDITOR);
    await openPlan(editor, plans[0].id, '/execution');
    await editor.getByTestId('execution-item').first().waitFor();
    await editor.locator('.recharts-bar-rectangle').first().waitFor();
    await takeScreenshot(editor, 'media-plan-execution');

    await editor.getByTestId('item-materials').first().click();
    await editor.waitForURL(/#\/materials\?filter=/);
    expect(decodeURIComponent(editor.url())).toContain('"mediaPlanItemId"');
  }, 180_000);
});
