import { DateField, DateFieldProps, useLocale } from 'react-admin';

const intlLocales: Record<string, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };

export const LocaleDateField = (props: DateFieldProps) => <DateField locales={intlLocales[useLocale()]} {...props} />;
