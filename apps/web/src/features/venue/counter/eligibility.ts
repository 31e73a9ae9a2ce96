import { ApiError } from '../../../api/api-error';
import type { Language } from '../../../i18n/language';
import { describeProblem, knownProblemCodes } from '../../../i18n/problem-messages';
import type { LookupBenefit } from '../venue-api';

const GENERIC = {
  zh: '该志愿者暂不能兑换此权益。',
  en: 'The volunteer cannot take this benefit now.',
};

/**
 * Why the volunteer cannot take a benefit, in words: the refusal a redemption would meet
 * (the lookup's `reason` is that problem code), with the figures where they help the counter
 * explain it. Never the bare code.
 */
export function ineligibleReason(
  benefit: LookupBenefit,
  pointsAvailable: number,
  language: Language,
): string {
  const code = benefit.reason;
  if (code === 'INSUFFICIENT_POINTS') {
    return language === 'zh'
      ? `积分不足：需要 ${benefit.pointsCost}，可用 ${pointsAvailable}。`
      : `Not enough points: ${benefit.pointsCost} needed, ${pointsAvailable} available.`;
  }
  if (code && knownProblemCodes().includes(code)) {
    return describeProblem(new ApiError(422, code, ''), language);
  }
  return GENERIC[language];
}
