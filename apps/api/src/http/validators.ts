import { isValidRegionCode } from '@ledger/domain';
import { registerDecorator, type ValidationOptions } from 'class-validator';

/** A GB/T 2260 region code (six digits with a known province). */
export function IsRegionCode(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isRegionCode',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: '$property must be a GB/T 2260 region code such as 410100', ...options },
      validator: { validate: (value: unknown) => isValidRegionCode(value) },
    });
}
