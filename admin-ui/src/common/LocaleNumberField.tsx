import { NumberField, NumberFieldProps, useLocale } from 'react-admin';
import { INTL_LOCALES } from './numberFormat';

export const LocaleNumberField = (props: NumberFieldProps) => <NumberField locales={INTL_LOCALES[useLocale()]} {...props} />;
