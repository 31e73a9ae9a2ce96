import { addDays, noticeCountdown } from './notice-countdown';

// 2026-03-31 is a Tuesday; 2026-04-04 to 04-06 is 清明 (days off); 2026-05-01 to 05-05 劳动节,
// with Saturday 2026-05-09 worked in exchange (国办发明电〔2025〕7号).
// Published on Tue 2026-03-31 for 5 working days: Wed 1, Thu 2, Fri 3, Tue 7, Wed 8 → ends 2026-04-08.
const april = { noticePublishedOn: '2026-03-31', noticeEndsOn: '2026-04-08', noticeWorkingDays: 5 };

describe('the countdown of a star round’s public notice', () => {
  it('on the day of publication, has the whole notice ahead: its working days, not that day', () => {
    expect(noticeCountdown(april, '2026-03-31')).toEqual({
      over: false,
      calendarDaysLeft: 8,
      workingDaysLeft: 5,
      finalizeFrom: '2026-04-09',
      daysUntilFinalize: 9,
    });
  });

  it('counts the days left with today included once the notice runs', () => {
    expect(noticeCountdown(april, '2026-04-01')).toMatchObject({
      calendarDaysLeft: 8,
      workingDaysLeft: 5,
      daysUntilFinalize: 8,
    });
    expect(noticeCountdown(april, '2026-04-02')).toMatchObject({ calendarDaysLeft: 7, workingDaysLeft: 4 });
  });

  it('skips the weekend and the 清明 holiday when counting working days', () => {
    expect(noticeCountdown(april, '2026-04-04')).toMatchObject({ calendarDaysLeft: 5, workingDaysLeft: 2 });
  });

  it('counts a weekend day worked in exchange (调休) as a working day', () => {
    // Thu 2026-05-07 to Mon 05-11: Thu, Fri, Sat (worked), Mon = 4; Sunday off.
    const may = { noticePublishedOn: '2026-04-29', noticeEndsOn: '2026-05-11', noticeWorkingDays: 5 };
    expect(noticeCountdown(may, '2026-05-07').workingDaysLeft).toBe(4);
  });

  it('has one day left on the notice’s last day, and is over the day after', () => {
    expect(noticeCountdown(april, '2026-04-08')).toMatchObject({
      over: false,
      calendarDaysLeft: 1,
      workingDaysLeft: 1,
      daysUntilFinalize: 1,
    });
    expect(noticeCountdown(april, '2026-04-09')).toEqual({
      over: true,
      calendarDaysLeft: 0,
      workingDaysLeft: 0,
      finalizeFrom: '2026-04-09',
      daysUntilFinalize: 0,
    });
    expect(noticeCountdown(april, '2026-06-01').over).toBe(true);
  });

  it('is over at once when the rule set asks for no notice days', () => {
    const none = { noticePublishedOn: '2026-04-01', noticeEndsOn: '2026-04-01', noticeWorkingDays: 0 };
    expect(noticeCountdown(none, '2026-04-01')).toMatchObject({ over: true, finalizeFrom: '2026-04-01' });
  });

  it('still gives calendar days when the holiday calendar does not cover the year', () => {
    const uncovered = () => {
      throw new Error('HOLIDAY_CALENDAR_NOT_COVERED');
    };
    const later = { noticePublishedOn: '2031-01-03', noticeEndsOn: '2031-01-10', noticeWorkingDays: 5 };
    expect(noticeCountdown(later, '2031-01-06', uncovered)).toMatchObject({
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
