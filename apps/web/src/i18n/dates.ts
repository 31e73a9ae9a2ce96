import type { Language } from './language';

/**
 * Every date and time the console shows, in one format and in Beijing time (Asia/Shanghai, the
 * ledger's business time zone: UTC+8 all year), whatever the device's own zone says:
 *
 *   date       2026年11月18日          2026-11-18
 *   date-time  2026年11月18日 10:00    2026-11-18 10:00
 *
 * No other file of the console formats a date with toLocale…String (dates.spec.ts checks).
 */
export const BUSINESS_TIME_ZONE = 'Asia/Shanghai';

const partsFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: BUSINESS_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * `YYYY-MM-DD` and `HH:mm` of an instant in Asia/Shanghai. A business date (`2026-11-18`, no time)
 * is already Beijing's and is kept as it is, with no time; an unreadable value comes back unchanged.
 */
export function shanghaiParts(instant: string | Date): { readonly date: string; readonly time: string } {
  if (typeof instant === 'string' && DATE_ONLY.test(instant)) return { date: instant, time: '' };
  const at = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(at.getTime())) return { date: String(instant), time: '' };
  const part = Object.fromEntries(partsFormat.formatToParts(at).map((p) => [p.type, p.value]));
  return { date: `${part.year}-${part.month}-${part.day}`, time: `${part.hour}:${part.minute}` };
}

/** A business date `YYYY-MM-DD` in the reader's words: 2026年11月18日 / 2026-11-18. */
function dateWords(date: string, language: Language): string {
  const match = DATE_ONLY.exec(date);
  if (!match || language === 'en') return date;
  return `${match[1]}年${Number(match[2])}月${Number(match[3])}日`;
}

/** The day of an instant or business date in Beijing: 2026年11月18日 / 2026-11-18. Empty for none. */
export function formatDate(value: string | Date | null | undefined, language: Language = 'zh'): string {
  if (!value) return '';
  return dateWords(shanghaiParts(value).date, language);
}

/** An instant in Beijing time: 2026年11月18日 10:00 / 2026-11-18 10:00. Empty for none. */
export function formatDateTime(value: string | Date | null | undefined, language: Language = 'zh'): string {
  if (!value) return '';
  const { date, time } = shanghaiParts(value);
  const day = dateWords(date, language);
  return time ? `${day} ${time}` : day;
}

/** The time of day of an instant in Beijing: 10:00. */
export const formatTime = (value: string | Date): string => shanghaiParts(value).time;

/** A span: the day once when it starts and ends on the same day (2026年11月18日 09:00–11:00). */
export function formatSpan(startedAt: string, endedAt: string, language: Language = 'zh'): string {
  const start = shanghaiParts(startedAt);
  const end = shanghaiParts(endedAt);
  return start.date === end.date
    ? `${dateWords(start.date, language)} ${start.time}–${end.time}`
    : `${formatDateTime(startedAt, language)} – ${formatDateTime(endedAt, language)}`;
}

/** Today's business date (`YYYY-MM-DD`) in Beijing, as the API counts cutoffs and notice days. */
export const businessToday = (now: Date = new Date()): string => shanghaiParts(now).date;

/** Whole days from one business date (`YYYY-MM-DD`) to another: 0 for the same day. */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
