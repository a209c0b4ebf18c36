import { useLocale } from 'react-admin';
import { INTL_LOCALES } from '../common/numberFormat';

export const useFormatTimestamp = () => {
  const locale = INTL_LOCALES[useLocale()];
  return (value: string) => new Date(value).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
};
