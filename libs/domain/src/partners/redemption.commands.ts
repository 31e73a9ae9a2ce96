import type { Command } from '../decider';
import type { RedemptionVia } from './redemption.events';

export type RequestRedemption = Command<
  'RequestRedemption',
  {
    redemptionId: string;
    benefit: {
      benefitId: string;
      partnerId: string;
      regionCode: string;
      pointsCost: number;
      minStarLevel: number;
    };
    volunteerId: string;
    via: RedemptionVia;
    expiresAt: string;
  }
>;

export type MarkRedemptionHeld = Command<'MarkRedemptionHeld', { redemptionId: string }>;
export type FailRedemption = Command<
  'FailRedemption',
  { redemptionId: string; code: string; message: string }
>;
export type CaptureRedemption = Command<'CaptureRedemption', { redemptionId: string }>;
export type VoidRedemption = Command<'VoidRedemption', { redemptionId: string; reason: string }>;
export type ExpireRedemption = Command<'ExpireRedemption', { redemptionId: string }>;

export type RedemptionCommand =
  | RequestRedemption
  | MarkRedemptionHeld
  | FailRedemption
  | CaptureRedemption
  | VoidRedemption
  | ExpireRedemption;

export type IssueRedemptionCode = Command<
  'IssueRedemptionCode',
  { codeHash: string; volunteerId: string; expiresAt: string }
>;

export type UseRedemptionCode = Command<'UseRedemptionCode', { codeHash: string; redemptionId: string }>;

export type RedemptionCodeCommand = IssueRedemptionCode | UseRedemptionCode;
