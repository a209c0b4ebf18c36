import { Alert, Button } from '@mui/material';
import { HttpError, useNotify, useRefresh, useTranslate } from 'react-admin';
import { problemsOf } from '../providers/apiErrors';

/** Someone saved first: say so and offer to load what is stored now, so the user can redo the edit on it. */
const ConflictNotice = () => {
  const translate = useTranslate();
  const refresh = useRefresh();
  return (
    <Alert
      severity="error"
      data-testid="conflict-notice"
      action={
        <Button color="inherit" size="small" onClick={refresh} data-testid="conflict-reload">
          {translate('app.errors.reload')}
        </Button>
      }
    >
      {translate('app.errors.conflict')}
    </Alert>
  );
};

/** A stale version offers the reload; any other refusal is said as httpClient put it, in the user's language. */
export const useConflictAwareOnError = () => {
  const notify = useNotify();
  return (error: Partial<Pick<HttpError, 'status' | 'message' | 'body'>>) =>
    error.status === 409 && [undefined, 'version.conflict'].includes(problemsOf(error.body)[0]?.code)
      ? notify(<ConflictNotice />, { type: 'error', autoHideDuration: null })
      : notify(error.message || 'ra.notification.http_error', { type: 'error' });
};
