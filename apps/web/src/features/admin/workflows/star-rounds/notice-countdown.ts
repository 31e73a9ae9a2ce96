import { isWorkingDay } from './domain-rules';

/**
 * Where a round's public notice (公示) stands on a given business day. The notice runs the rule
 * set's working days after the day it was published and ends on `noticeEndsOn` (its last working
 * day); a finalize is accepted from the next calendar day, or at once when the rule set asks for no
 * notice days (the decider's own rule).
 */
export interface NoticeCountdown {
  readonly over: boolean;
  /**
   * Calendar days of the notice still to run: from today (or the day after publication, while that
   * is still ahead) to its last day, both included — 1 on its last day, 0 once over.
   */
  readonly calendarDaysLeft: number;
  /** Working days among those; null when the holiday calendar lacks a year. */
  readonly workingDaysLeft: number | null;
  /** The first day the round may be finalized. */
  readonly finalizeFrom: string;
  /** Calendar days from today until `finalizeFrom` (0 when that is today or past). */
  readonly daysUntilFinalize: number;
}

const DAY = 86_400_000;
const toMs = (date: string): number => Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10));
const toDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
export const addDays = (date: string, days: number): string => toDate(toMs(date) + days * DAY);
const daysBetween = (from: string, to: string): number => Math.round((toMs(to) - toMs(from)) / DAY);

export interface Notice {
  readonly noticePublishedOn: string;
  readonly noticeEndsOn: string;
  readonly noticeWorkingDays: number;
}

export function noticeCountdown(
  { noticePublishedOn, noticeEndsOn, noticeWorkingDays }: Notice,
  today: string,
  workingDay: (date: string) => boolean = isWorkingDay,
): NoticeCountdown {
  const finalizeFrom = noticeWorkingDays === 0 ? noticeEndsOn : addDays(noticeEndsOn, 1);
  const over = today >= finalizeFrom;
  const daysUntilFinalize = Math.max(0, daysBetween(today, finalizeFrom));
  if (over) {
    return { over, calendarDaysLeft: 0, workingDaysLeft: 0, finalizeFrom, daysUntilFinalize };
  }
  // The publication day itself is not a notice day: the count starts the day after.
  const firstDay = [today, addDays(noticePublishedOn, 1)].sort()[1];
  const calendarDaysLeft = daysBetween(firstDay, noticeEndsOn) + 1;
  let workingDaysLeft: number | null = 0;
  try {
    for (let day = firstDay; day <= noticeEndsOn; day = addDays(day, 1)) {
      if (workingDay(day)) workingDaysLeft++;
    }
  } catch {
    // HOLIDAY_CALENDAR_NOT_COVERED: the calendar has no data for that year; calendar days still hold.
    workingDaysLeft = null;
  }
  return { over, calendarDaysLeft, workingDaysLeft, finalizeFrom, daysUntilFinalize };
}
