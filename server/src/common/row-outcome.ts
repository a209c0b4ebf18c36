import { HttpException } from '@nestjs/common';
import type { ErrorCode, RowOutcome } from '../../../contracts/errors';

/** A record's refusal in a bulk answer: its status, message, code and parameters as the single request would answer them. */
export function refusedRow(id: number, e: HttpException): RowOutcome {
  const body = e.getResponse();
  const { message, code, params } = (typeof body === 'string' ? { message: body } : body) as {
    message?: unknown;
    code?: ErrorCode;
    params?: Record<string, string | number>;
  };
  return {
    id,
    ok: false,
    statusCode: e.getStatus(),
    message: Array.isArray(message) ? message.join('; ') : String(message),
    ...(code ? { code, params: params ?? {} } : {}),
  };
}
