import { applyDecorators } from '@nestjs/common';
import { IsInt, Max, Min, ValidationOptions } from 'class-validator';
import { MAX_INT } from './pg-limits';

/**
 * A record's id (or version): a whole number from 1 to PostgreSQL's integer maximum, checked before it reaches SQL. Applied
 * in the order of `@IsInt() @Min(1) @Max(...)` written one above the other, so that the messages keep their order.
 */
export const IsId = (options?: ValidationOptions): PropertyDecorator =>
  applyDecorators(Max(MAX_INT, options), Min(1, options), IsInt(options));
