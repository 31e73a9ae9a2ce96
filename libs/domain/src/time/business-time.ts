import { DateTime } from 'luxon';

/**
 * Business time, in one place for every feature: dates are reckoned in China Standard Time
 * (Asia/Shanghai), instants are ISO-8601 strings that state their offset.
 */
export const BUSINESS_TIME_ZONE = 'Asia/Shanghai';

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** A real `YYYY-MM-DD` date (2026-02-30 is not one). */
export function isCalendarDate(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    DATE_PATTERN.test(value) &&
    DateTime.fromISO(value, { zone: BUSINESS_TIME_ZONE }).isValid
  );
}

/**
 * `YYYY-MM-DDTHH:mm[:ss[.fraction]]` then `Z` or `±HH[:]MM`. Read by hand rather than by Luxon:
 * every request that carries a time goes through here, and parsing the fields is ten times faster.
 */
const INSTANT_FIELDS =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:Z|([+-])(\d{2}):?(\d{2}))$/;

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The instant's milliseconds since the epoch, or NaN when it is not a real offset date-time. */
function parseInstant(value: string): number {
  const m = INSTANT_FIELDS.exec(value);
  if (!m) return NaN;
  const [year, month, day, hour, minute] = [+m[1], +m[2], +m[3], +m[4], +m[5]];
  const second = m[6] === undefined ? 0 : +m[6];
  const offsetHours = m[9] === undefined ? 0 : +m[9];
  const offsetMinutes = m[10] === undefined ? 0 : +m[10];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  if (hour > 23 || minute > 59 || second > 59 || offsetHours > 23 || offsetMinutes > 59) return NaN;
  const millis = m[7] === undefined ? 0 : Math.floor(+`0.${m[7]}` * 1000);
  const offset = (m[8] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes);
  const local = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  // Date.UTC maps years 0–99 to 1900–1999; four-digit years below 100 are set explicitly.
  const adjusted = year < 100 ? new Date(local).setUTCFullYear(year) : local;
  return adjusted - offset * 60_000;
}

/** An ISO-8601 date-time that says its offset (`Z` or `+08:00`), on a real date and time. */
export function isOffsetDateTime(value: unknown): value is string {
  return typeof value === 'string' && !Number.isNaN(parseInstant(value));
}

/** The instant of an offset date-time (see `isOffsetDateTime`), in milliseconds since the epoch. */
export function instantMillis(instant: string): number {
  return parseInstant(instant);
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
