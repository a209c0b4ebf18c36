import { ValidateBy, ValidationOptions } from 'class-validator';
import { DATE_RULE, isCalendarDate } from './list-query';

/** A YYYY-MM-DD date that exists in the calendar (2020-02-30 does not), in the years the app keeps. */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value: unknown) => isCalendarDate(value),
        defaultMessage: (args) => `${args?.property} must be ${DATE_RULE}`,
      },
    },
    options,
  );
}
