import {
  activityTimesProblem,
  isValidRegionCode,
  isCalendarDate,
  isOffsetDateTime,
  regionLevel,
} from '@ledger/domain';
import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';

const decorator =
  (
    name: string,
    validate: (value: unknown, args: ValidationArguments) => boolean,
    message: (args: ValidationArguments) => string,
  ) =>
  (options?: ValidationOptions): PropertyDecorator =>
  (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: { validate, defaultMessage: message },
    });

/** A real calendar date `YYYY-MM-DD` (2026-02-30 is refused). */
export const IsBusinessDate = decorator(
  'isBusinessDate',
  (value) => isCalendarDate(value),
  (args) => `${args.property} must be a real date YYYY-MM-DD`,
);

/** The region of a pilot is at the pilot's level: a city code for a city pilot, a county code for a county one. */
export const MatchesPilotLevel = decorator(
  'matchesPilotLevel',
  (value, args) => {
    const level = (args.object as { level?: unknown }).level;
    if (!isValidRegionCode(value) || (level !== 'city' && level !== 'county')) return true;
    return regionLevel(value) === level;
  },
  (args) => {
    const level = (args.object as { level?: unknown }).level;
    return `${args.property} must be a ${String(level)} code for a ${String(level)} pilot (a city ends in 00, e.g. 410100; a county does not, e.g. 410122)`;
  },
);

/**
 * startsAt and endsAt: ISO-8601 with offset, a real date, end after start, at most 31 days apart.
 * The rule lives in the domain (activityTimesProblem); this names the field it is about, and
 * checks each field's own format first so that every malformed field is named at once.
 */
const timesProblemFor = (args: ValidationArguments): string | null => {
  const value = (args.object as Record<string, unknown>)[args.property];
  if (!isOffsetDateTime(value)) {
    return 'must be an ISO-8601 date-time with offset on a real date, e.g. 2026-03-05T09:00:00+08:00';
  }
  const { startsAt, endsAt } = args.object as { startsAt: string; endsAt: string };
  const problem = activityTimesProblem(startsAt, endsAt);
  return problem?.field === args.property ? problem.message : null;
};

export const IsActivityTime = decorator(
  'isActivityTime',
  (_value, args) => timesProblemFor(args) === null,
  (args) => `${args.property} ${timesProblemFor(args) ?? 'is invalid'}`,
);
