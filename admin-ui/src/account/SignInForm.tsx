import { Alert, Button, CardContent, CircularProgress } from '@mui/material';
import { useState } from 'react';
import type { FieldValues } from 'react-hook-form';
import { Form, PasswordInput, required, TextInput, useLogin, useTranslate } from 'react-admin';

const messageOf = (error: unknown): string =>
  error instanceof Error && error.message ? error.message : typeof error === 'string' && error ? error : 'ra.auth.sign_in_error';

/** react-admin's sign-in form, with its refusal said in the card, where the person looks, instead of a passing toast. */
export const SignInForm = () => {
  const login = useLogin();
  const translate = useTranslate();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = (values: FieldValues) => {
    setPending(true);
    setError(null);
    login(values)
      .catch((reason: unknown) => setError(messageOf(reason)))
      .finally(() => setPending(false));
  };

  return (
    <Form onSubmit={submit} mode="onChange" noValidate>
      <CardContent sx={{ width: 300, maxWidth: '100%', boxSizing: 'border-box', pb: 2 }}>
        <TextInput autoFocus source="username" label={translate('ra.auth.username')} autoComplete="username" validate={required()} />
        <PasswordInput source="password" label={translate('ra.auth.password')} autoComplete="current-password" validate={required()} />
        {error && (
          <Alert severity="error" role="alert" data-testid="sign-in-error" sx={{ mt: 1 }}>
            {translate(error, { _: error })}
          </Alert>
        )}
        <Button variant="contained" type="submit" color="primary" disabled={pending} fullWidth sx={{ mt: 2 }}>
          {pending ? <CircularProgress size={19} thickness={3} sx={{ m: 0.3 }} /> : translate('ra.auth.sign_in')}
        </Button>
      </CardContent>
    </Form>
  );
};
