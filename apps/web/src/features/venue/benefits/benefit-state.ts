import type { Benefit } from '../venue-api';

export type BenefitState = 'active' | 'upcoming' | 'ended' | 'soldOut';

/** Where a benefit stands today (YYYY-MM-DD, Asia/Shanghai): its window is inclusive at both ends. */
export function benefitState(
  benefit: Pick<Benefit, 'validFrom' | 'validTo' | 'stockLeft'>,
  today: string,
): BenefitState {
  if (today < benefit.validFrom) return 'upcoming';
  if (today > benefit.validTo) return 'ended';
  return benefit.stockLeft > 0 ? 'active' : 'soldOut';
}
