import type { Language } from '../../../../i18n/language';

/** The business time zone (API.md): every time the console shows is Beijing time, whatever the device says. */
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

/** `YYYY-MM-DD` and `HH:mm` of an instant in Asia/Shanghai. */
export function shanghaiParts(instant: string | Date): { readonly date: string; readonly time: string } {
  const at = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(at.getTime())) return { date: String(instant), time: '' };
  const part = Object.fromEntries(partsFormat.formatToParts(at).map((p) => [p.type, p.value]));
  return { date: `${part.year}-${part.month}-${part.day}`, time: `${part.hour}:${part.minute}` };
}

/** Today's business date, as the API counts cutoffs and notice days. */
export const shanghaiToday = (now: Date = new Date()): string => shanghaiParts(now).date;

export function formatDateTime(instant: string | null | undefined): string {
  if (!instant) return '';
  const { date, time } = shanghaiParts(instant);
  return time ? `${date} ${time}` : date;
}

/** A service's span: the date once when it starts and ends on the same day. */
export function formatSpan(startedAt: string, endedAt: string): string {
  const start = shanghaiParts(startedAt);
  const end = shanghaiParts(endedAt);
  return start.date === end.date
    ? `${start.date} ${start.time}–${end.time}`
    : `${start.date} ${start.time} – ${end.date} ${end.time}`;
}

/** Whole minutes as hours and minutes: `2 小时 30 分` / `2 h 30 min`. */
export function formatMinutes(minutes: number, language: Language): string {
  const sign = minutes < 0 ? '-' : '';
  const total = Math.abs(Math.round(minutes));
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  const [h, m] = language === 'zh' ? ['小时', '分'] : ['h', 'min'];
  if (hours === 0) return `${sign}${rest} ${m}`;
  if (rest === 0) return `${sign}${hours} ${h}`;
  return `${sign}${hours} ${h} ${rest} ${m}`;
}

/** Confirmed minutes as whole-and-tenth hours, the unit star thresholds are stated in. */
export const formatHours = (minutes: number): string => (Math.floor(minutes / 6) / 10).toFixed(1);
