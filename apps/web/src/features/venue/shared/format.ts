/**
 * Dates and times are formatted by the console's one module, i18n/dates.ts: Beijing time, one format
 * (2026年5月30日 14:05 / 2026-05-30 14:05). These names stay for the venue and volunteer pages.
 */
export { businessToday, daysBetween, formatDate, formatDateTime, formatTime } from '../../../i18n/dates';
