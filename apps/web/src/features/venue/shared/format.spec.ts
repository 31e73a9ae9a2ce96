import { businessToday, daysBetween, formatDateTime, formatTime } from './format';

describe('times in the business time zone', () => {
  it('shows an instant as Asia/Shanghai wall time', () => {
    expect(formatDateTime('2026-05-30T06:05:00.000Z', 'zh')).toBe('2026年5月30日 14:05');
    expect(formatDateTime('2026-12-31T16:30:00Z', 'en')).toBe('2027-01-01 00:30');
  });

  it('takes the day from Asia/Shanghai, not the device', () => {
    expect(businessToday(new Date('2026-03-01T15:59:59Z'))).toBe('2026-03-01');
    expect(businessToday(new Date('2026-03-01T16:00:00Z'))).toBe('2026-03-02');
  });

  it('gives the time of day alone', () => {
    expect(formatTime('2026-05-30T06:05:00.000Z')).toBe('14:05');
  });

  it('counts the days between two dates', () => {
    expect(daysBetween('2026-03-01', '2026-03-01')).toBe(0);
    expect(daysBetween('2026-01-01', '2026-03-04')).toBe(62);
    expect(daysBetween('2026-03-29', '2026-03-30')).toBe(1);
  });
});
