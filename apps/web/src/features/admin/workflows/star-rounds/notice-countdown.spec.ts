import { addDays, noticeCountdown } from './notice-countdown';

// 2026-04-01 is a Wednesday; 2026-04-04 to 04-06 is 清明 (days off); 2026-05-01 to 05-05 劳动节,
// with Saturday 2026-05-09 worked in exchange (国办发明电〔2025〕7号).

describe('the countdown of a star round’s public notice', () => {
  it('counts the days left with today included, and says when a finalize is accepted', () => {
    // Published on Tue 2026-03-31 for 5 working days: Wed 1, Thu 2, Fri 3, Tue 7, Wed 8 → ends 2026-04-08.
    const c = noticeCountdown('2026-04-08', 5, '2026-04-01');
    expect(c).toEqual({
      over: false,
      calendarDaysLeft: 8,
      workingDaysLeft: 5,
      finalizeFrom: '2026-04-09',
      daysUntilFinalize: 8,
    });
  });

  it('skips the weekend and the 清明 holiday when counting working days', () => {
    expect(noticeCountdown('2026-04-08', 5, '2026-04-04').workingDaysLeft).toBe(2);
    expect(noticeCountdown('2026-04-08', 5, '2026-04-04').calendarDaysLeft).toBe(5);
  });

  it('counts a weekend day worked in exchange (调休) as a working day', () => {
    // Thu 2026-05-07 to Mon 05-11: Thu, Fri, Sat (worked), Mon = 4; Sunday off.
    expect(noticeCountdown('2026-05-11', 5, '2026-05-07').workingDaysLeft).toBe(4);
  });

  it('has one day left on the notice’s last day, and is over the day after', () => {
    expect(noticeCountdown('2026-04-08', 5, '2026-04-08')).toMatchObject({
      over: false,
      calendarDaysLeft: 1,
      workingDaysLeft: 1,
      daysUntilFinalize: 1,
    });
    expect(noticeCountdown('2026-04-08', 5, '2026-04-09')).toEqual({
      over: true,
      calendarDaysLeft: 0,
      workingDaysLeft: 0,
      finalizeFrom: '2026-04-09',
      daysUntilFinalize: 0,
    });
    expect(noticeCountdown('2026-04-08', 5, '2026-06-01').over).toBe(true);
  });

  it('is over at once when the rule set asks for no notice days', () => {
    expect(noticeCountdown('2026-04-01', 0, '2026-04-01')).toMatchObject({
      over: true,
      finalizeFrom: '2026-04-01',
    });
  });

  it('still gives calendar days when the holiday calendar does not cover the year', () => {
    const uncovered = () => {
      throw new Error('HOLIDAY_CALENDAR_NOT_COVERED');
    };
    expect(noticeCountdown('2031-01-10', 5, '2031-01-06', uncovered)).toMatchObject({
      over: false,
      calendarDaysLeft: 5,
      workingDaysLeft: null,
    });
  });

  it('steps across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
