import { useLocale } from 'react-admin';

const intlLocales: Record<string, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };

export const useFormatTimestamp = () => {
  const locale = intlLocales[useLocale()];
  return (value: string) => new Date(value).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
};
