import type { Language } from '../../../i18n/language';

/** The ledger's business time zone: times read the same on any device. */
const ZONE = 'Asia/Shanghai';

const locale = (language: Language) => (language === 'zh' ? 'zh-CN' : 'en-GB');

/** "2026-05-30 14:05" in Asia/Shanghai. */
export function formatDateTime(iso: string, language: Language): string {
  const parts = new Intl.DateTimeFormat(locale(language), {
    timeZone: ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

/** Today's date (YYYY-MM-DD) in Asia/Shanghai. */
export function businessToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(now);
}

/** "14:05" in Asia/Shanghai. */
export const formatTime = (iso: string, language: Language): string =>
  formatDateTime(iso, language).slice(11);

/** Whole days from one date (YYYY-MM-DD) to another: 0 for the same day. */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
