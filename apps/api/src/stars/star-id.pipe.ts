import type { PipeTransform } from '@nestjs/common';
import { STAR_ROUND_ID_FORMAT, STAR_RULE_SET_ID_FORMAT } from '@ledger/domain';
import { ProblemError } from '../http/problem';

/** A malformed id in the path is bad input (400), not an unknown resource (404). */
const idPipe = (format: RegExp, what: string): PipeTransform<string, string> => ({
  transform(value: string): string {
    if (!format.test(value)) {
      throw ProblemError.of(400, 'VALIDATION_FAILED', `the path names no ${what}: not a ${what} id`, {
        errors: [{ field: 'id', message: `must be a ${what} id` }],
      });
    }
    return value;
  },
});

export const StarRoundIdParam = idPipe(STAR_ROUND_ID_FORMAT, 'star round');
export const RuleSetIdParam = idPipe(STAR_RULE_SET_ID_FORMAT, 'rule set');
