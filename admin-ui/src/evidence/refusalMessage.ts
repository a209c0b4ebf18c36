import type { HttpError } from 'react-admin';
import { problemsOf, sayProblem } from '../providers/apiErrors';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** What a refusal without a known code means, by its status; 0 is a request that got no answer. */
const BY_STATUS: Record<number, string> = {
  0: 'app.evidence.network',
  403: 'app.errors.forbidden',
  404: 'app.errors.record.notFound',
  409: 'app.errors.request.conflict',
  413: 'app.errors.evidence.tooLarge',
  415: 'app.errors.evidence.unsupportedType',
};

/** A refused upload, download or delete in the user's language: its code's message, else its status's. */
export const refusalMessage = (translate: Translate, refused: Pick<HttpError, 'status' | 'body'>, locale: string): string => {
  const [problem] = problemsOf(refused.body);
  if (problem) return sayProblem(translate, problem, locale);
  const key = BY_STATUS[refused.status];
  return key ? translate(key) : translate('app.evidence.failed', { status: refused.status });
};
