import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { isCalendarDate } from '@ledger/domain';
import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { IsBusinessDate } from './organisation-validators';

export const SEARCH_MAX_LENGTH = 64;

/** Surrounding blanks never matter in a search box; an empty `q=` is no filter at all. */
const trimmedOrAbsent = Transform(({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() || undefined : value,
);

/** `q`: text to look for (case-insensitive for Latin letters), at most 64 characters. */
export const SearchText = (description: string) =>
  applyDecorators(
    ApiPropertyOptional({ description, maxLength: SEARCH_MAX_LENGTH }),
    trimmedOrAbsent,
    IsOptional(),
    IsString(),
    MaxLength(SEARCH_MAX_LENGTH),
  );

/** An optional id filter in the id's own format: a malformed one is bad input, not "no rows". */
export const IdFilter = (pattern: RegExp, what: string, example: string) =>
  applyDecorators(
    ApiPropertyOptional({ description: `only those of this ${what}`, example }),
    IsOptional(),
    IsString(),
    Matches(pattern, { message: `$property must be a ${what} id such as ${example}` }),
  );

/** An optional business date `YYYY-MM-DD` bounding a list (both ends included). */
export const DateFilter = (description: string) =>
  applyDecorators(ApiPropertyOptional({ format: 'date', description }), IsOptional(), IsBusinessDate());

/**
 * `to` may not come before `from`. Each is checked for its own format first; values of one format
 * (`YYYY-MM-DD`, `YYYY-MM`) compare as strings.
 */
export function NotBefore(
  other: string,
  isValue: (value: unknown) => value is string = isCalendarDate,
  options?: ValidationOptions,
): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'notBefore',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: `$property must not be before ${other}`, ...options },
      validator: {
        validate: (value: unknown, args: ValidationArguments) => {
          const start = (args.object as Record<string, unknown>)[other];
          if (!isValue(value) || !isValue(start)) return true;
          return start <= value;
        },
      },
    });
}
