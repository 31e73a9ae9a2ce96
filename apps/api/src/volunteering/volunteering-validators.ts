import {
  type IdType,
  ID_TYPES,
  idNumberProblem,
  isCalendarDate,
  isOffsetDateTime,
  nameProblem,
  phoneProblem,
} from '@ledger/domain';
import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';

/**
 * HTTP validation of volunteering input, calling the domain's own checks so a bad value is a 400
 * naming its field before any handler runs (the deciders check the same again).
 */
function rule(
  name: string,
  validate: (value: unknown, args: ValidationArguments) => boolean,
  message: string | ((args: ValidationArguments) => string),
  options?: ValidationOptions,
): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message, ...options },
      validator: { validate },
    });
}

/** An ISO-8601 date-time that states its offset (`2026-03-05T09:00:00+08:00`), on a real date. */
export const IsOffsetDateTime = (options?: ValidationOptions) =>
  rule(
    'isOffsetDateTime',
    (value) => isOffsetDateTime(value),
    '$property must be an ISO-8601 date-time with offset, such as 2026-03-05T09:00:00+08:00',
    options,
  );

/** A real calendar date `YYYY-MM-DD`. */
export const IsDateOnly = (options?: ValidationOptions) =>
  rule(
    'isCalendarDate',
    (value) => isCalendarDate(value),
    '$property must be a real date YYYY-MM-DD',
    options,
  );

/** Text with at least one visible character. */
export const IsNotBlank = (options?: ValidationOptions) =>
  rule(
    'isNotBlank',
    (value) => typeof value === 'string' && value.trim().length > 0,
    '$property must not be blank',
    options,
  );

export const IsPersonName = (options?: ValidationOptions) =>
  rule(
    'isPersonName',
    (value) => typeof value === 'string' && nameProblem(value) === null,
    (args) => (typeof args.value === 'string' ? nameProblem(args.value) : null) ?? 'name must be a string',
    options,
  );

export const IsPhone = (options?: ValidationOptions) =>
  rule(
    'isPhone',
    (value) => typeof value === 'string' && value.length <= 32 && phoneProblem(value) === null,
    (args) =>
      typeof args.value === 'string' && args.value.length <= 32
        ? (phoneProblem(args.value) ?? 'invalid phone')
        : 'phone must be a string of at most 32 characters',
    options,
  );

/** An ID number valid for the idType beside it (resident IDs with their check digit). */
export const IsIdNumberForType = (options?: ValidationOptions) => {
  const problem = (args: ValidationArguments): string | null => {
    const idType = (args.object as { idType?: unknown }).idType;
    if (typeof args.value !== 'string' || args.value.length > 32)
      return 'idNumber must be a string of at most 32 characters';
    // A bad idType has its own error; the number cannot be judged without it.
    if (!ID_TYPES.includes(idType as IdType)) return null;
    return idNumberProblem(idType as IdType, args.value);
  };
  return rule(
    'isIdNumberForType',
    (_value, args) => problem(args) === null,
    (args) => problem(args) ?? '',
    options,
  );
};
