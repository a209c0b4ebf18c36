import { Page } from 'playwright-core';
import type { Locale } from '../../contracts/codes';
import { latestPublicationDay } from '../../contracts/materials';
import { enMessages } from '../src/i18n/en';
import { kkMessages } from '../src/i18n/kk';
import { ruMessages } from '../src/i18n/ru';
import { chooseLocale, chooseOption, signIn, takeScreenshot, useBrowserSession } from './support';

interface Words {
  menuName: string;
  createMaterial: string;
  createUser: string;
  threeRowsSelected: string;
  abai: string;
  astana: string;
  /** A day as typed and as shown back. */
  date: (iso: string) => string;
  shownDate: RegExp;
}

const dotted = (iso: string): string => iso.split('-').reverse().join('.');

const WORDS: Record<Locale, Words> = {
  ru: {
    menuName: 'Русский',
    createMaterial: 'Создать материал',
    createUser: 'Создать пользователя',
    threeRowsSelected: 'Выбрано 3 строки',
    abai: 'Абайская область',
    astana: 'город Астана',
    date: dotted,
    shownDate: /^\d{2}\.\d{2}\.\d{4}$/,
  },
  kk: {
    menuName: 'Қазақша',
    createMaterial: 'Материал құру',
    createUser: 'Пайдаланушы құру',
    threeRowsSelected: '3 жол таңдалды',
    abai: 'Абай облысы',
    astana: 'Астана қаласы',
    date: dotted,
    shownDate: /^\d{2}\.\d{2}\.\d{4}$/,
  },
  en: {
    menuName: 'English',
    createMaterial: 'Create material',
    createUser: 'Create user',
    threeRowsSelected: '3 rows selected',
    abai: 'Abai Region',
    astana: 'Astana city',
    date: (iso) => iso.split('-').reverse().join('/'),
    shownDate: /^\d{2}\/\d{2}\/\d{4}$/,
  },
};

const MESSAGES = { ru: ruMessages, kk: kkMessages, en: enMessages };

const message = (locale: Locale, key: string): string => {
  const found = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], MESSAGES[locale]);
  if (typeof found !== 'string') throw new Error(`no message ${key} in ${locale}`);
  return found;
};

/** Words and phrases of MUI's and react-admin's English defaults that a Kazakh or Russian page must not carry. */
const ENGLISH = [
  /\bnavigation\b/i,
  /\bOpen\b/,
  /\bClose\b/,
  /\bClear\b/,
  /\bRows per page\b/i,
  /\bSort\b/i,
  /\bGo to\b/i,
  /\bof\b/,
  /\bSearch\b/,
  /\bPrevious\b/,
  /\bNext\b/,
  /\bpage\b/i,
  /\bSelect all\b/i,
  /\bLoading\b/i,
  /\bNo options\b/i,
  /\bShow path\b/i,
  /\bCreate\b/,
  /\bExport\b/,
  /\bmenu\b/i,
];

/** Every label a person or a screen reader meets on the page: aria-label, title, placeholder, and the visible text. */
const wordsOnPage = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const attributes = [...document.querySelectorAll('[aria-label], [title], [placeholder]')].flatMap((element) =>
      ['aria-label', 'title', 'placeholder'].map((name) => element.getAttribute(name) ?? ''),
    );
    return [...attributes, ...document.body.innerText.split('\n')].map((text) => text.trim()).filter((text) => text !== '');
  });

const expectNoEnglish = async (page: Page, where: string): Promise<void> => {
  const english = (await wordsOnPage(page)).filter((text) => ENGLISH.some((word) => word.test(text)));
  expect({ where, english }).toEqual({ where, english: [] });
};

/** A day the material form takes: past, and with a day above 12 so that day and month cannot be swapped unnoticed. */
const publicationDay = (): string => {
  const latest = latestPublicationDay();
  return `${Number(latest.slice(0, 4)) - 1}-03-25`;
};

