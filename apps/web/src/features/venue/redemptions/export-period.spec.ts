import { exportPeriodProblem } from './export-period';

describe('the period of a CSV export', () => {
  it('needs both days, in order', () => {
    expect(exportPeriodProblem(undefined, '2026-03-01')).toBe('exportPeriodRequired');
    expect(exportPeriodProblem('2026-03-02', '2026-03-01')).toBe('exportPeriodOrder');
    expect(exportPeriodProblem('2026-03-01', '2026-03-01')).toBeUndefined();
  });

  it('covers at most 62 days after the first, as the server allows', () => {
    expect(exportPeriodProblem('2026-01-01', '2026-03-04')).toBeUndefined();
    expect(exportPeriodProblem('2026-01-01', '2026-03-05')).toBe('exportPeriodTooLong');
  });
});
