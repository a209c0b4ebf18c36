import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { TranslationMessages } from 'react-admin';
import { CODE_LABELS } from '../../../contracts/code-labels';
import { Locale, LOCALES } from '../../../contracts/codes';
import { enMessages } from './en';
import { kkMessages } from './kk';
import { ruMessages } from './ru';

const messages: Record<Locale, TranslationMessages> = { ru: ruMessages, kk: kkMessages, en: enMessages };

export const isSupportedLocale = (locale: string): locale is Locale => LOCALES.some((known) => known === locale);

const MENU_ORDER: readonly Locale[] = ['ru', 'kk', 'en'];

export const i18nProvider = polyglotI18nProvider(
  (locale) => (isSupportedLocale(locale) ? messages[locale] : ruMessages),
  'ru',
  MENU_ORDER.map((locale) => ({ locale, name: CODE_LABELS[locale].locale[locale] })),
);
