import { Button, Stack } from '@mui/material';
import { useState } from 'react';
import { Form, minLength, PasswordInput, required, useDataProvider, useNotify, useTranslate } from 'react-admin';
import { useMutationErrorNotifier } from '../common/useMutationErrorNotifier';
import { replaceAccessToken } from '../providers/session';
import type { OutreachDataProvider } from '../providers/dataProvider';
import { PasswordValues, validatePasswords } from './passwordRules';

export const PasswordForm = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<OutreachDataProvider>();
  const notifyError = useMutationErrorNotifier({});
  // A new key empties the form after a successful change.
  const [generation, setGeneration] = useState(0);

  const submit = async (values: PasswordValues) => {
    try {
      replaceAccessToken((await dataProvider.changePassword(values.oldPassword ?? '', values.newPassword ?? '')).accessToken);
      notify('app.account.password_changed', { type: 'success' });
      setGeneration((value) => value + 1);
    } catch (error) {
      return notifyError(error);
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
