import { Theme } from '@mui/material';
import { AppBar, LoadingIndicator, LocalesMenuButton, Logout, UserMenu } from 'react-admin';
import { AccountMenuItem } from './AccountMenuItem';
import { SignOutEverywhereMenuItem } from './SignOutEverywhereMenuItem';

const AccountUserMenu = () => (
  <UserMenu>
    <AccountMenuItem />
    <SignOutEverywhereMenuItem />
    <Logout />
  </UserMenu>
);

const toolbar = (
  <>
    <LocalesMenuButton />
    <LoadingIndicator />
  </>
);

// On a phone the language button keeps its icons only, so that the title has room and the user menu stays on screen;
// the language's name is still its accessible name.
const phoneSx = (theme: Theme) => ({
  [theme.breakpoints.down('sm')]: {
    '& button[aria-controls="simple-menu"]': { fontSize: 0, minWidth: 0, px: 1 },
    '& button[aria-controls="simple-menu"] .MuiButton-startIcon': { mr: 0 },
  },
});

export const AccountAppBar = () => <AppBar userMenu={<AccountUserMenu />} toolbar={toolbar} sx={phoneSx} />;
