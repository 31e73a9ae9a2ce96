import type { FamilyRelation } from '@ledger/domain';

export interface WithdrawalView {
  readonly id: string;
  readonly volunteerId: string;
  readonly minutes: number;
  readonly description: string;
  /** The time-bank balance right after the withdrawal. */
  readonly balanceMinutes: number;
  readonly withdrawnBy: string;
  readonly withdrawnAt: string;
}

export interface FamilyLinkView {
  readonly volunteerId: string;
  readonly familyVolunteerId: string;
  /** What the family member is to the volunteer. */
  readonly relation: FamilyRelation;
  /** What the volunteer is to the family member (recorded on the family member's stream). */
  readonly reverseRelation: FamilyRelation;
  readonly linkedBy: string;
  readonly linkedAt: string;
}

export interface TransferView {
  readonly id: string;
  readonly fromVolunteerId: string;
  readonly toVolunteerId: string;
  readonly minutes: number;
  readonly status: 'completed';
  /** The giver's time-bank balance right after the transfer. */
  readonly balanceMinutes: number;
  readonly transferredAt: string;
}
