import { DateField, DateFieldProps, useLocale } from 'react-admin';
import { INTL_LOCALES } from './numberFormat';

export const LocaleDateField = (props: DateFieldProps) => <DateField locales={INTL_LOCALES[useLocale()]} {...props} />;
