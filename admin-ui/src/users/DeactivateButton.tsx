import { MouseEvent } from 'react';
import BlockIcon from '@mui/icons-material/Block';
import { Button, useNotify, useRecordContext, useUpdate } from 'react-admin';
import type { UserAccount } from '../../../contracts/auth';

type UserRecord = Pick<UserAccount, 'id' | 'active' | 'version'>;

export const DeactivateButton = () => {
  const record = useRecordContext<UserRecord>();
  const notify = useNotify();
  const [update, { isPending }] = useUpdate();
  if (!record?.active) return null;
  const deactivate = (event: MouseEvent) => {
    // Inside a list row: do not also open the record.
    event.stopPropagation();
    update(
      'users',
      { id: record.id, data: { active: false, version: record.version }, previousData: record },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => notify('app.users.deactivated', { type: 'info' }),
        onError: (error: { message?: string }) => notify(error.message || 'ra.notification.http_error', { type: 'error' }),
      },
    );
  };
  return (
    <Button label="app.users.deactivate" onClick={deactivate} disabled={isPending} color="warning" data-testid="deactivate-user">
      <BlockIcon />
    </Button>
  );
};
