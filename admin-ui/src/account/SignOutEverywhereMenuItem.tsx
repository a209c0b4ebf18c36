import DevicesOtherIcon from '@mui/icons-material/DevicesOther';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import { forwardRef } from 'react';
import { useDataProvider, useLogout, useNotify, useTranslate, useUserMenu } from 'react-admin';
import { noteSignOutReason } from '../providers/session';
import type { OutreachDataProvider } from '../providers/dataProvider';

/** Ends every session of one's own account, this one included (a lost laptop, a shared computer). */
export const SignOutEverywhereMenuItem = forwardRef<HTMLLIElement>((props, ref) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<OutreachDataProvider>();
  const logout = useLogout();
  const userMenu = useUserMenu();
  const click = async () => {
    userMenu?.onClose();
    try {
      await dataProvider.signOutEverywhere();
    } catch (error) {
      notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
      return;
    }
    noteSignOutReason('signed_out_everywhere');
    await logout();
  };
  return (
    <MenuItem ref={ref} {...props} onClick={click} data-testid="sign-out-everywhere">
      <ListItemIcon>
        <DevicesOtherIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('app.account.sign_out_everywhere')}</ListItemText>
    </MenuItem>
  );
});
SignOutEverywhereMenuItem.displayName = 'SignOutEverywhereMenuItem';
