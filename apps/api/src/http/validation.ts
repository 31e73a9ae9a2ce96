import { ValidationPipe, type ValidationError } from '@nestjs/common';
import type { FieldError } from './problem';
import { ProblemError } from './problem';

/** Flattens class-validator's tree into `{field, message}` pairs with dotted paths (`institution.kind`). */
export function fieldErrors(errors: readonly ValidationError[], parent = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const messages = Object.values(error.constraints ?? {}).map((m) =>
      m.replace(/^an unknown value.*$/, 'the body must be a JSON object'),
    );
    // One entry per field: "must be a string; must match …" reads better than two entries.
    if (messages.length) out.push({ field: field || 'body', message: messages.join('; ') });
    if (error.children?.length) out.push(...fieldErrors(error.children, field));
  }
  return out;
}

/**
 * Global validation: unknown fields are refused (not silently dropped), types are checked before
 * any handler runs, and the answer is one 400 VALIDATION_FAILED naming every bad field.
 */
export const createValidationPipe = (): ValidationPipe =>
  new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    stopAtFirstError: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const list = fieldErrors(errors);
      return ProblemError.of(400, 'VALIDATION_FAILED', `${list.length} field(s) are invalid`, {
        errors: list,
      });
    },
  });
