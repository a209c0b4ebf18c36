import { HttpError, useNotify } from 'react-admin';

const keyFor: Record<number, string> = {
  403: 'app.plans.errors.forbidden',
  409: 'app.plans.errors.conflict',
};

/** A refused step or edit, told in the user's language where we know the reason. */
export const useMutationErrorNotifier = () => {
  const notify = useNotify();
  return (error: unknown) => {
    const { status, message } = (error ?? {}) as Partial<Pick<HttpError, 'status' | 'message'>>;
    const key = status ? keyFor[status] : undefined;
    notify(key ?? message ?? 'ra.notification.http_error', { type: 'error', messageArgs: { _: message } });
  };
};
