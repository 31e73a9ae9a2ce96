import type { DomainEvent } from '../decider';

/**
 * Points, time bank and stars live on the volunteer's stream (`volunteer-<id>`), beside the service
 * records they derive from: every balance is decided on one stream, under its expected revision, so
 * no concurrency can double-spend. Amounts are whole points and whole minutes; each event names its
 * source (the record, training, redemption or round that caused it) and the rule version it used.
 */
export interface CreditSource {
  readonly type: 'service-record' | 'training' | 'referral';
  readonly id: string;
}

/** A lot of points: spendable until `expiresOn` (inclusive). `settledOwed` first paid off clawbacks. */
export type PointsEarned = DomainEvent<
  'PointsEarned',
  {
    volunteerId: string;
    lotId: string;
    source: CreditSource;
    points: number;
    /** The part of `points` that paid off points owed from earlier clawbacks. */
    settledOwed: number;
    earnedOn: string;
    expiresOn: string;
    multiplier: number;
    campaignIds: string[];
    ruleVersion: string;
  }
>;

/**
 * A void or a downward correction takes back points credited for a record: from lots with points
 * left (the record's own lot first, then the soonest-expiring), the rest is owed and settled by
 * later earnings. The balance may go negative this way; no redemption can make it so.
 */
export type PointsClawedBack = DomainEvent<
  'PointsClawedBack',
  {
    volunteerId: string;
    source: CreditSource;
    points: number;
    fromLots: { lotId: string; points: number }[];
    owed: number;
    reason: string;
    at: string;
  }
>;

export type PointsExpired = DomainEvent<
  'PointsExpired',
  { volunteerId: string; lotId: string; points: number; expiresOn: string; expiredAt: string }
>;

/** A redemption's hold: the points leave their lots (soonest-expiring first) until captured or released. */
export type PointsHeld = DomainEvent<
  'PointsHeld',
  {
    volunteerId: string;
    redemptionId: string;
    benefitId: string;
    partnerId: string;
    points: number;
    allocations: { lotId: string; points: number }[];
    heldAt: string;
    expiresAt: string;
  }
>;

export type PointsHoldCaptured = DomainEvent<
  'PointsHoldCaptured',
  { volunteerId: string; redemptionId: string; points: number; capturedAt: string }
>;

export type HoldReleaseReason = 'voided' | 'expired' | 'not-completed';

/** The held points go back to the lots they came from (and expire with them if those have expired). */
export type PointsHoldReleased = DomainEvent<
  'PointsHoldReleased',
  {
    volunteerId: string;
    redemptionId: string;
    points: number;
    reason: HoldReleaseReason;
    releasedAt: string;
  }
>;

/** Confirmed minutes deposited 1:1 (时间储蓄). */
export type TimeBankDeposited = DomainEvent<
  'TimeBankDeposited',
  { volunteerId: string; source: CreditSource; minutes: number; ruleVersion: string; at: string }
>;

/**
 * A void or correction of a deposited record moves its deposit by `minutes` (signed). The balance
 * never goes below zero: what was already withdrawn or given away cannot be taken back, and that
 * part is recorded as `uncoveredMinutes`.
 */
export type TimeBankAdjusted = DomainEvent<
  'TimeBankAdjusted',
  {
    volunteerId: string;
    source: CreditSource;
    minutes: number;
    uncoveredMinutes: number;
    reason: string;
    at: string;
  }
>;

export type TimeBankWithdrawn = DomainEvent<
  'TimeBankWithdrawn',
  { volunteerId: string; withdrawalId: string; minutes: number; description: string; at: string }
>;

export type TimeBankTransferredOut = DomainEvent<
  'TimeBankTransferredOut',
  { volunteerId: string; transferId: string; toVolunteerId: string; minutes: number; at: string }
>;

export type TimeBankTransferredIn = DomainEvent<
  'TimeBankTransferredIn',
  { volunteerId: string; transferId: string; fromVolunteerId: string; minutes: number; at: string }
>;

export const FAMILY_RELATIONS = [
  'spouse',
  'parent',
  'child',
  'grandparent',
  'grandchild',
  'sibling',
] as const;
export type FamilyRelation = (typeof FAMILY_RELATIONS)[number];

export type FamilyMemberLinked = DomainEvent<
  'FamilyMemberLinked',
  { volunteerId: string; familyVolunteerId: string; relation: FamilyRelation; linkedBy: string; at: string }
>;

export type PointsEvent =
  PointsEarned | PointsClawedBack | PointsExpired | PointsHeld | PointsHoldCaptured | PointsHoldReleased;
export type TimeBankEvent =
  TimeBankDeposited | TimeBankAdjusted | TimeBankWithdrawn | TimeBankTransferredOut | TimeBankTransferredIn;
export type IncentiveEvent = PointsEvent | TimeBankEvent | FamilyMemberLinked | StarEvent;

export const INCENTIVE_EVENT_TYPES: readonly IncentiveEvent['type'][] = [
  'PointsEarned',
  'PointsClawedBack',
  'PointsExpired',
  'PointsHeld',
  'PointsHoldCaptured',
  'PointsHoldReleased',
  'TimeBankDeposited',
  'TimeBankAdjusted',
  'TimeBankWithdrawn',
  'TimeBankTransferredOut',
  'TimeBankTransferredIn',
  'FamilyMemberLinked',
  'StarAwarded',
  'StarRevoked',
];

/**
 * A star level awarded by a finalized certification round (the only way a star is awarded). The
 * round decides who; each award lands on the volunteer's stream, once per round.
 */
export type StarAwarded = DomainEvent<
  'StarAwarded',
  {
    volunteerId: string;
    roundId: string;
    level: number;
    previousLevel: number;
    ruleSetId: string;
    ruleVersion: string;
    awardedBy: string;
    awardedAt: string;
  }
>;

/** A star revoked for falsified hours, with a ban of 1–3 years from later rounds. */
export type StarRevoked = DomainEvent<
  'StarRevoked',
  {
    volunteerId: string;
    level: number;
    previousLevel: number;
    reason: string;
    banYears: number;
    /** The last business date of the ban (YYYY-MM-DD). */
    bannedUntil: string;
    revokedBy: string;
    revokedAt: string;
  }
>;

export type StarEvent = StarAwarded | StarRevoked;
export const STAR_EVENT_TYPES: readonly StarEvent['type'][] = ['StarAwarded', 'StarRevoked'];
