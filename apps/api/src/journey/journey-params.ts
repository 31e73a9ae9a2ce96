import type { PipeTransform } from '@nestjs/common';
import { SIGNUP_ID_FORMAT } from '@ledger/domain';
import { ProblemError } from '../http/problem';

const ACTIVITY_ID_FORMAT = /^act-[0-9a-f]{24}$/;

/** A malformed id in the path is bad input (400), not an unknown resource (404). */
const idParam = (format: RegExp, what: string): PipeTransform<string, string> => ({
  transform(value: string): string {
    if (!format.test(value)) {
      throw ProblemError.of(400, 'VALIDATION_FAILED', `the path names no ${what}: not a ${what} id`, {
        errors: [{ field: 'id', message: `must be a ${what} id` }],
      });
    }
    return value;
  },
});

export const ActivityIdParam = idParam(ACTIVITY_ID_FORMAT, 'activity');
export const SignupIdParam = idParam(SIGNUP_ID_FORMAT, 'sign-up');
