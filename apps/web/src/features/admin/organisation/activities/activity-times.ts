/**
 * The API's rule for an activity's times (activityTimesProblem in the domain): the end after the
 * start, at most 31 days later, both within 2015–2099. Checked on the wall-clock strings the form
 * sends (`YYYY-MM-DDTHH:mm:00+08:00`), which share one offset and so compare as instants.
 */
export const ACTIVITY_MAX_DAYS = 31;
const EARLIEST = Date.parse('2015-01-01T00:00:00+08:00');
const LATEST = Date.parse('2100-01-01T00:00:00+08:00');

export type ActivityTimesProblem = 'end-not-after-start' | 'too-long' | 'out-of-range';

export function activityTimesProblem(startsAt: string, endsAt: string): ActivityTimesProblem | null {
  const start = Date.parse(startsAt);
  const end = Date.parse(endsAt);
  if (Number.isNaN(start) || Number.isNaN(end)) return null;
  if (start < EARLIEST || end >= LATEST) return 'out-of-range';
  if (end <= start) return 'end-not-after-start';
  if (end - start > ACTIVITY_MAX_DAYS * 24 * 60 * 60 * 1000) return 'too-long';
  return null;
}
