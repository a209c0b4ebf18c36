import { applyDecorators, Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { ERROR_CODES, type ErrorCode, type ErrorDetail, type RowOutcome } from '../../../contracts/errors';

const CODES = Object.keys(ERROR_CODES);
const PARAMS_DESCRIPTION = "the code's parameters, e.g. `{ year: 2024, planYear: 2023 }` (contracts/errors.ts)";

/** One problem of an answer that has several (validation errors). */
export class ErrorDetailResponse implements ErrorDetail {
  @ApiProperty({ enum: CODES, example: 'validation.maxLength' }) code: ErrorCode;
  @ApiPropertyOptional({ example: 'title', description: 'the field, as the request named it' }) field?: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] },
    description: PARAMS_DESCRIPTION,
  })
  params: Record<string, string | number>;

  @ApiProperty({ example: 'title: title must be shorter than or equal to 1000 characters' }) message: string;
}

/** The one error shape every 4xx and 5xx answer has (http-exception.filter.ts); every 4xx has a code. */
export class ErrorResponse {
  @ApiProperty({ type: 'integer', example: 400 }) statusCode: number;

  @ApiProperty({ oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }], description: 'validation errors: each field' })
  message: string | string[];

  @ApiProperty({ example: 'Bad Request' }) error: string;

  @ApiPropertyOptional({ enum: CODES, example: 'outlet.otherRegion', description: 'a stable code for the UI to translate (every 4xx)' })
  code?: ErrorCode;

  @ApiPropertyOptional({ example: 'outletId', description: 'the field the (first) problem is about' }) field?: string;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: PARAMS_DESCRIPTION })
  params?: Record<string, unknown>;

  @ApiPropertyOptional({ type: [ErrorDetailResponse], description: 'every problem, when there are several' })
  errors?: ErrorDetailResponse[];

  @ApiPropertyOptional({ type: 'integer', description: 'seconds to wait (429), also sent as Retry-After' }) retryAfter?: number;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'the stored record, on a version conflict (409)' })
  current?: Record<string, unknown>;
}

const ERROR_DESCRIPTIONS = {
  400: 'bad input: the message names the field',
  401: 'not signed in, or the session was ended (code auth.sessionEnded)',
  403: 'not allowed for this role or region',
  404: 'not found (or in a region the caller may not see)',
  409: 'conflict: a stale version, a workflow step not allowed now, a locked quarter, a duplicate',
  413: 'body or upload too large',
  415: 'an upload of a type the route does not take',
  429: 'too many requests; Retry-After says for how long',
  503: 'the database is unavailable',
} as const;

export type ErrorStatus = keyof typeof ERROR_DESCRIPTIONS;

/** The error answers a route may give, each with the one error shape. */
export function ApiErrors(...statuses: ErrorStatus[]) {
  const responses = statuses.map((status) => ApiResponse({ status, description: ERROR_DESCRIPTIONS[status], type: ErrorResponse }));
  return applyDecorators(...responses);
}

/** What every signed-in route may answer besides its own errors. */
export const ApiSignedIn = () => ApiErrors(401, 503);

/**
 * A ra-data-simple-rest list: a JSON array of records, its page and total in Content-Range. With `embeds`, the answer
 * to a list asked with `embed=` is `{ data, embedded }`: the page, and the records of each embedded resource it refers to.
 */
export function ApiListResponse(record: Type<unknown>, embeds: Record<string, Type<unknown>> = {}) {
  const rows = { type: 'array', items: { $ref: getSchemaPath(record) } } as const;
  const embedding = {
    type: 'object',
    required: ['data', 'embedded'],
    properties: {
      data: rows,
      embedded: {
        type: 'object',
        properties: Object.fromEntries(
          Object.entries(embeds).map(([resource, type]) => [resource, { type: 'array', items: { $ref: getSchemaPath(type) } }]),
        ),
      },
    },
  };
  return applyDecorators(
    ApiExtraModels(record, ...Object.values(embeds)),
    ApiOkResponse({
      schema: Object.keys(embeds).length === 0 ? rows : { oneOf: [rows, embedding] },
      headers: {
        'Content-Range': {
          description: '`<resource> <first>-<last>/<total>`, or `<resource> */<total>` for an empty page',
          schema: { type: 'string', example: 'materials 0-24/319' },
        },
        'X-Total-Count-Estimated': {
          description: "`true` when the total is the planner's estimate (docs/api-extensions.md)",
          required: false,
          schema: { type: 'string', enum: ['true'] },
        },
      },
    }),
  );
}

/** A file sent as an attachment, in one of the media types. */
export function ApiFileResponse(...mediaTypes: string[]) {
  return ApiOkResponse({
    description: 'the file, as an attachment',
    content: Object.fromEntries(mediaTypes.map((t) => [t, { schema: { type: 'string', format: 'binary' } }])),
    headers: { 'Content-Disposition': { description: `attachment; filename="..."; filename*=UTF-8''...`, schema: { type: 'string' } } },
  });
}

/** One record's outcome in a bulk answer. */
export class RowOutcomeResponse implements RowOutcome {
  @ApiProperty({ type: 'integer' }) id: number;
  @ApiProperty() ok: boolean;
  @ApiProperty({ type: 'integer', description: 'what the change of this record alone would have answered' }) statusCode: number;
  @ApiPropertyOptional({ description: 'why the record was refused' }) message?: string;
  @ApiPropertyOptional({ enum: CODES, description: 'the code of the refusal (contracts/errors.ts)' }) code?: ErrorCode;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] },
    description: "the code's parameters",
  })
  params?: Record<string, string | number>;
}
