import { AppBar, Logout, UserMenu } from 'react-admin';
import { AccountMenuItem } from './AccountMenuItem';

const AccountUserMenu = () => (
  <UserMenu>
    <AccountMenuItem />
    <Logout />
  </UserMenu>
);

export const AccountAppBar = () => <AppBar userMenu={<AccountUserMenu />} />;
