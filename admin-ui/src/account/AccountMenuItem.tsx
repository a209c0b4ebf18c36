import AccountCircleIcon from '@mui/icons-material/AccountCircle';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import { forwardRef } from 'react';
import { Link, useTranslate, useUserMenu } from 'react-admin';

export const AccountMenuItem = forwardRef<HTMLLIElement>((props, ref) => {
  const translate = useTranslate();
  const userMenu = useUserMenu();
  return (
    <MenuItem ref={ref} {...props} component={Link} to="/account" onClick={() => userMenu?.onClose()} data-testid="account-menu-item">
      <ListItemIcon>
        <AccountCircleIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('app.account.title')}</ListItemText>
    </MenuItem>
  );
});
AccountMenuItem.displayName = 'AccountMenuItem';
