import polyglotI18nProvider from 'ra-i18n-polyglot';
import { enMessages } from './en';
import { kkMessages } from './kk';
import { ruMessages } from './ru';

const messages = { ru: ruMessages, kk: kkMessages, en: enMessages };

export type Locale = keyof typeof messages;

export const isSupportedLocale = (locale: string): locale is Locale => locale in messages;

export const i18nProvider = polyglotI18nProvider((locale) => (isSupportedLocale(locale) ? messages[locale] : ruMessages), 'ru', [
  { locale: 'ru', name: 'Русский' },
  { locale: 'kk', name: 'Қазақша' },
  { locale: 'en', name: 'English' },
]);
