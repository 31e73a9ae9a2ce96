/** Why a time-bank transfer cannot be sent, or undefined when it can. */
export type TransferProblem = 'amountRequired' | 'amountWhole' | 'amountMoreThanBalance';

/** The API's ceiling on one transfer (a year of minutes, libs/domain TIME_BANK_MAX_MINUTES). */
export const TRANSFER_MAX_MINUTES = 527_040;

/** A transfer is whole minutes, more than none, and within the balance (which never goes negative). */
export function transferProblem(minutes: number, balanceMinutes: number): TransferProblem | undefined {
  if (!Number.isInteger(minutes)) return 'amountWhole';
  if (minutes <= 0) return 'amountRequired';
  if (minutes > balanceMinutes || minutes > TRANSFER_MAX_MINUTES) return 'amountMoreThanBalance';
  return undefined;
}
