import type { Command } from '../decider';
import type { FamilyRelation, HoldReleaseReason } from './incentive.events';

/** Points held for a redemption: decided on the volunteer's stream, so no concurrency double-spends. */
export type HoldPoints = Command<
  'HoldPoints',
  {
    volunteerId: string;
    redemptionId: string;
    benefitId: string;
    partnerId: string;
    points: number;
    /** The benefit's minimum star level: the volunteer's awarded level must reach it. */
    minStarLevel: number;
    expiresAt: string;
  }
>;

export type CapturePointsHold = Command<'CapturePointsHold', { volunteerId: string; redemptionId: string }>;

export type ReleasePointsHold = Command<
  'ReleasePointsHold',
  { volunteerId: string; redemptionId: string; reason: HoldReleaseReason }
>;

/** The expiry job: lots past their last day lose what is left in them. */
export type ExpirePoints = Command<'ExpirePoints', { volunteerId: string }>;

export type WithdrawTimeBank = Command<
  'WithdrawTimeBank',
  { volunteerId: string; withdrawalId: string; minutes: number; description: string }
>;

export type LinkFamilyMember = Command<
  'LinkFamilyMember',
  { volunteerId: string; familyVolunteerId: string; relation: FamilyRelation }
>;

export type TransferTimeBankOut = Command<
  'TransferTimeBankOut',
  { volunteerId: string; transferId: string; toVolunteerId: string; minutes: number }
>;

export type ReceiveTimeBankTransfer = Command<
  'ReceiveTimeBankTransfer',
  { volunteerId: string; transferId: string; fromVolunteerId: string; minutes: number }
>;

/** A finalized round's award, applied to the volunteer's stream once per round. */
export type AwardStar = Command<
  'AwardStar',
  { volunteerId: string; roundId: string; level: number; ruleSetId: string; ruleVersion: string }
>;

/**
 * A bonus of the points rules (PRODUCT.md "Service points"): a referral earns the referrer its bonus
 * once per referred volunteer, named by `sourceId`.
 */
export type EarnBonus = Command<'EarnBonus', { volunteerId: string; bonus: 'referral'; sourceId: string }>;

export type RevokeStar = Command<'RevokeStar', { volunteerId: string; reason: string; banYears: number }>;

export type IncentiveCommand =
  | AwardStar
  | RevokeStar
  | HoldPoints
  | CapturePointsHold
  | ReleasePointsHold
  | ExpirePoints
  | WithdrawTimeBank
  | LinkFamilyMember
  | TransferTimeBankOut
  | ReceiveTimeBankTransfer
  | EarnBonus;
