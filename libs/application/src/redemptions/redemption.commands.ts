import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../ledger/command-context';
import type { BenefitView, PartnerView, RedemptionView } from './redemption.views';

export class RegisterPartnerCommand extends Command<{ partner: PartnerView; revision: number }> {
  constructor(
    readonly input: { name: string; regionCode: string; venueType: string },
    readonly context: CommandContext,
  ) {
    super();
  }
}

export interface OfferBenefitInput {
  readonly title: string;
  readonly pointsCost: number;
  readonly minStarLevel: number;
  readonly stock: number;
  readonly perVolunteerLimit: number;
  readonly validFrom: string;
  readonly validTo: string;
}

export class OfferBenefitCommand extends Command<{ benefit: BenefitView; revision: number }> {
  constructor(
    readonly partnerId: string,
    readonly input: OfferBenefitInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

export class IssueRedemptionCodeCommand extends Command<{ code: string; expiresAt: string }> {
  constructor(
    readonly volunteerId: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}

export interface RedeemInput {
  readonly benefitId: string;
  readonly volunteerId?: string;
  readonly volunteerCode?: string;
}

export class RedeemCommand extends Command<{ redemption: RedemptionView; revision: number }> {
  constructor(
    readonly input: RedeemInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

export class CaptureRedemptionCommand extends Command<{ redemption: RedemptionView; revision: number }> {
  constructor(
    readonly redemptionId: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}

export class VoidRedemptionCommand extends Command<{ redemption: RedemptionView; revision: number }> {
  constructor(
    readonly redemptionId: string,
    readonly reason: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}
