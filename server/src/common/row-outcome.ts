import { HttpException, Logger } from '@nestjs/common';
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

const faults = new Logger('Bulk');

/** A record whose step failed on the server's side (a database fault): logged, and told as that row's result so the others stand. */
export function faultedRow(id: number, resource: string, e: unknown): RowOutcome {
  faults.error(`${resource} ${id}: ${e instanceof Error ? e.stack : String(e)}`);
  return {
    id,
    ok: false,
    statusCode: 503,
    message: 'The server could not take this step; try again shortly',
    code: 'server.unavailable',
    params: {},
  };
}
