import NotificationsIcon from '@mui/icons-material/Notifications';
import { Badge } from '@mui/material';
import { useEffect } from 'react';
import { Menu, usePermissions } from 'react-admin';
import { useLocation } from 'react-router';
import { INBOX_PATH } from './inboxPath';
import { useInbox } from './useInbox';

/**
 * "Needs attention" with how many things wait, asked again on every page change. An analyst is asked to act on nothing:
 * no item, and no question asked while the role is not yet known.
 */
export const InboxMenuItem = () => {
  const { permissions, isPending } = usePermissions<string>();
  return isPending || permissions === 'analyst' ? null : <InboxItem />;
};

const InboxItem = () => {
  const { data, refetch } = useInbox();
  const { pathname } = useLocation();
  useEffect(() => {
    void refetch();
  }, [pathname, refetch]);
  const total = data?.total ?? 0;
  return (
    <Menu.Item
      to={INBOX_PATH}
      primaryText="app.inbox.menu"
      leftIcon={
        <Badge badgeContent={total} color="error" max={99} data-testid="inbox-count">
          <NotificationsIcon />
        </Badge>
      }
      data-testid="menu-inbox"
    />
  );
};
