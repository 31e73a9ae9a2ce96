import { formatDateTime, formatHours, formatMinutes, formatSpan, shanghaiToday } from './format';

describe('formatting for the administrator pages', () => {
  it('shows instants in Beijing time whatever offset they were written with', () => {
    expect(formatDateTime('2026-03-01T01:30:00Z')).toBe('2026年3月1日 09:30');
    expect(formatDateTime('2026-03-01T23:30:00+08:00', 'zh')).toBe('2026年3月1日 23:30');
    expect(formatDateTime('2026-02-28T16:00:00Z', 'en')).toBe('2026-03-01 00:00');
    expect(formatDateTime(null)).toBe('');
  });

  it('writes a span on one day with the date once, across midnight with both dates', () => {
    expect(formatSpan('2026-03-01T09:00:00+08:00', '2026-03-01T11:30:00+08:00')).toBe(
      '2026年3月1日 09:00–11:30',
    );
    expect(formatSpan('2026-03-01T22:00:00+08:00', '2026-03-02T01:00:00+08:00', 'en')).toBe(
      '2026-03-01 22:00 – 2026-03-02 01:00',
    );
  });

  it('writes minutes as hours and minutes in either language', () => {
    expect(formatMinutes(150, 'zh')).toBe('2 小时 30 分');
    expect(formatMinutes(45, 'zh')).toBe('45 分');
    expect(formatMinutes(120, 'zh')).toBe('2 小时');
    expect(formatMinutes(0, 'en')).toBe('0 min');
    expect(formatMinutes(61, 'en')).toBe('1 h 1 min');
  });

  it('rounds hours down to the tenth, so a threshold is never shown as met early', () => {
    expect(formatHours(5999)).toBe('99.9');
    expect(formatHours(6000)).toBe('100.0');
  });

  it("takes today's date in Beijing, not the device's zone", () => {
    expect(shanghaiToday(new Date('2026-03-01T16:30:00Z'))).toBe('2026-03-02');
    expect(shanghaiToday(new Date('2026-03-01T15:59:00Z'))).toBe('2026-03-01');
  });
});
