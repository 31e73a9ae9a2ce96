import { addWorkingDays } from '../stars/working-days';
import { businessDateOf } from '../time/business-time';
import type { NeedStatus } from './need.events';

/** A need waits at most 3 working days to be accepted (submitted) or taken (dispatched). */
export const NEED_OVERDUE_WORKING_DAYS = 3;

/**
 * Overdue: submitted and not accepted, or dispatched and not taken, for more than 3 working days
 * (on the holiday calendar) since it entered that status. Read-side: the caller brings the clock.
 */
export function isNeedOverdue(status: NeedStatus, since: string, now: string): boolean {
  if (status !== 'submitted' && status !== 'dispatched') return false;
  const due = addWorkingDays(businessDateOf(since), NEED_OVERDUE_WORKING_DAYS);
  return businessDateOf(now) > due;
}
