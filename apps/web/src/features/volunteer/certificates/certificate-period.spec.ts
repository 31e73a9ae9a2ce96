import { periodProblem } from './certificate-period';

describe('a certificate period', () => {
  const today = '2026-06-15';

  it('needs both days', () => {
    expect(periodProblem(undefined, '2026-06-01', today)).toBe('periodRequired');
    expect(periodProblem('2026-06-01', undefined, today)).toBe('periodRequired');
  });

  it('runs forwards', () => {
    expect(periodProblem('2026-06-02', '2026-06-01', today)).toBe('periodOrder');
    expect(periodProblem('2026-06-01', '2026-06-01', today)).toBeUndefined();
  });

  it('ends today at the latest', () => {
    expect(periodProblem('2026-01-01', '2026-06-15', today)).toBeUndefined();
    expect(periodProblem('2026-01-01', '2026-06-16', today)).toBe('periodFuture');
  });
});
