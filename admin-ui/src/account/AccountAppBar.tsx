import { AppBar, LoadingIndicator, Logout, UserMenu } from 'react-admin';
import { LanguageMenuButton } from './LanguageMenuButton';
import { AccountMenuItem } from './AccountMenuItem';
import { SignOutEverywhereMenuItem } from './SignOutEverywhereMenuItem';

const AccountUserMenu = () => (
  <UserMenu>
    <AccountMenuItem />
    <SignOutEverywhereMenuItem />
    <Logout />
  </UserMenu>
);

const AccountToolbar = () => (
  <>
    <LanguageMenuButton />
    <LoadingIndicator />
  </>
);

export const AccountAppBar = () => <AppBar userMenu={<AccountUserMenu />} toolbar={<AccountToolbar />} />;
