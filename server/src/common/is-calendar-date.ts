import { ValidateBy, ValidationOptions } from 'class-validator';
import { isCalendarDate } from './list-query';

/** A YYYY-MM-DD date that exists in the calendar (2020-02-30 does not). */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value: unknown) => isCalendarDate(value),
        defaultMessage: (args) => `${args?.property} must be a real date written YYYY-MM-DD`,
      },
    },
    options,
  );
}
