import { Page } from 'playwright-core';
import { CODE_LABELS } from '../../contracts/code-labels';
import type { Locale } from '../../contracts/codes';
import { latestPublicationDay } from '../../contracts/materials';
import type { Region } from '../../contracts/reference';
import { kkMessages } from '../src/i18n/kk';
import { ruMessages } from '../src/i18n/ru';
import { apiGet, apiLogin, chooseLocale, chooseOption, signIn, takeScreenshot, useBrowserSession } from './support';

type UiLocale = Extract<Locale, 'ru' | 'kk'>;

const MESSAGES = { ru: ruMessages, kk: kkMessages };
const LOCALE_NAMES: Record<UiLocale, string> = { ru: 'Русский', kk: 'Қазақша' };
const REGION_NAME = { ru: 'nameRu', kk: 'nameKk' } as const;

/** A message of the UI in a language, its %{params} filled in. */
const message = (locale: UiLocale, key: string, params: Record<string, string | number> = {}): string => {
  const found = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], MESSAGES[locale]);
  if (typeof found !== 'string') throw new Error(`no message ${key} in ${locale}`);
  return Object.entries(params).reduce((text, [name, value]) => text.replace(`%{${name}}`, String(value)), found);
};

const dayAfter = (day: string): string => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** A year with no approved plan in the demo data (its plans are of 2020 and 2021). */
const YEAR_WITHOUT_PLAN = 2023;

describe("the material form's pickers and guardrails", () => {
  const session = useBrowserSession();

  const openForm = async (page: Page, locale: UiLocale) => {
    await signIn(page, session.app.url, 'rpo-north-kazakhstan');
    if (locale !== 'ru') await chooseLocale(page, LOCALE_NAMES[locale]);
    await page.goto(`${session.app.url}/#/materials/create`);
    await page.locator('input[name="title"]').waitFor();
  };

  const ownRegionName = async (locale: UiLocale): Promise<string> => {
    const editor = await apiLogin(session.app.url, 'rpo-north-kazakhstan');
    const { json } = await apiGet<Region>(session.app.url, editor, `/regions/${editor.user.regionId}`);
    return json[REGION_NAME[locale]];
  };

  const checkOutletPicker = async (page: Page, locale: UiLocale) => {
    const region = await ownRegionName(locale);
    const labels = CODE_LABELS[locale];
    await page.locator('input[name="outletId"]').click();
    const details = page.locator('[role="listbox"] [data-testid="outlet-option-details"]');
    await details.filter({ hasText: region }).first().waitFor();
    await details.filter({ hasText: labels.level.republican }).first().waitFor();
    const channels = Object.values(labels.channel).join('|');
    const allowed = new RegExp(`^(${channels}) · (${labels.level.regional} · ${region}|${labels.level.republican})$`);
    const texts = await details.allInnerTexts();
    expect(texts.length).toBeGreaterThan(5);
    expect(texts.filter((text) => !allowed.test(text.trim()))).toEqual([]);
    await takeScreenshot(page, `material-outlet-picker-${locale}`);
    await page.keyboard.press('Escape');
  };

  const checkPlanItemPicker = async (page: Page, locale: UiLocale) => {
    const picker = page.locator('input[name="mediaPlanItemId"]');
    await page.getByText(message(locale, 'app.plans.items.material_date_first')).waitFor();
    await page.locator('input[name="publishedOn"]').fill(`${YEAR_WITHOUT_PLAN}-05-05`);
    await page.getByText(message(locale, 'app.plans.items.material_no_plan', { year: YEAR_WITHOUT_PLAN })).waitFor();
    expect(await picker.isDisabled()).toBe(true);
    expect(await page.locator('.MuiAutocomplete-loading').count()).toBe(0);
    await page.locator('input[name="publishedOn"]').fill('2020-05-05');
    await page.getByText(message(locale, 'app.plans.items.material_hint')).waitFor();
    await picker.click();
    await page.locator('[role="listbox"] [role="option"]').first().waitFor();
    await page.keyboard.press('Escape');
  };

  const checkFutureDate = async (page: Page, locale: UiLocale) => {
    await page.locator('input[name="title"]').fill(`Завтрашний материал ${Date.now()}`);
    await page.locator('input[name="outletId"]').click();
    await page.locator('[role="listbox"] [role="option"]').first().click();
    await page.locator('input[name="publishedOn"]').fill(dayAfter(latestPublicationDay()));
    await chooseOption(page, 'language', 'kk');
    await chooseOption(page, 'format', 'article');
    await page.locator('button[type="submit"]').click();
    await page.getByText(message(locale, 'app.material_form.published_after_today')).waitFor();
    expect(page.url()).toMatch(/#\/materials\/create$/);
    const date = page.locator('input[name="publishedOn"]');
    expect(await date.getAttribute('max')).toBeNull();
    expect(await date.evaluate((input: HTMLInputElement) => input.validationMessage)).toBe('');
    expect(
      await page
        .locator('form')
        .first()
        .evaluate((form: HTMLFormElement) => form.noValidate),
    ).toBe(true);
    await takeScreenshot(page, `material-future-date-${locale}`);
  };

  /** The confirmation the page asks for, answered. */
  const nextDialog = (page: Page, accept: boolean): Promise<string> =>
    new Promise((resolve) => {
      page.once('dialog', (dialog) => {
        resolve(dialog.message());
        void (accept ? dialog.accept() : dialog.dismiss());
      });
    });

  const checkUnsavedWarning = async (page: Page, locale: UiLocale) => {
    const menuLink = page.locator('a[href="#/materials"]').first();
    const stay = nextDialog(page, false);
    await menuLink.click();
    expect(await stay).toBe(message(locale, 'ra.message.unsaved_changes'));
    expect(page.url()).toMatch(/#\/materials\/create$/);
    await page.locator('input[name="title"]').waitFor();
    const leave = nextDialog(page, true);
    await menuLink.click();
    expect(await leave).toBe(message(locale, 'ra.message.unsaved_changes'));
    await page.waitForURL(/#\/materials$/);
  };

  for (const locale of ['ru', 'kk'] as const) {
    it(`offers what a material may use and keeps what it may not out, in ${LOCALE_NAMES[locale]}`, async () => {
      const { page } = session;
      await openForm(page, locale);
      await checkOutletPicker(page, locale);
      await checkPlanItemPicker(page, locale);
      await checkFutureDate(page, locale);
      await checkUnsavedWarning(page, locale);
    }, 180_000);
  }
});
