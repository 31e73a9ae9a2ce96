import { isKnownRegion } from '@ledger/domain';
import { registerDecorator, type ValidationOptions } from 'class-validator';

/**
 * A region code of GB/T 2260 that names a real province, city or county (410000, 410100, 410122): a
 * well-formed code of no division (410199) is refused like any invalid field (400 VALIDATION_FAILED).
 */
export function IsRegionCode(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isRegionCode',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message:
          '$property must be the code of a province, city or county of GB/T 2260, such as 410122 (中牟县); GET /api/v1/regions lists them',
        ...options,
      },
      validator: { validate: (value: unknown) => isKnownRegion(value) },
    });
}
