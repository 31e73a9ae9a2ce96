import type { Language } from '../../../../i18n/language';

/**
 * Dates and times are formatted by the console's one module, i18n/dates.ts: Beijing time, one format
 * (2026年3月1日 09:30 / 2026-03-01 09:30). These names stay for the administrator pages that use them.
 */
export {
  BUSINESS_TIME_ZONE,
  businessToday as shanghaiToday,
  formatDate,
  formatDateTime,
  formatSpan,
  shanghaiParts,
} from '../../../../i18n/dates';

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
