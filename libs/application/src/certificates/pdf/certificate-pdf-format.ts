import { DateTime } from 'luxon';

/** Times on a certificate are read in China. */
export const CERTIFICATE_ZONE = 'Asia/Shanghai';

const ID_TYPES: Readonly<Record<string, string>> = {
  'resident-id': '居民身份证',
  passport: '护照',
  'hk-macao-permit': '港澳居民来往内地通行证',
  'taiwan-permit': '台湾居民来往大陆通行证',
  'foreign-permanent-resident': '外国人永久居留身份证',
};

/** The printed name of an ID type; an unknown code is printed as it is, a forgotten one as `—`. */
export function idTypeLabel(idType: string | null): string {
  if (idType === null) return '—';
  return ID_TYPES[idType] ?? idType;
}

/** Minutes as hours with at most two decimals: 90 → `1.5`, 50 → `0.83`, 120 → `2`. */
export function hoursOf(minutes: number): string {
  return String(Math.round((minutes / 60) * 100) / 100);
}

/** `08:30–11:00` in China time; `08:30–次日01:00` when the service ends on the next day. */
export function timeSpan(startedAt: string, endedAt: string): string {
  const start = DateTime.fromISO(startedAt, { zone: CERTIFICATE_ZONE });
  const end = DateTime.fromISO(endedAt, { zone: CERTIFICATE_ZONE });
  if (!start.isValid || !end.isValid) return '';
  const nextDay = end.startOf('day').toMillis() > start.startOf('day').toMillis() ? '次日' : '';
  return `${start.toFormat('HH:mm')}–${nextDay}${end.toFormat('HH:mm')}`;
}

/** `2026-03-05` → `2026年3月5日`. */
export function chineseDate(isoDate: string): string {
  const date = DateTime.fromISO(isoDate, { zone: CERTIFICATE_ZONE });
  if (!date.isValid) return isoDate;
  return `${date.year}年${date.month}月${date.day}日`;
}

/** The star level as printed: `三星` for 3, `未评定` for 0. */
export function starLevelLabel(level: number): string {
  const names = ['未评定', '一星', '二星', '三星', '四星', '五星'];
  return names[level] ?? String(level);
}
