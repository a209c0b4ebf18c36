import { Alert, Box } from '@mui/material';
import { useEffect, useState } from 'react';
import { Login, useTranslate } from 'react-admin';
import { LanguageMenuButton } from './LanguageMenuButton';
import { DocumentLanguage } from '../common/DocumentLanguage';
import { clearSignOutReason, readSignOutReason } from '../providers/session';
import { SignInForm } from './SignInForm';

/** Says why the user is here when a session was ended for them (elsewhere, or by "sign out everywhere"). */
const SignOutReasonNotice = () => {
  const translate = useTranslate();
  const [reason] = useState(readSignOutReason);
  useEffect(clearSignOutReason, []);
  if (!reason) return null;
  return (
    <Alert severity="info" sx={{ maxWidth: 300, boxSizing: 'border-box', mx: '1em', mt: 1 }} data-testid="sign-out-reason">
      {translate(`app.auth.${reason}`)}
    </Alert>
  );
};

export const LoginPage = () => (
  <Login>
    <DocumentLanguage />
    <SignOutReasonNotice />
    <SignInForm />
    <Box sx={{ display: 'flex', justifyContent: 'center', pb: 1 }} data-testid="login-locale">
      <LanguageMenuButton />
    </Box>
  </Login>
);
