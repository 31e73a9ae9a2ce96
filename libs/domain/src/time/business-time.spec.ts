import fc from 'fast-check';
import { DateTime } from 'luxon';
import { instantMillis, isOffsetDateTime } from './business-time';

/** The reference: what Luxon makes of the same string. */
const luxonInstant = (value: string): number | null => {
  const shape = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/;
  if (!shape.test(value)) return null;
  const parsed = DateTime.fromISO(value, { setZone: true });
  return parsed.isValid ? parsed.toMillis() : null;
};

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Strings of the right shape with fields that are sometimes out of range (month 13, 30 February…). */
const instantLike = fc
  .record({
    year: fc.integer({ min: 1000, max: 2999 }),
    month: fc.integer({ min: 0, max: 13 }),
    day: fc.integer({ min: 0, max: 32 }),
    // Luxon reads 24:00 as the next midnight; RFC 3339 has no hour 24, so it is refused below.
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 60 }),
    second: fc.option(fc.integer({ min: 0, max: 60 })),
    fraction: fc.option(fc.stringMatching(/^\d{1,9}$/)),
    offset: fc.oneof(
      fc.constant('Z'),
      fc
        .record({
          sign: fc.constantFrom('+', '-'),
          // Luxon also takes offsets such as +08:60, which no clock shows; those are refused below.
          hours: fc.integer({ min: 0, max: 23 }),
          minutes: fc.integer({ min: 0, max: 59 }),
          colon: fc.boolean(),
        })
        .map((o) => `${o.sign}${pad(o.hours)}${o.colon ? ':' : ''}${pad(o.minutes)}`),
    ),
  })
  .map(({ year, month, day, hour, minute, second, fraction, offset }) => {
    const seconds = second === null ? '' : `:${pad(second)}${fraction === null ? '' : `.${fraction}`}`;
    return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}${seconds}${offset}`;
  });

describe('offset date-times', () => {
  it('accepts and reads exactly what Luxon accepts and reads, for real offsets (property)', () => {
    fc.assert(
      fc.property(instantLike, (value) => {
        const reference = luxonInstant(value);
        expect(isOffsetDateTime(value)).toBe(reference !== null);
        if (reference !== null) expect(instantMillis(value)).toBe(reference);
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    ['2026-03-05T09:00:00+08:00', Date.UTC(2026, 2, 5, 1)],
    ['2026-03-05T09:00+08:00', Date.UTC(2026, 2, 5, 1)],
    ['2026-03-05T01:00:00Z', Date.UTC(2026, 2, 5, 1)],
    ['2026-03-05T09:00:00.5+0800', Date.UTC(2026, 2, 5, 1, 0, 0, 500)],
    ['2024-02-29T23:59:59-05:30', Date.UTC(2024, 2, 1, 5, 29, 59)],
  ])('reads %s', (value, millis) => {
    expect(isOffsetDateTime(value)).toBe(true);
    expect(instantMillis(value)).toBe(millis);
  });

  it.each([
    '2025-02-29T09:00:00+08:00',
    '2026-04-31T09:00:00+08:00',
    '2026-03-05T24:00:00+08:00',
    '2026-03-05T09:00:00',
    '2026-03-05T09:00:00+08:60',
    '2026-03-05T09:00:00+24:00',
    '2026-03-05 09:00:00+08:00',
    '2026-03-05',
    '',
  ])('refuses %s', (value) => {
    expect(isOffsetDateTime(value)).toBe(false);
  });

  it('refuses what is not a string', () => {
    for (const value of [null, undefined, 1_772_672_400_000, new Date(), {}]) {
      expect(isOffsetDateTime(value)).toBe(false);
    }
  });
});
