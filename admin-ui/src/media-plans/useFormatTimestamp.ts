import { useMemo } from 'react';
import { useLocale } from 'react-admin';
import { INTL_LOCALES } from '../common/numberFormat';

const DATE_AND_TIME: Intl.DateTimeFormatOptions = { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' };

/** A moment as the UI language writes it, date in digits and time: 05.12.2026, 14:30 in Kazakh and Russian. */
export const useFormatTimestamp = () => {
  const ui = useLocale();
  const format = useMemo(() => new Intl.DateTimeFormat(INTL_LOCALES[ui] ?? INTL_LOCALES.ru, DATE_AND_TIME), [ui]);
  return (value: string) => format.format(new Date(value));
};
