import { AppBar, Logout, UserMenu } from 'react-admin';
import { AccountMenuItem } from './AccountMenuItem';
import { SignOutEverywhereMenuItem } from './SignOutEverywhereMenuItem';

const AccountUserMenu = () => (
  <UserMenu>
    <AccountMenuItem />
    <SignOutEverywhereMenuItem />
    <Logout />
  </UserMenu>
);

export const AccountAppBar = () => <AppBar userMenu={<AccountUserMenu />} />;
