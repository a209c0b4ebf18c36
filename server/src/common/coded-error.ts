import { BadRequestException, HttpException, NotFoundException } from '@nestjs/common';
import { FIRST_YEAR, LAST_YEAR } from '../../../contracts/codes';
import type { ErrorCode, ErrorParams } from '../../../contracts/errors';

type ExceptionClass = new (body: object) => HttpException;

/** A refusal with its stable code, the field it is about and the code's parameters; its message as the API always gave it. */
export function refusal<C extends ErrorCode>(
  Exception: ExceptionClass,
  code: C,
  message: string | string[],
  params: ErrorParams<C>,
  field?: string,
): HttpException {
  return new Exception({ message, code, ...(field === undefined ? {} : { field }), params });
}

/** A 400 about one field, its message `field: problem` as the validation errors are. */
export const badField = <C extends ErrorCode>(field: string, code: C, problem: string, params: ErrorParams<C>): HttpException =>
  refusal(BadRequestException, code, [`${field}: ${problem}`], params, field);

/** 404: no such record, or one in a region the caller may not see. */
export const notFound = (resource: string, id: number): HttpException =>
  refusal(NotFoundException, 'record.notFound', `${resource} ${id} not found`, { resource, id });

/** The parameters of a date or timestamp outside the years the app keeps. */
export const YEARS = { firstYear: FIRST_YEAR, lastYear: LAST_YEAR };
