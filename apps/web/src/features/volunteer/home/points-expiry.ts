import { daysBetween } from '../../venue/shared/format';

/** How near a last day must be for the home page to warn (a quarter: time to find a benefit). */
export const EXPIRY_WARNING_DAYS = 90;

export interface NextExpiry {
  readonly expiresOn: string;
  readonly points: number;
  /** Days from today to the last day (0 on the day itself). */
  readonly daysLeft: number;
  /** True when the last day is within EXPIRY_WARNING_DAYS, or already past and not yet swept. */
  readonly soon: boolean;
}

/** The soonest last day with points left, as the summary's `points.expiring` lists them. */
export function nextExpiry(
  expiring: readonly { readonly expiresOn: string; readonly points: number }[],
  today: string,
): NextExpiry | undefined {
  const first = expiring.find((entry) => entry.points > 0);
  if (!first) return undefined;
  const daysLeft = daysBetween(today, first.expiresOn);
  return { ...first, daysLeft, soon: daysLeft <= EXPIRY_WARNING_DAYS };
}
