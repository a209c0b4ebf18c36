import { Box } from '@mui/material';
import { LocalesMenuButton, Login, LoginForm } from 'react-admin';

export const LoginPage = () => (
  <Login>
    <LoginForm />
    <Box sx={{ display: 'flex', justifyContent: 'center', pb: 1 }} data-testid="login-locale">
      <LocalesMenuButton />
    </Box>
  </Login>
);
