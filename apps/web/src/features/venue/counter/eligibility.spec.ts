import type { LookupBenefit } from '../venue-api';
import { ineligibleReason } from './eligibility';

const benefit = (reason?: string): LookupBenefit => ({
  benefitId: 'ben-8f14e45fceea167a5a36dedd',
  title: '科技馆特展门票一张',
  pointsCost: 200,
  stockLeft: 3,
  eligible: false,
  reason,
});

describe('why a benefit cannot be taken', () => {
  it('gives the points needed and available', () => {
    expect(ineligibleReason(benefit('INSUFFICIENT_POINTS'), 120, 'zh')).toBe(
      '积分不足：需要 200，可用 120。',
    );
    expect(ineligibleReason(benefit('INSUFFICIENT_POINTS'), 120, 'en')).toBe(
      'Not enough points: 200 needed, 120 available.',
    );
  });

  it('says the other refusals in words', () => {
    expect(ineligibleReason(benefit('STAR_LEVEL_TOO_LOW'), 500, 'zh')).toBe('星级不够，不能兑换该权益。');
    expect(ineligibleReason(benefit('OUT_OF_STOCK'), 500, 'zh')).toBe('该权益已兑完。');
    expect(ineligibleReason(benefit('LIMIT_REACHED'), 500, 'zh')).toBe('已达到每人兑换次数上限。');
    expect(ineligibleReason(benefit('BENEFIT_NOT_AVAILABLE'), 500, 'en')).toBe(
      'This benefit is not available now.',
    );
  });

  it('never shows a code it does not know', () => {
    expect(ineligibleReason(benefit('SOMETHING_NEW'), 500, 'zh')).toBe('该志愿者暂不能兑换此权益。');
    expect(ineligibleReason(benefit(), 500, 'zh')).not.toMatch(/[A-Z_]{4,}/);
  });
});
