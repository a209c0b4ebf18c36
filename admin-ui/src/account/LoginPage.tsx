import { Box } from '@mui/material';
import { LocalesMenuButton, Login, LoginForm } from 'react-admin';
import { DocumentLanguage } from '../common/DocumentLanguage';

export const LoginPage = () => (
  <Login>
    <DocumentLanguage />
    <LoginForm />
    <Box sx={{ display: 'flex', justifyContent: 'center', pb: 1 }} data-testid="login-locale">
      <LocalesMenuButton />
    </Box>
  </Login>
);
