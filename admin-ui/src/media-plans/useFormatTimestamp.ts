import { useLocale } from 'react-admin';
import { INTL_LOCALES, MONTH_NAMES } from '../common/numberFormat';

export const useFormatTimestamp = () => {
  const ui = useLocale();
  const dateStyle = MONTH_NAMES[ui] ? 'medium' : 'short';
  return (value: string) => new Date(value).toLocaleString(INTL_LOCALES[ui], { dateStyle, timeStyle: 'short' });
};
