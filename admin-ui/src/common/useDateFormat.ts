import { useLocale } from 'react-admin';
import { formatDate, formatDateTime } from '../i18n/dates';

/** Dates as the UI language writes them, for text that is not a field: a period, an "as of" date, a byline. */
export const useDateFormat = () => {
  const locale = useLocale();
  return { date: (value: string) => formatDate(value, locale), dateTime: (value: string) => formatDateTime(value, locale) };
};
