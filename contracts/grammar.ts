import type { Locale } from './codes';

/** A noun's forms after a numeral: Russian needs three (1 материал, 2 материала, 5 материалов), English two, Kazakh one. */
export interface NounForms {
  one: string;
  few: string;
  many: string;
}

export type PluralForm = keyof NounForms;

/** The Russian form a count takes: 1, 21, 101 → one; 2-4, 22-24 → few; 0, 5-20, 25-30, 111-114 → many. */
export function russianForm(n: number): PluralForm {
  const tens = Math.abs(n) % 100;
  const units = tens % 10;
  if (tens >= 11 && tens <= 14) return 'many';
  if (units === 1) return 'one';
  if (units >= 2 && units <= 4) return 'few';
  return 'many';
}

/** The form a count takes in a language; a Kazakh noun does not change after a numeral (5 материал). */
export function pluralForm(n: number, locale: Locale): PluralForm {
  if (locale === 'ru') return russianForm(n);
  if (locale === 'en') return n === 1 ? 'one' : 'many';
  return 'one';
}

const SEPARATOR: Record<Locale, string> = { ru: '\u00a0', kk: '\u00a0', en: ',' };

/** A whole number as the language writes it: 9 365 (a no-break space) in Russian and Kazakh, 9,365 in English. */
export function formatCount(n: number, locale: Locale): string {
  const digits = String(Math.abs(Math.round(n)));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, SEPARATOR[locale]);
  return n < 0 ? `−${grouped}` : grouped;
}

/** A share as a percentage with one decimal: 12,5 % in Russian and Kazakh, 12.5% in English. */
export function formatShare(part: number, whole: number, locale: Locale): string {
  const value = whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0;
  const text = value.toFixed(1);
  return locale === 'en' ? `${text}%` : `${text.replace('.', ',')}\u00a0%`;
}

/** A count with its noun in the right form: `counted(5, forms, 'ru')` → "5 материалов". */
export function counted(n: number, forms: NounForms, locale: Locale): string {
  return `${formatCount(n, locale)} ${forms[pluralForm(n, locale)]}`;
}

/** A signed change: +12 or −3, with the same separators. */
export function formatChange(n: number, locale: Locale): string {
  return n > 0 ? `+${formatCount(n, locale)}` : formatCount(n, locale);
}

/** Where each form stands in a message with forms separated by "||||", as the UI's messages write them. */
const FORM_INDEX: Record<Locale, Record<PluralForm, number>> = {
  ru: { one: 0, few: 1, many: 2 },
  en: { one: 0, few: 1, many: 1 },
  kk: { one: 0, few: 0, many: 0 },
};

/**
 * A message with its %{name} parameters filled in, as the UI's translate does: with a numeric `smart_count`, the
 * form of "one |||| few |||| many" (Russian), "one |||| other" (English) or the one form (Kazakh) that the count takes.
 */
export function phrase(message: string, params: Record<string, unknown>, locale: Locale): string {
  const n = params.smart_count;
  const forms = message.split(' |||| ');
  const chosen = typeof n === 'number' ? (forms[FORM_INDEX[locale][pluralForm(n, locale)]] ?? forms[0]) : message;
  return chosen.replace(/%\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Between a date's day, month and year: 05.12.2026 in Kazakh and Russian, 05/12/2026 in English (as en-GB). */
export const DATE_SEPARATOR: Record<Locale, string> = { kk: '.', ru: '.', en: '/' };

/** A calendar date (2026-12-05) as the language writes it, day first. */
export const calendarDate = (iso: string, locale: Locale): string => iso.slice(0, 10).split('-').reverse().join(DATE_SEPARATOR[locale]);
