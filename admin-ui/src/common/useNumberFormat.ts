import { useMemo } from 'react';
import { useLocale } from 'ra-core';
import { INTL_LOCALES, NumberFormat, numberFormat } from './numberFormat';

export const useNumberFormat = (): NumberFormat => {
  const locale = INTL_LOCALES[useLocale()] ?? INTL_LOCALES.ru;
  return useMemo(() => numberFormat(locale), [locale]);
};
