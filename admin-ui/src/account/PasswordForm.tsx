import { Button, Stack } from '@mui/material';
import { useState } from 'react';
import { Form, HttpError, minLength, PasswordInput, required, useDataProvider, useNotify, useTranslate } from 'react-admin';
import { replaceAccessToken } from '../providers/session';
import type { OutreachDataProvider } from '../providers/dataProvider';
import type { ApiError } from '../../../contracts/errors';
import { PasswordValues, validatePasswords } from './passwordRules';

/** The error answer, with the messages by field that httpClient adds for react-admin's form. */
interface ErrorBody extends Partial<ApiError> {
  errors?: Partial<Record<keyof PasswordValues, string>>;
}

export const PasswordForm = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<OutreachDataProvider>();
  // A new key empties the form after a successful change.
  const [generation, setGeneration] = useState(0);

  const submit = async (values: PasswordValues) => {
    try {
      replaceAccessToken((await dataProvider.changePassword(values.oldPassword ?? '', values.newPassword ?? '')).accessToken);
      notify('app.account.password_changed', { type: 'success' });
      setGeneration((value) => value + 1);
    } catch (error) {
      const body = error instanceof HttpError ? (error.body as ErrorBody | undefined) : undefined;
      if (error instanceof HttpError && error.status === 429) {
        notify(
          translate('app.auth.too_many_attempts', { smart_count: typeof body?.params?.minutes === 'number' ? body.params.minutes : 1 }),
          { type: 'error' },
        );
        return undefined;
      }
      notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
      return body?.errors;
    }
  };

  return (
    <Form key={generation} onSubmit={submit} validate={validatePasswords}>
      <Stack spacing={1} sx={{ maxWidth: 360 }}>
        <PasswordInput source="oldPassword" label="app.account.old_password" validate={required()} autoComplete="current-password" />
        <PasswordInput
          source="newPassword"
          label="app.account.new_password"
          validate={[required(), minLength(8)]}
          autoComplete="new-password"
        />
        <PasswordInput source="repeatPassword" label="app.account.repeat_password" validate={required()} autoComplete="new-password" />
        <Button type="submit" variant="contained" data-testid="account-password-save">
          {translate('app.account.change_password')}
        </Button>
      </Stack>
    </Form>
  );
};
