import fc from 'fast-check';
import { addYears, daysBetween } from '../time/business-time';
import { isBehindPlan, plannedByToday } from './pilot-schedule';

const FUNDED = '2026-03-01';
const ENDS = '2027-03-01'; // 365 days later
const planned = (required: number, today: string) => plannedByToday(required, FUNDED, ENDS, today);
const behind = (required: number, actual: number, today: string) =>
  isBehindPlan(required, actual, planned(required, today), today > ENDS);

/** The date `days` after the funding date. */
const day = (days: number) => {
  const date = new Date(Date.UTC(2026, 2, 1 + days));
  return date.toISOString().slice(0, 10);
};

describe('the plan over a pilot’s year', () => {
  it('asks nothing before the start and on day one, so a new pilot is not behind', () => {
    expect(planned(10, '2026-02-01')).toBe(0);
    expect(planned(10, FUNDED)).toBe(0);
    expect(behind(10, 0, '2026-02-01')).toBe(false);
    expect(behind(10, 0, FUNDED)).toBe(false);
    expect(behind(2, 0, day(1))).toBe(false); // 2 × 1/365 rounds down to 0
  });

  it('is a straight line rounded down: a unit is due once the line reaches it', () => {
    expect(planned(10, day(36))).toBe(0); // 10 × 36/365 = 0.99
    expect(planned(10, day(37))).toBe(1);
    expect(planned(10, day(73))).toBe(2); // exactly 2, not 1.999…
    expect(planned(2, day(182))).toBe(0);
    expect(planned(2, day(183))).toBe(1);
    expect(planned(10, day(364))).toBe(9);
    expect(planned(10, ENDS)).toBe(10);
  });

  it('is behind below the line, on plan at it, and never behind once met', () => {
    expect(behind(10, 1, day(73))).toBe(true);
    expect(behind(10, 2, day(73))).toBe(false);
    expect(behind(10, 3, day(73))).toBe(false);
    expect(behind(10, 10, day(1))).toBe(false); // met early
    expect(behind(10, 12, ENDS)).toBe(false);
  });

  it('after the last day every target not met is behind, and a met one is not', () => {
    expect(planned(10, '2027-03-02')).toBe(10);
    expect(behind(10, 9, '2027-03-02')).toBe(true);
    expect(behind(10, 10, '2027-03-02')).toBe(false);
    expect(isBehindPlan(10, 9, 0, true)).toBe(true); // the period being over is enough
  });

  it('a target of 0 is due as 0 and never behind', () => {
    for (const today of ['2026-01-01', FUNDED, day(100), ENDS, '2028-01-01']) {
      expect(planned(0, today)).toBe(0);
      expect(behind(0, 0, today)).toBe(false);
    }
  });

  it('a period with no length is all due from its end', () => {
    expect(plannedByToday(4, FUNDED, FUNDED, '2026-02-28')).toBe(0);
    expect(plannedByToday(4, FUNDED, FUNDED, FUNDED)).toBe(4);
  });

  describe('for any pilot, target and day', () => {
    const fundedOn = fc
      .date({
        min: new Date('2020-01-01T00:00:00Z'),
        max: new Date('2030-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    const offset = fc.integer({ min: -400, max: 800 });
    const required = fc.integer({ min: 0, max: 1000 });
    const dateAfter = (from: string, days: number) => {
      const [y, m, d] = from.split('-').map(Number);
      return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
    };

    it('what is due is a whole number from 0 to the target, growing with the days', () => {
      fc.assert(
        fc.property(fundedOn, required, offset, offset, (funded, req, a, b) => {
          const endsOn = addYears(funded, 1);
          const [early, late] = a <= b ? [a, b] : [b, a];
          const first = plannedByToday(req, funded, endsOn, dateAfter(funded, early));
          const second = plannedByToday(req, funded, endsOn, dateAfter(funded, late));
          expect(Number.isInteger(first)).toBe(true);
          expect(first).toBeGreaterThanOrEqual(0);
          expect(second).toBeLessThanOrEqual(req);
          expect(first).toBeLessThanOrEqual(second);
        }),
      );
    });

    it('never exceeds required × the elapsed share, and is within one of it', () => {
      fc.assert(
        fc.property(fundedOn, required, fc.integer({ min: 0, max: 365 }), (funded, req, days) => {
          const endsOn = addYears(funded, 1);
          const today = dateAfter(funded, days);
          const share = Math.min(1, daysBetween(funded, today) / daysBetween(funded, endsOn));
          const due = plannedByToday(req, funded, endsOn, today);
          expect(due).toBeLessThanOrEqual(req * share + 1e-9);
          expect(due).toBeGreaterThan(req * share - 1);
        }),
      );
    });

    it('a met target is never behind; an unmet one is behind after the end', () => {
      fc.assert(
        fc.property(fundedOn, required, fc.nat(1000), offset, (funded, req, actual, days) => {
          const endsOn = addYears(funded, 1);
          const today = dateAfter(funded, days);
          const ended = today > endsOn;
          const result = isBehindPlan(req, actual, plannedByToday(req, funded, endsOn, today), ended);
          if (actual >= req) expect(result).toBe(false);
          else if (ended) expect(result).toBe(true);
          if (today <= funded) expect(result).toBe(false);
        }),
      );
    });
  });
});
