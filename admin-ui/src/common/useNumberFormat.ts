import { useLocale } from 'ra-core';
import { INTL_LOCALES, NumberFormat, numberFormat } from './numberFormat';

export const useNumberFormat = (): NumberFormat => numberFormat(INTL_LOCALES[useLocale()] ?? INTL_LOCALES.ru);
