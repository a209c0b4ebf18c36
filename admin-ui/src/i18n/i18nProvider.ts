import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { TranslationMessages } from 'react-admin';
import { CODE_LABELS } from '../../../contracts/code-labels';
import { isLocale, Locale } from '../../../contracts/codes';
import { enMessages } from './en';
import { kkMessages } from './kk';
import { ruMessages } from './ru';

const messages: Record<Locale, TranslationMessages> = { ru: ruMessages, kk: kkMessages, en: enMessages };

const MENU_ORDER: readonly Locale[] = ['ru', 'kk', 'en'];

export const i18nProvider = polyglotI18nProvider(
  (locale) => (isLocale(locale) ? messages[locale] : ruMessages),
  'ru',
  MENU_ORDER.map((locale) => ({ locale, name: CODE_LABELS[locale].locale[locale] })),
);
