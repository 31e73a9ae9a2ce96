import { PILOT_TARGET_RULES } from '../rules/pilot-targets';
import { addYears, daysBetween } from '../time/business-time';

/**
 * The last day of a pilot funded on `fundedOn`. The plan says "试点建设周期1年，以试点立项资助之日起算";
 * under 民法典 art. 201–202 a period in years starts counting the day after the start date and
 * ends on the corresponding date of the last year (the month's last day when there is none), so a
 * pilot funded on 2026-03-01 runs to 2027-03-01 inclusive, and one funded on 2024-02-29 to 2025-02-28.
 */
export function pilotEndsOn(fundedOn: string, years = PILOT_TARGET_RULES.periodYears): string {
  return addYears(fundedOn, years);
}

/** Days from `today` to the last day of the pilot; 0 on the last day and after it. */
export function pilotDaysLeft(endsOn: string, today: string): number {
  return Math.max(0, daysBetween(today, endsOn));
}
