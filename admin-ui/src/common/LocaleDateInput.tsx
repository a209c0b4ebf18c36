import { TextInput, TextInputProps, useLocale, useTranslate, Validator } from 'react-admin';
import { formatDate, parseDate } from '../i18n/dates';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Text that is no date yet stays in the form as typed, so that this rule can name it and a filter is not applied. */
const aDate: Validator = (value: unknown) =>
  typeof value === 'string' && value !== '' && !ISO_DATE.test(value) ? 'app.date.invalid' : undefined;

const asFormValue = (text: string): string | null => (text.trim() === '' ? null : (parseDate(text) ?? text));

const asText = (value: unknown, locale: string): string =>
  typeof value === 'string' ? (ISO_DATE.test(value) ? formatDate(value, locale) : value) : '';

const rulesWith = (validate: TextInputProps['validate']): Validator[] => [aDate, ...(validate ? [validate].flat() : [])];

/**
 * A date written and typed as the UI language writes it (05.12.2026), in place of the browser's own date input that
 * speaks the browser's language and opens its own popup; the form and the API keep the ISO date (2026-12-05).
 */
export const LocaleDateInput = ({ validate, ...props }: Omit<TextInputProps, 'format' | 'parse'>) => {
  const locale = useLocale();
  const translate = useTranslate();
  return (
    <TextInput
      {...props}
      validate={rulesWith(validate)}
      format={(value: unknown) => asText(value, locale)}
      parse={asFormValue}
      placeholder={translate('app.date.placeholder')}
      slotProps={{ inputLabel: { shrink: true }, htmlInput: { autoComplete: 'off', inputMode: 'text' } }}
    />
  );
};
