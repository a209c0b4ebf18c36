import { Theme, useMediaQuery } from '@mui/material';
import { AppBar, LoadingIndicator, LocalesMenuButton, Logout, useGetIdentity, UserMenu, useTranslate } from 'react-admin';
import { AccountMenuItem } from './AccountMenuItem';
import { SignOutEverywhereMenuItem } from './SignOutEverywhereMenuItem';

/**
 * From the sm breakpoint on, react-admin shows the person's name on the menu button: its accessible name must then
 * contain that name (WCAG 2.5.3), not the generic "profile" it keeps for the icon-only button on phones.
 */
const AccountUserMenu = () => {
  const { identity } = useGetIdentity();
  const showsName = useMediaQuery((theme: Theme) => theme.breakpoints.up('sm'));
  return (
    <UserMenu label={showsName && identity?.fullName ? identity.fullName : 'ra.auth.user_menu'}>
      <AccountMenuItem />
      <SignOutEverywhereMenuItem />
      <Logout />
    </UserMenu>
  );
};

/** react-admin's own toolbar, with a name for the spinner it shows while loading (it passes extra props on to it). */
const AppBarToolbar = () => {
  const translate = useTranslate();
  const spinnerName = { 'aria-label': translate('ra.page.loading') };
  return (
    <>
      <LocalesMenuButton />
      <LoadingIndicator {...spinnerName} />
    </>
  );
};

// On a phone the language button keeps its icons only, so that the title has room and the user menu stays on screen;
// the language's name is still its accessible name.
const phoneSx = (theme: Theme) => ({
  [theme.breakpoints.down('sm')]: {
    '& button[aria-controls="simple-menu"]': { fontSize: 0, minWidth: 0, px: 1 },
    '& button[aria-controls="simple-menu"] .MuiButton-startIcon': { mr: 0 },
  },
});

export const AccountAppBar = () => <AppBar userMenu={<AccountUserMenu />} toolbar={<AppBarToolbar />} sx={phoneSx} />;
