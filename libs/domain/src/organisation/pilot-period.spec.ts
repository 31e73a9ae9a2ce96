import { businessDateOf, daysBetween, isCalendarDate, isOffsetDateTime } from '../time/business-time';
import { pilotDaysLeft, pilotEndsOn } from './pilot-period';

describe('pilot period', () => {
  it.each([
    ['2026-03-01', '2027-03-01'],
    ['2025-12-31', '2026-12-31'],
    ['2024-02-29', '2025-02-28'],
    ['2027-02-28', '2028-02-28'],
  ])('funded on %s ends on %s', (fundedOn, endsOn) => {
    expect(pilotEndsOn(fundedOn)).toBe(endsOn);
  });

  it('counts the days left to the last day, never below zero', () => {
    expect(pilotDaysLeft('2027-03-01', '2026-03-01')).toBe(365);
    expect(pilotDaysLeft('2027-03-01', '2027-02-28')).toBe(1);
    expect(pilotDaysLeft('2027-03-01', '2027-03-01')).toBe(0);
    expect(pilotDaysLeft('2027-03-01', '2027-06-01')).toBe(0);
  });

  it('reckons business dates in Asia/Shanghai', () => {
    expect(businessDateOf('2026-03-04T16:00:00Z')).toBe('2026-03-05');
    expect(businessDateOf(new Date('2026-03-04T15:59:59Z'))).toBe('2026-03-04');
    expect(daysBetween('2026-03-01', '2026-03-31')).toBe(30);
  });

  it('knows real dates and instants with an offset', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('20260301')).toBe(false);
    expect(isOffsetDateTime('2026-03-05T09:00:00+08:00')).toBe(true);
    expect(isOffsetDateTime('2026-03-05T01:00:00.000Z')).toBe(true);
    expect(isOffsetDateTime('2026-03-05T09:00:00')).toBe(false);
    expect(isOffsetDateTime('2026-02-30T09:00:00+08:00')).toBe(false);
    expect(isOffsetDateTime('2026-03-05T25:00:00+08:00')).toBe(false);
    expect(isOffsetDateTime(20260305)).toBe(false);
  });
});
