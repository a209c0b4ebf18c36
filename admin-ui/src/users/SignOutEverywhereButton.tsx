import DevicesOtherIcon from '@mui/icons-material/DevicesOther';
import { useState } from 'react';
import { Button, useDataProvider, useNotify, useRecordContext } from 'react-admin';
import type { OutreachDataProvider } from '../providers/dataProvider';
import type { UserAccount } from '../../../contracts/auth';

/** Ends every session of the account (a lost laptop, a departure): it must sign in again. */
export const SignOutEverywhereButton = () => {
  const record = useRecordContext<Pick<UserAccount, 'id'>>();
  const notify = useNotify();
  const dataProvider = useDataProvider<OutreachDataProvider>();
  const [pending, setPending] = useState(false);
  if (!record) return null;
  const click = async () => {
    setPending(true);
    try {
      await dataProvider.signOutUserEverywhere(record.id);
      notify('app.users.signed_out_everywhere', { type: 'info' });
    } catch (error) {
      notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
    } finally {
      setPending(false);
    }
  };
  return (
    <Button label="app.users.sign_out_everywhere" onClick={click} disabled={pending} data-testid="user-sign-out-everywhere">
      <DevicesOtherIcon />
    </Button>
  );
};
