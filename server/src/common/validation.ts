import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import type { ErrorCode, ErrorDetail } from '../../../contracts/errors';
import { YEARS } from './coded-error';
import { ownValue } from './own';

type Constraints = unknown[];

/** Each class-validator constraint's code and the parameters it is said with, from the decorator's arguments. */
const CONSTRAINTS: Record<string, { code: ErrorCode; params?: (c: Constraints) => ErrorDetail['params'] }> = {
  isNotEmpty: { code: 'validation.required' },
  whitelistValidation: { code: 'validation.unknownField' },
  isString: { code: 'validation.isString' },
  isInt: { code: 'validation.isInt' },
  isBoolean: { code: 'validation.isBoolean' },
  isArray: { code: 'validation.isArray' },
  isUrl: { code: 'validation.isUrl' },
  isCalendarDate: { code: 'validation.isCalendarDate', params: () => YEARS },
  matches: { code: 'validation.matches' },
  isIn: { code: 'validation.isIn', params: ([values]) => ({ values: (values as unknown[]).join(', ') }) },
  min: { code: 'validation.min', params: ([min]) => ({ min: Number(min) }) },
  max: { code: 'validation.max', params: ([max]) => ({ max: Number(max) }) },
  minLength: { code: 'validation.minLength', params: ([min]) => ({ min: Number(min) }) },
  maxLength: { code: 'validation.maxLength', params: ([max]) => ({ max: Number(max) }) },
  arrayMinSize: { code: 'validation.arrayMinSize', params: ([min]) => ({ min: Number(min) }) },
  arrayMaxSize: { code: 'validation.arrayMaxSize', params: ([max]) => ({ max: Number(max) }) },
};

/** The arguments of the decorator that raised a constraint, e.g. `[100]` of `@Max(100)`. */
function constraintsOf(e: ValidationError, name: string): Constraints {
  if (!e.target) return [];
  const meta = getMetadataStorage()
    .getTargetValidationMetadatas(e.target.constructor, '', true, false)
    .find((m) => m.propertyName === e.property && m.name === name);
  return meta?.constraints ?? [];
}

function details(errors: ValidationError[], prefix = ''): ErrorDetail[] {
  return errors.flatMap((e) => {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.entries(e.constraints ?? {}).map(([name, m]): ErrorDetail => {
      const known = ownValue(CONSTRAINTS, name);
      return {
        code: known?.code ?? 'validation.invalid',
        field: path,
        params: known?.params?.(constraintsOf(e, name)) ?? {},
        message: m.startsWith(e.property) ? `${prefix ? `${prefix}.` : ''}${m}` : `${path}: ${m}`,
      };
    });
    return [...own, ...details(e.children ?? [], path)];
  });
}

/** 400 with every problem's message as before, the first one's code, field and parameters, and all of them in `errors`. */
export function invalidInput(problems: ErrorDetail[]): BadRequestException {
  const [first] = problems;
  return new BadRequestException({
    message: problems.map((p) => p.message),
    ...(first ? { code: first.code, field: first.field, params: first.params } : {}),
    ...(problems.length > 1 ? { errors: problems } : {}),
  });
}

export function validationPipe(expectedType?: new () => object): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    expectedType,
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => invalidInput(details(errors)),
  });
}
