import { Typography } from '@mui/material';
import { FieldProps, sanitizeFieldRestProps, useFieldValue, useLocale } from 'react-admin';
import type { TypographyProps } from '@mui/material';
import { formatDate, formatDateTime } from '../i18n/dates';

export type LocaleDateFieldProps = FieldProps & Omit<TypographyProps, 'textAlign'> & { showTime?: boolean };

/** A date as the UI language writes it, the same in every field: 05.12.2026, and 05.12.2026 14:30 with its time. */
export const LocaleDateField = ({ showTime = false, ...props }: LocaleDateFieldProps) => {
  const locale = useLocale();
  const value: unknown = useFieldValue(props);
  if (typeof value !== 'string' || value === '') return null;
  return (
    <Typography component="span" variant="body2" {...sanitizeFieldRestProps(props)}>
      {showTime ? formatDateTime(value, locale) : formatDate(value, locale)}
    </Typography>
  );
};
