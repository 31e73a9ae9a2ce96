import type { PipeTransform } from '@nestjs/common';
import { ProblemError } from '../http/problem';

/** For commands whose path says it all: no body or `{}`; any field sent is refused as unknown. */
export const EmptyBody: PipeTransform<unknown, undefined> = {
  transform(value: unknown): undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'object' || Array.isArray(value)) {
      throw ProblemError.of(400, 'VALIDATION_FAILED', 'send no body, or an empty JSON object', {
        errors: [{ field: 'body', message: 'must be empty' }],
      });
    }
    const fields = Object.keys(value);
    if (fields.length) {
      throw ProblemError.of(400, 'VALIDATION_FAILED', `${fields.length} field(s) are invalid`, {
        errors: fields
          .slice(0, 20)
          .map((field) => ({ field, message: `property ${field} should not exist` })),
      });
    }
    return undefined;
  },
};
