import type { Dayjs } from 'dayjs';

/**
 * The business time zone is Asia/Shanghai (UTC+8, no daylight saving). Forms take wall-clock times
 * as the person means them in Shanghai, whatever the browser's own zone, and send them with +08:00.
 */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** A picked date-time, read as Shanghai wall-clock time: `2026-03-05T09:00:00+08:00`. */
export function toShanghaiDateTime(value: Dayjs): string {
  return `${value.format('YYYY-MM-DDTHH:mm')}:00+08:00`;
}

/** An ISO-8601 instant shown as Shanghai wall-clock time, `2026-03-05 09:00`. */
export function shanghaiWallTime(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const wall = new Date(ms + SHANGHAI_OFFSET_MS).toISOString();
  return `${wall.slice(0, 10)} ${wall.slice(11, 16)}`;
}

/** Today's date in the business time zone, whatever the browser's zone. */
export function businessToday(now: Date = new Date()): string {
  return new Date(now.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}
