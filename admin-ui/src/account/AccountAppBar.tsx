import { Theme, useMediaQuery } from '@mui/material';
import { memo } from 'react';
import { AppBar, LoadingIndicator, Logout, useGetIdentity, UserMenu, useTranslate } from 'react-admin';
import { AccountMenuItem } from './AccountMenuItem';
import { LanguageMenuButton } from './LanguageMenuButton';
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

/** The language menu and react-admin's spinner, named for screen readers (it passes extra props on to it). */
const AccountToolbar = () => {
  const translate = useTranslate();
  const spinnerName = { 'aria-label': translate('ra.page.loading') };
  return (
    <>
      <LanguageMenuButton />
      <LoadingIndicator {...spinnerName} />
    </>
  );
};

/** Memoised: the layout renders again on every change of the URL (a list's page turn, a filter), the app bar need not. */
export const AccountAppBar = memo(() => <AppBar userMenu={<AccountUserMenu />} toolbar={<AccountToolbar />} />);
