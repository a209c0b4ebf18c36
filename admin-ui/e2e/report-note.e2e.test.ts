import { readFileSync } from 'node:fs';
import { apiLogin, chooseLocale, signIn, takeScreenshot, useBrowserSession } from './support';

describe('the note action', () => {
  const session = useBrowserSession();
  let regionId: number;

  const choose = async (name: string, value: string | number) => {
    const { page } = session;
    await page.locator(`div[role="combobox"]:has(+ input[data-testid="filter-${name}"])`).click();
    await page.locator(`li[data-value="${value}"]`).click();
    await page.locator('[role="listbox"]').waitFor({ state: 'detached' });
  };

  /** Clicks the note action and returns the downloaded file's name, after checking it is a Word document (a zip). */
  const downloadNote = async (): Promise<string> => {
    const { page } = session;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('note-download').click()]);
    const file = readFileSync(await download.path());
    expect(file.length).toBeGreaterThan(5000);
    expect(file.subarray(0, 2).toString('latin1')).toBe('PK');
    return download.suggestedFilename();
  };

  beforeAll(async () => {
    regionId = (await apiLogin(session.app.url, 'rpo-north-kazakhstan')).user.regionId ?? 0;
  });

  it('downloads the note beside the quarterly report with the page’s filters, in Russian and in Kazakh', async () => {
    const { page, app } = session;
    await signIn(page, app.url, 'analyst');
    await page.goto(`${app.url}/#/reports?year=2020&quarter=1&regionId=${regionId}`);
    await page.getByTestId('report-download').waitFor();
    expect(await page.getByTestId('note-download').innerText()).toMatch(/справка/i);
    await takeScreenshot(page, 'reports-note-ru');
    expect(await downloadNote()).toBe('note-2020-q1-north-kazakhstan-ru.docx');

    await choose('lang', 'kk');
    expect(await downloadNote()).toBe('note-2020-q1-north-kazakhstan-kk.docx');

    await choose('reportQuarter', 3);
    await page.waitForURL(/[?&]quarter=3\b/);
    expect(await downloadNote()).toBe('note-2020-q3-north-kazakhstan-kk.docx');
  }, 180_000);

  it('downloads the note from the dashboard for its year, quarter and region, in the language of the screen', async () => {
    const { page, app } = session;
    await signIn(page, app.url, 'analyst');
    await page.goto(`${app.url}/#/?year=2020`);
    await page.getByTestId('national-table').waitFor();
    expect(await downloadNote()).toBe('note-2020-ru.docx');

    await chooseLocale(page, 'Қазақша');
    await page.goto(`${app.url}/#/?year=2020&quarter=2&regionId=${regionId}`);
    await page.getByTestId('national-table').waitFor();
    expect(await page.getByTestId('note-download').innerText()).toMatch(/анықтама/i);
    expect(await downloadNote()).toBe('note-2020-q2-north-kazakhstan-kk.docx');
  }, 180_000);

  it('gives an RPO editor the note of their own region', async () => {
    const { page, app } = session;
    await signIn(page, app.url, 'rpo-north-kazakhstan');
    await page.goto(`${app.url}/#/?year=2020&quarter=1`);
    await page.getByTestId('national-table').waitFor();
    expect(await downloadNote()).toBe('note-2020-q1-north-kazakhstan-ru.docx');
  }, 180_000);
});
