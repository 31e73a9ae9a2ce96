import { RuleViolation } from '../errors';
import { addWorkingDays } from '../stars/working-days';
import { businessDateOf } from '../time/business-time';
import type { NeedStatus } from './need.events';

/** A need waits at most 3 working days to be accepted (submitted) or taken (dispatched). */
export const NEED_OVERDUE_WORKING_DAYS = 3;

const DAY_MS = 86_400_000;

/** `n` weekdays (Monday to Friday) after `date`: the estimate for a year the holiday calendar lacks. */
function addWeekdays(date: string, n: number): string {
  let ms = Date.parse(`${date}T00:00:00Z`);
  for (let left = n; left > 0;) {
    ms += DAY_MS;
    const weekday = new Date(ms).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Overdue: submitted and not accepted, or dispatched and not taken, for more than 3 working days
 * (on the holiday calendar) since it entered that status. Read-side: the caller brings the clock.
 * The flag only orders the inbox and counts on the dashboard, so a year the calendar does not hold yet
 * (its State Council notice not entered) counts Monday to Friday rather than stopping every read of
 * a need on that date.
 */
export function isNeedOverdue(status: NeedStatus, since: string, now: string): boolean {
  if (status !== 'submitted' && status !== 'dispatched') return false;
  const from = businessDateOf(since);
  let due: string;
  try {
    due = addWorkingDays(from, NEED_OVERDUE_WORKING_DAYS);
  } catch (error) {
    if (!(error instanceof RuleViolation && error.code === 'HOLIDAY_CALENDAR_NOT_COVERED')) throw error;
    due = addWeekdays(from, NEED_OVERDUE_WORKING_DAYS);
  }
  return businessDateOf(now) > due;
}
