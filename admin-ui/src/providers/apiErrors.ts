import { type ApiError, type ErrorDetail, isErrorCode } from '../../../contracts/errors';
import { formatDate } from '../i18n/dates';

type Translate = (key: string, options?: Record<string, unknown>) => string;

const isProblem = (value: unknown): value is ErrorDetail =>
  typeof value === 'object' && value !== null && isErrorCode((value as Partial<ErrorDetail>).code);

/** The problems of an error answer whose codes this UI knows, in the server's order: every one of `errors`, else the one. */
export const problemsOf = (body: unknown): ErrorDetail[] => {
  if (typeof body !== 'object' || body === null) return [];
  const { code, field, params, errors, message } = body as Partial<ApiError>;
  if (Array.isArray(errors)) return errors.filter(isProblem);
  if (!isErrorCode(code)) return [];
  return [{ code, field, params: params ?? {}, message: Array.isArray(message) ? (message[0] ?? '') : (message ?? '') }];
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A code's parameters as its message takes them: the minutes to wait are also the count that picks the plural, and a
 * date (a day such as `today`) is written as the UI language writes it when that language is given.
 */
export const messageArgs = (params: Record<string, unknown> = {}, locale?: string): Record<string, string | number> => {
  const args = Object.fromEntries(
    Object.entries(params)
      .filter((e): e is [string, string | number] => ['string', 'number'].includes(typeof e[1]))
      .map(([name, value]) => [name, locale && typeof value === 'string' && ISO_DATE.test(value) ? formatDate(value, locale) : value]),
  );
  return typeof args.minutes === 'number' ? { ...args, smart_count: args.minutes } : args;
};

/** A refusal in the user's language: its code's message with its parameters; without a code, the server's message. */
export const sayProblem = (
  translate: Translate,
  { code, params, message }: Partial<Pick<ErrorDetail, 'code' | 'params' | 'message'>>,
  locale?: string,
): string => (code ? translate(`app.errors.${code}`, { ...messageArgs(params, locale), _: message }) : (message ?? ''));

/** Bad input's problems by the field of the form they are about, each field's first problem. */
export const fieldProblems = (translate: Translate, problems: ErrorDetail[], locale?: string): Record<string, string> =>
  Object.fromEntries(
    problems
      .filter((p): p is ErrorDetail & { field: string } => p.field !== undefined)
      .reverse()
      .map((p) => [p.field, sayProblem(translate, p, locale)]),
  );
