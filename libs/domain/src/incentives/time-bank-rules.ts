import type { ServiceRecordState } from '../volunteering/service-record.rules';

/**
 * Time bank (时间储蓄) rules as versioned data: which confirmed service is deposited, 1:1 in minutes.
 * The default deposits every category; a local rule set names the projects it deposits.
 */
export interface TimeBankRules {
  readonly version: string;
  /** `null`: every project; otherwise only records of these projects are deposited. */
  readonly eligibleProjectIds: readonly string[] | null;
  eligible(record: Pick<ServiceRecordState, 'projectId'>): boolean;
}

export const TIME_BANK_RULES_V1: TimeBankRules = {
  version: 'time-bank-2026.1',
  eligibleProjectIds: null,
  eligible(record) {
    return this.eligibleProjectIds === null || this.eligibleProjectIds.includes(record.projectId);
  },
};

export const CURRENT_TIME_BANK_RULES = TIME_BANK_RULES_V1;
