/** Why a requested certificate period cannot be sent, or undefined when it can. */
export type PeriodProblem = 'periodRequired' | 'periodOrder' | 'periodFuture';

/**
 * A certificate covers whole days, first to last (YYYY-MM-DD, Asia/Shanghai): both given, the first
 * not after the last, and none after today (the ledger refuses a future date with DATE_IN_FUTURE).
 */
export function periodProblem(
  from: string | undefined,
  to: string | undefined,
  today: string,
): PeriodProblem | undefined {
  if (!from || !to) return 'periodRequired';
  if (from > to) return 'periodOrder';
  if (to > today) return 'periodFuture';
  return undefined;
}

export const PURPOSE_MAX_LENGTH = 200;
