import { HttpError, useNotify } from 'react-admin';
import { problemsOf } from '../providers/apiErrors';

const PLAN_KEYS: Record<number, string> = {
  403: 'app.plans.errors.forbidden',
  409: 'app.plans.errors.conflict',
};

/**
 * A refused step or edit in the user's language: its code's message (httpClient said it), else by the status. Returns
 * bad input's messages by field, for a form's onSubmit to show on its fields.
 */
export const useMutationErrorNotifier = (keyFor: Record<number, string> = PLAN_KEYS, otherwise?: string) => {
  const notify = useNotify();
  return (error: unknown): Record<string, string> | undefined => {
    const { status, message, body } = (error ?? {}) as Partial<Pick<HttpError, 'status' | 'message' | 'body'>>;
    const coded = problemsOf(body).length > 0;
    const key = coded ? undefined : ((status && keyFor[status]) ?? otherwise);
    notify(key ?? message ?? 'ra.notification.http_error', { type: 'error', messageArgs: { _: message } });
    return coded ? (body as { errors?: Record<string, string> }).errors : undefined;
  };
};
