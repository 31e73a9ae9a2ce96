import { addWorkingDays, CN_HOLIDAY_CALENDAR, isWorkingDay } from './working-days';

describe('working days (法定节假日 and 调休)', () => {
  it('weekdays work, weekends rest, unless the notice says otherwise', () => {
    expect(isWorkingDay('2026-03-02')).toBe(true); // Monday
    expect(isWorkingDay('2026-03-07')).toBe(false); // Saturday
    expect(isWorkingDay('2026-10-05')).toBe(false); // Monday in 国庆节
    expect(isWorkingDay('2026-10-10')).toBe(true); // Saturday worked (调休)
    expect(isWorkingDay('2025-10-06')).toBe(false); // 中秋节 2025 inside the National Day week
    expect(isWorkingDay('2025-01-26')).toBe(true); // Sunday worked before 春节 2025
  });

  it('counts n working days after the day of publication, skipping holidays and counting 调休 weekends', () => {
    expect(addWorkingDays('2026-03-02', 5)).toBe('2026-03-09'); // Mon → next Mon
    expect(addWorkingDays('2026-03-02', 0)).toBe('2026-03-02');
    // Published Wed 30 Sep 2026: 1–7 Oct off, Sat 10 Oct worked → 8, 9, 10, 12, 13 October.
    expect(addWorkingDays('2026-09-30', 5)).toBe('2026-10-13');
    // Published Fri 13 Feb 2026: Sat 14 worked, 15–23 off, Sat 28 worked.
    expect(addWorkingDays('2026-02-13', 1)).toBe('2026-02-14');
    expect(addWorkingDays('2026-02-13', 2)).toBe('2026-02-24');
  });

  it('every year of the calendar holds its holidays (a typo in a range would drop days)', () => {
    for (const [year, data] of Object.entries(CN_HOLIDAY_CALENDAR.years)) {
      for (const [from, to] of data.daysOff) {
        expect(from.slice(0, 4)).toBe(year);
        expect(to >= from).toBe(true);
      }
      for (const day of data.workedWeekendDays) {
        const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
        expect([0, 6]).toContain(weekday);
      }
    }
  });

  it('refuses to count in a year it has no data for (HOLIDAY_CALENDAR_NOT_COVERED)', () => {
    expect(() => addWorkingDays('2027-12-30', 5)).toThrow(
      expect.objectContaining({ code: 'HOLIDAY_CALENDAR_NOT_COVERED' }),
    );
  });
});
