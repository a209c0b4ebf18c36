import { useNotify } from 'react-admin';

interface MutationError {
  status?: number;
  message?: string;
}

export const useConflictAwareOnError = () => {
  const notify = useNotify();
  return (error: MutationError) =>
    error.status === 409
      ? notify('app.errors.conflict', { type: 'error' })
      : notify(error.message || 'ra.notification.http_error', { type: 'error' });
};
