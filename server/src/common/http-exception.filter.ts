import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { QueryFailedError } from 'typeorm';
import type { ErrorCode } from '../../../contracts/errors';

interface ErrorBody {
  statusCode: number;
  message: string | string[];
  error: string;
  [extra: string]: unknown;
}

const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08003',
  '08006',
]);

/**
 * A transaction the database gave up on for others' sake, which the same request would pass a moment later: a
 * serialization failure, a deadlock, a lock it could not wait for, a statement cancelled (statement_timeout).
 */
const TRANSIENT_CODES = new Set(['40001', '40P01', '55P03', '57014']);

const CONNECTION_MESSAGE =
  /Connection terminated|timeout exceeded when trying to connect|connection error|database system is (shutting down|starting up|in recovery)|Connection refused/i;

/** Another service the server calls (the S3 evidence store) out of reach, or answering with its own 5xx (an SDK's `$metadata`). */
const NETWORK_MESSAGE = /\b(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|EAI_AGAIN)\b|socket hang up/;
const upstreamFailed = (e: unknown): boolean =>
  NETWORK_MESSAGE.test((e as Error)?.message ?? '') ||
  ((e as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode ?? 0) >= 500;

function errorName(status: number): string {
  return (
    HttpStatus[status]
      ?.split('_')
      .map((w) => w[0] + w.slice(1).toLowerCase())
      .join(' ') ?? 'Error'
  );
}

/** Database errors that bad input can cause, told as 4xx naming the field; everything else unknown is a logged 500. */
function fromDatabase(e: QueryFailedError & { code?: string; detail?: string; column?: string }): ErrorBody | null {
  const detailColumn = /Key \(([a-z_]+)\)/.exec(e.detail ?? '')?.[1];
  switch (e.code) {
    case '23503':
      if (/is still referenced/.test(e.detail ?? '')) {
        return {
          statusCode: 409,
          error: 'Conflict',
          message: 'The record is still referenced by other records and cannot be deleted',
          code: 'record.referenced',
          params: {},
        };
      }
      return {
        statusCode: 400,
        error: 'Bad Request',
        message: [`${camel(detailColumn ?? 'reference')}: no such record`],
        code: 'reference.notFound',
        field: camel(detailColumn ?? 'reference'),
        params: {},
      };
    case '23505':
      return {
        statusCode: 409,
        error: 'Conflict',
        message: `A record with the same ${detailColumn ? camel(detailColumn) : 'key'} already exists`,
        code: 'record.duplicate',
        ...(detailColumn ? { field: camel(detailColumn) } : {}),
        params: {},
      };
    case '23514':
    case '23502':
    case '22P02':
    case '22003':
    case '22007':
    case '22008':
      return {
        statusCode: 400,
        error: 'Bad Request',
        message: [`${e.column ? camel(e.column) : 'input'}: value not accepted (${e.message})`],
        code: 'validation.notAccepted',
        ...(e.column ? { field: camel(e.column) } : {}),
        params: {},
      };
    default:
      return null;
  }
}

/** The code of a 4xx that names none of its own: what its status says. */
const CODE_OF_STATUS: Partial<Record<number, ErrorCode>> = {
  401: 'auth.required',
  403: 'access.role',
  404: 'request.notFound',
  409: 'request.conflict',
  413: 'request.tooLarge',
  415: 'request.unsupported',
  429: 'request.tooMany',
};

/** Every 4xx carries a code; one that names none gets its status's, and the field its message starts with (`field: ...`). */
function withCode(body: ErrorBody): ErrorBody {
  if (body.statusCode < 400 || body.statusCode >= 500 || typeof body.code === 'string') return body;
  const [first] = Array.isArray(body.message) ? body.message : [body.message];
  const field = /^([A-Za-z][\w.]*): /.exec(first ?? '')?.[1];
  return { ...body, code: CODE_OF_STATUS[body.statusCode] ?? 'request.invalid', ...(field ? { field } : {}), params: body.params ?? {} };
}

/** A 5xx names its code too, so that the UI says it in the user's language. */
const UNAVAILABLE = (message: string): ErrorBody => ({
  statusCode: 503,
  message,
  error: 'Service Unavailable',
  code: 'server.unavailable',
  params: {},
});

@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const body = withCode(this.toBody(exception));
    if (typeof body.retryAfter === 'number') reply.header('Retry-After', String(body.retryAfter));
    reply.status(body.statusCode).send(body);
  }

  private toBody(exception: unknown): ErrorBody {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const res = exception.getResponse();
      if (typeof res === 'string') return { statusCode: status, message: res, error: errorName(status) };
      const r = res as Partial<ErrorBody>;
      return { ...r, statusCode: status, message: r.message ?? exception.message, error: r.error ?? errorName(status) };
    }
    const code = (exception as { code?: string })?.code;
    if (exception instanceof QueryFailedError) {
      const known = fromDatabase(exception);
      if (known) return known;
    }
    if ((code && CONNECTION_CODES.has(code)) || CONNECTION_MESSAGE.test((exception as Error)?.message ?? '')) {
      return UNAVAILABLE('The database is unavailable; try again shortly');
    }
    if (code && TRANSIENT_CODES.has(code)) {
      this.logger.warn(`${code}: ${(exception as Error).message}`);
      return UNAVAILABLE('The database could not finish this request now; try again shortly');
    }
    if (upstreamFailed(exception)) {
      this.logger.warn(String(exception));
      return UNAVAILABLE('A service the server depends on did not answer; try again shortly');
    }
    const status = (exception as { statusCode?: number })?.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return { statusCode: status, message: (exception as Error).message, error: errorName(status) };
    }
    this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    return { statusCode: 500, message: 'Internal server error', error: 'Internal Server Error', code: 'server.error', params: {} };
  }
}
