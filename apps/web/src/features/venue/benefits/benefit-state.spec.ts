import { benefitState } from './benefit-state';

const benefit = { validFrom: '2026-06-01', validTo: '2026-12-31', stockLeft: 5 };

describe('where a benefit stands today', () => {
  it('is on offer from its first to its last day', () => {
    expect(benefitState(benefit, '2026-06-01')).toBe('active');
    expect(benefitState(benefit, '2026-12-31')).toBe('active');
  });

  it('has not begun before, and has ended after', () => {
    expect(benefitState(benefit, '2026-05-31')).toBe('upcoming');
    expect(benefitState(benefit, '2027-01-01')).toBe('ended');
  });

  it('is sold out in its window when no unit is left', () => {
    expect(benefitState({ ...benefit, stockLeft: 0 }, '2026-07-01')).toBe('soldOut');
  });
});
