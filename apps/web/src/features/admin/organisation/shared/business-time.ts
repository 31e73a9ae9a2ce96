import type { Dayjs } from 'dayjs';
import { shanghaiParts } from '../../../../i18n/dates';

/**
 * The business time zone is Asia/Shanghai (UTC+8, no daylight saving). Forms take wall-clock times
 * as the person means them in Shanghai, whatever the browser's own zone, and send them with +08:00.
 * Dates shown to a person are formatted by i18n/dates.ts; this file holds the values pickers take.
 */

/** A picked date-time, read as Shanghai wall-clock time: `2026-03-05T09:00:00+08:00`. */
export function toShanghaiDateTime(value: Dayjs): string {
  return `${value.format('YYYY-MM-DDTHH:mm')}:00+08:00`;
}

/**
 * An ISO-8601 instant as Shanghai wall-clock time in the pickers' own format, `2026-03-05 09:00`: the
 * value a date-time picker starts from. To show a time to a person, use formatDateTime (i18n/dates).
 */
export function shanghaiWallTime(iso: string): string {
  const { date, time } = shanghaiParts(iso);
  return time ? `${date} ${time}` : date;
}

/** Today's date in the business time zone, whatever the browser's zone. */
export { businessToday } from '../../../../i18n/dates';
