import { Page } from 'playwright-core';
import { chooseLocale, signIn, takeScreenshot, useBrowserSession } from './support';

const WIDTHS = [1280, 1440] as const;
const LANGUAGES = [
  { locale: 'ru', menu: 'Русский', evidence: 'Доказательства публикации' },
  { locale: 'kk', menu: 'Қазақша', evidence: 'Жарияланым дәлелдері' },
] as const;
const TABLE_BOX = '.RaList-content .RaDataTable-tableWrapper';

/** The materials list fits the window: no sideways scroll of the page or of the table's box, its actions on screen. */
const expectListFits = async (page: Page, width: number, label: string) => {
  await page.locator(`${TABLE_BOX} tbody td.column-title`).first().waitFor();
  const sizes = await page.evaluate((box) => {
    const table = document.querySelector(box);
    return { page: document.documentElement.scrollWidth, table: table ? table.scrollWidth - table.clientWidth : -1 };
  }, TABLE_BOX);
  expect({ label, ...sizes }).toEqual({ label, page: width, table: 0 });
  for (const action of await page.locator('.RaList-main .RaTopToolbar-root button, .RaList-main .RaTopToolbar-root a').all()) {
    const box = await action.boundingBox();
    expect({ label, right: Math.min(width, (box?.x ?? width) + (box?.width ?? 0)) }).toEqual({
      label,
      right: (box?.x ?? width) + (box?.width ?? 0),
    });
  }
};

/** Waits until the page has asked nothing of the server for half a second: its data is drawn. */
const settled = async (page: Page) => {
  let pending = 0;
  let quietSince = Date.now();
  const started = () => (pending += 1);
  const ended = () => {
    pending -= 1;
    quietSince = Date.now();
  };
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  try {
    await page.waitForTimeout(200);
    while (pending > 0 || Date.now() - quietSince < 500) await page.waitForTimeout(100);
  } finally {
    page.off('request', started);
    page.off('requestfinished', ended);
    page.off('requestfailed', ended);
  }
};

describe('the materials list on a desktop', () => {
  const session = useBrowserSession();

  it.each(['rpo-north-kazakhstan', 'analyst'])('fits 1280 and 1440 px windows in Russian and Kazakh, for %s', async (login) => {
    const { page } = session;
    await signIn(page, session.app.url, login);
    for (const language of LANGUAGES) {
      await chooseLocale(page, language.menu);
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        await page.evaluate(() => (window.location.hash = '#/materials'));
        const label = `${login} ${language.locale} ${width}`;
        await expectListFits(page, width, label);
        await expect(page.locator('th.column-evidenceCount [role="img"]').getAttribute('aria-label')).resolves.toBe(language.evidence);
        if (login === 'analyst' && width === 1280)
          await takeScreenshot(page, `materials-list-1280-${language.locale}`, { fullPage: false });
      }
    }
  });

  it.each([
    ['rpo-north-kazakhstan', LANGUAGES[1]],
    ['admin', LANGUAGES[0]],
  ] as const)('keeps every page of the menu within a 1280 px window, for %s', async (login, language) => {
    const { page } = session;
    await page.setViewportSize({ width: 1280, height: 900 });
    await signIn(page, session.app.url, login);
    await chooseLocale(page, language.menu);
    const paths = await page.locator('.RaMenu-open a[href^="#/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(paths.length).toBeGreaterThan(10);
    const wide: string[] = [];
    for (const path of paths) {
      await page.evaluate((hash) => (window.location.hash = hash ?? '#/'), path);
      await settled(page);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 1280) wide.push(`${path}: ${width}`);
    }
    expect(wide).toEqual([]);
  });

  it('shows a hidden column on request and keeps the page within the window, scrolling the table in its box', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1280, height: 900 });
    await signIn(page, session.app.url, 'analyst');
    await page.evaluate(() => (window.location.hash = '#/materials'));
    await page.locator(`${TABLE_BOX} tbody td.column-title`).first().waitFor();
    await expect(page.locator('th.column-format').count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Столбцы' }).click();
    await page.getByRole('menu').getByText('Формат', { exact: true }).click();
    await page.keyboard.press('Escape');
    await page.locator('th.column-format').waitFor();
    await page.locator('th.column-language').waitFor({ state: 'detached' });
    const sizes = await page.evaluate((box) => {
      const table = document.querySelector(box);
      return { page: document.documentElement.scrollWidth, tableScrolls: table !== null && table.scrollWidth > table.clientWidth };
    }, TABLE_BOX);
    expect(sizes).toEqual({ page: 1280, tableScrolls: true });
    // The choice is the person's: it stays after a reload.
    await page.reload();
    await page.locator('th.column-format').waitFor();
  });
});
