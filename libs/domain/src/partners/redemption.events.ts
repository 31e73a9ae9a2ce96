import type { DomainEvent } from '../decider';

/**
 * A redemption is a process over three streams: its own (`redemption-<id>`, where each step is decided
 * and which says how far it got), the benefit's (a unit of stock) and the volunteer's (the points).
 * Whatever happens between the steps, the redemption's stream says what the other two must end up
 * holding, and the recovery pass makes them so.
 */
export type RedemptionVia = 'volunteer' | 'partner-code' | 'administrator';

export type RedemptionRequested = DomainEvent<
  'RedemptionRequested',
  {
    redemptionId: string;
    benefitId: string;
    partnerId: string;
    volunteerId: string;
    regionCode: string;
    points: number;
    minStarLevel: number;
    via: RedemptionVia;
    requestedBy: string;
    requestedAt: string;
    /** When an uncaptured hold lapses and releases the points and the unit. */
    expiresAt: string;
  }
>;

export type RedemptionHeld = DomainEvent<'RedemptionHeld', { redemptionId: string; heldAt: string }>;

/** A step refused (no stock, too few points…): whatever was held is released. */
export type RedemptionFailed = DomainEvent<
  'RedemptionFailed',
  { redemptionId: string; code: string; message: string; failedAt: string }
>;

export type RedemptionCaptured = DomainEvent<
  'RedemptionCaptured',
  { redemptionId: string; capturedBy: string; capturedAt: string }
>;

export type RedemptionVoided = DomainEvent<
  'RedemptionVoided',
  { redemptionId: string; reason: string; voidedBy: string; voidedAt: string }
>;

export type RedemptionExpired = DomainEvent<'RedemptionExpired', { redemptionId: string; expiredAt: string }>;

export type RedemptionEvent =
  | RedemptionRequested
  | RedemptionHeld
  | RedemptionFailed
  | RedemptionCaptured
  | RedemptionVoided
  | RedemptionExpired;

export const REDEMPTION_EVENT_TYPES: readonly RedemptionEvent['type'][] = [
  'RedemptionRequested',
  'RedemptionHeld',
  'RedemptionFailed',
  'RedemptionCaptured',
  'RedemptionVoided',
  'RedemptionExpired',
];

/**
 * A one-time code the volunteer shows at the counter (like a payment code). Only its SHA-256 is
 * recorded: the code itself is a bearer secret that never reaches the log.
 */
export type RedemptionCodeIssued = DomainEvent<
  'RedemptionCodeIssued',
  { codeHash: string; volunteerId: string; issuedBy: string; issuedAt: string; expiresAt: string }
>;

export type RedemptionCodeUsed = DomainEvent<
  'RedemptionCodeUsed',
  { codeHash: string; volunteerId: string; redemptionId: string; usedAt: string }
>;

export type RedemptionCodeEvent = RedemptionCodeIssued | RedemptionCodeUsed;
export const REDEMPTION_CODE_EVENT_TYPES: readonly RedemptionCodeEvent['type'][] = [
  'RedemptionCodeIssued',
  'RedemptionCodeUsed',
];
