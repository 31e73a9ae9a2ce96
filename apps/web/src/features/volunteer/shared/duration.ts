import type { Language } from '../../../i18n/language';

/** Whole minutes as whole hours and the minutes left over (the ledger keeps time in minutes). */
export function hoursAndMinutes(totalMinutes: number): { hours: number; minutes: number } {
  const magnitude = Math.abs(Math.trunc(totalMinutes));
  return { hours: Math.floor(magnitude / 60), minutes: magnitude % 60 };
}

/**
 * "12 小时 30 分" / "12 h 30 min"; a negative amount keeps its sign, and `signed` adds a "+" to
 * positive ones (history deltas).
 */
export function formatDuration(totalMinutes: number, language: Language, signed = false): string {
  const { hours, minutes } = hoursAndMinutes(totalMinutes);
  const sign = totalMinutes < 0 ? '−' : signed && totalMinutes > 0 ? '+' : '';
  const parts =
    language === 'zh'
      ? [hours ? `${hours} 小时` : '', minutes || !hours ? `${minutes} 分钟` : '']
      : [hours ? `${hours} h` : '', minutes || !hours ? `${minutes} min` : ''];
  return sign + parts.filter(Boolean).join(' ');
}

/** Hours and minutes typed in a form, as whole minutes (blank fields count as zero). */
export const toMinutes = (hours: number | null | undefined, minutes: number | null | undefined): number =>
  (hours ?? 0) * 60 + (minutes ?? 0);
