import { DateTime } from 'luxon';

/**
 * Business time, in one place for every feature: dates are reckoned in China Standard Time
 * (Asia/Shanghai), instants are ISO-8601 strings that state their offset.
 */
export const BUSINESS_TIME_ZONE = 'Asia/Shanghai';

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/;

/** A real `YYYY-MM-DD` date (2026-02-30 is not one). */
export function isCalendarDate(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    DATE_PATTERN.test(value) &&
    DateTime.fromISO(value, { zone: BUSINESS_TIME_ZONE }).isValid
  );
}

/** An ISO-8601 date-time that says its offset (`Z` or `+08:00`), on a real date and time. */
export function isOffsetDateTime(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    INSTANT_PATTERN.test(value) &&
    DateTime.fromISO(value, { setZone: true }).isValid
  );
}

export function instantMillis(instant: string): number {
  return DateTime.fromISO(instant, { setZone: true }).toMillis();
}

/** The business date (Asia/Shanghai) of an instant. */
export function businessDateOf(instant: Date | string): string {
  const dateTime =
    typeof instant === 'string' ? DateTime.fromISO(instant, { setZone: true }) : DateTime.fromJSDate(instant);
  return dateTime.setZone(BUSINESS_TIME_ZONE).toISODate()!;
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const start = DateTime.fromISO(from, { zone: BUSINESS_TIME_ZONE });
  const end = DateTime.fromISO(to, { zone: BUSINESS_TIME_ZONE });
  return Math.round(end.diff(start, 'days').days);
}

export function addYears(date: string, years: number): string {
  return DateTime.fromISO(date, { zone: BUSINESS_TIME_ZONE }).plus({ years }).toISODate()!;
}

/** The instant (ms) a business date begins in Asia/Shanghai, `plusDays` later: the end of a date is the next one's start. */
export function startOfBusinessDay(date: string, plusDays = 0): number {
  return DateTime.fromISO(date, { zone: BUSINESS_TIME_ZONE })
    .plus({ days: plusDays })
    .startOf('day')
    .toMillis();
}
