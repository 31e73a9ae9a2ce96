import type { PipeTransform } from '@nestjs/common';
import { isPartnerId, type PartnerIdKind } from '@ledger/domain';
import { ProblemError } from '../http/problem';

/** A malformed id in the path is bad input (400), not an unknown resource (404). */
const idPipe = (kind: PartnerIdKind): PipeTransform<string, string> => ({
  transform(value: string): string {
    if (!isPartnerId(kind, value)) {
      throw ProblemError.of(400, 'VALIDATION_FAILED', `the path names no ${kind}: not a ${kind} id`, {
        errors: [{ field: 'id', message: `must be a ${kind} id` }],
      });
    }
    return value;
  },
});

export const PartnerIdParam = idPipe('partner');
export const BenefitIdParam = idPipe('benefit');
export const RedemptionIdParam = idPipe('redemption');
