import { daysBetween } from '../time/business-time';

/**
 * The plan over time. The work plan gives a pilot one year from its funding date
 * (试点建设周期1年，以试点立项资助之日起算) to reach its targets, so by any day of that year a share of
 * every target is due: the straight line from nothing on fundedOn to the whole target on endsOn.
 * This is the one place that rule lives; the API serves its figures and the console shows them.
 */

/**
 * The whole number of a target due by `today`: floor(required × elapsed share of fundedOn→endsOn).
 * Rounded down so that a unit is due only once the line has fully reached it: nothing is due on the
 * funding day (day one of a pilot is never behind) and the whole target is due on endsOn.
 * A degenerate period (endsOn not after fundedOn) is all due from endsOn on.
 */
export function plannedByToday(required: number, fundedOn: string, endsOn: string, today: string): number {
  const total = daysBetween(fundedOn, endsOn);
  const elapsed = daysBetween(fundedOn, today);
  if (today >= endsOn || elapsed >= total) return required;
  if (elapsed <= 0) return 0;
  // Multiplied before dividing, in integers, so that e.g. 10 × 73/365 is exactly 2.
  return Math.floor((required * elapsed) / total);
}

/**
 * A target is behind the plan when it is not met and either its actual is below what is due by today,
 * or the period is over. A met target is never behind (even met early), and a target of 0 is always met.
 */
export function isBehindPlan(required: number, actual: number, planned: number, ended: boolean): boolean {
  const met = actual >= required;
  return !met && (ended || actual < planned);
}