describe('the words of the UI in kk, ru and en', () => {
  const session = useBrowserSession();

  const checkMaterialsList = async (page: Page, locale: Locale) => {
    const words = WORDS[locale];
    await page.goto(`${session.app.url}/#/materials`);
    const dates = page.locator('td.column-publishedOn');
    await dates.first().waitFor();
    for (const text of await dates.allInnerTexts()) expect(text.trim()).toMatch(words.shownDate);
    await page.locator(`a[href="#/materials/create"][aria-label="${words.createMaterial}"]`).waitFor();
    const boxes = page.locator('tbody input[type="checkbox"]');
    for (const i of [0, 1, 2]) await boxes.nth(i).check();
    await page.getByText(words.threeRowsSelected, { exact: true }).waitFor();
    if (locale === 'kk') {
      const outletSort = page.locator('th.column-outletId [aria-label]').first();
      expect(await outletSort.getAttribute('aria-label')).toContain('«БАҚ»');
    }
    if (locale !== 'en') await expectNoEnglish(page, 'materials list');
    // The English page shows what the check looks for, so the check is seen to find it.
    else expect((await wordsOnPage(page)).filter((text) => ENGLISH.some((word) => word.test(text)))).toContain('Rows per page:');
    await takeScreenshot(page, `words-materials-${locale}`);
    for (const i of [0, 1, 2]) await boxes.nth(i).uncheck();
  };

  const checkMaterialForm = async (page: Page, locale: Locale) => {
    const words = WORDS[locale];
    await page.goto(`${session.app.url}/#/materials/create`);
    await page.getByText(words.createMaterial, { exact: true }).first().waitFor();
    const date = page.locator('input[name="publishedOn"]');
    expect(await date.getAttribute('type')).toBe('text');
    expect(await date.getAttribute('placeholder')).toBe(message(locale, 'app.date.placeholder'));

    const title = `Слова ${locale} ${Date.now()}`;
    await page.locator('input[name="title"]').fill(title);
    await page.locator('input[name="regionId"]').fill(words.abai);
    await page.getByRole('option', { name: words.abai, exact: true }).click();
    await page.locator('input[name="outletId"]').click();
    await page.locator('[role="listbox"] [role="option"]').first().click();
    await chooseOption(page, 'language', 'kk');
    await chooseOption(page, 'format', 'article');
    await date.fill(words.date('2025-02-31'));
    await page.locator('button[type="submit"]').click();
    await page.getByText(message(locale, 'app.date.invalid')).waitFor();
    if (locale !== 'en') await expectNoEnglish(page, 'material form');
    await takeScreenshot(page, `words-material-form-${locale}`);

    const day = publicationDay();
    await date.fill(words.date(day));
    await page.locator('button[type="submit"]').click();
    await page.waitForURL(/#\/materials\/\d+\/show/);
    await page.getByText(title, { exact: true }).waitFor();
    await page.getByText(words.date(day), { exact: true }).waitFor();
    await page.getByText(words.abai, { exact: true }).waitFor();
    if (locale !== 'en') await expectNoEnglish(page, 'material show');
  };

  const checkAdminPages = async (page: Page, locale: Locale) => {
    const words = WORDS[locale];
    await page.goto(`${session.app.url}/#/regions`);
    await page.getByText(words.astana, { exact: true }).first().waitFor();
    await page.getByText(words.abai, { exact: true }).first().waitFor();
    await page.goto(`${session.app.url}/#/users/create`);
    await page.getByText(words.createUser, { exact: true }).first().waitFor();
  };

  const checkLanguageMenu = async (page: Page, locale: Locale) => {
    const languageButton = page.locator('button[aria-controls="language-menu"]');
    expect(await languageButton.getAttribute('aria-label')).toBe(
      message(locale, 'app.account.language_menu').replace('%{language}', WORDS[locale].menuName),
    );
  };

  it('speaks kk, ru and en with their own cases, plurals, dates and region names', async () => {
    const { page } = session;
    await signIn(page, session.app.url, 'admin');
    for (const locale of ['kk', 'ru', 'en'] as const) {
      await chooseLocale(page, WORDS[locale].menuName);
      await checkLanguageMenu(page, locale);
      await checkMaterialsList(page, locale);
      await checkMaterialForm(page, locale);
      await checkAdminPages(page, locale);
    }
    await chooseLocale(page, WORDS.kk.menuName);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${session.app.url}/#/materials/create`);
    await page.locator('input[name="publishedOn"]').waitFor();
    await expectNoEnglish(page, 'material form on a phone');
    await takeScreenshot(page, 'words-material-form-kk-phone');
  }, 150_000);
});
