import type { Command } from '../decider';

export type RegisterPartner = Command<
  'RegisterPartner',
  { partnerId: string; name: string; regionCode: string; venueType: string }
>;

export type PartnerCommand = RegisterPartner;

export type OfferBenefit = Command<
  'OfferBenefit',
  {
    benefitId: string;
    partner: { partnerId: string; regionCode: string };
    title: string;
    pointsCost: number;
    minStarLevel: number;
    stock: number;
    perVolunteerLimit: number;
    validFrom: string;
    validTo: string;
  }
>;

export type HoldBenefitUnit = Command<
  'HoldBenefitUnit',
  { benefitId: string; redemptionId: string; volunteerId: string; expiresAt: string }
>;

export type CaptureBenefitUnit = Command<'CaptureBenefitUnit', { benefitId: string; redemptionId: string }>;

export type ReleaseBenefitUnit = Command<
  'ReleaseBenefitUnit',
  { benefitId: string; redemptionId: string; reason: 'voided' | 'expired' | 'not-completed' }
>;

export type BenefitCommand = OfferBenefit | HoldBenefitUnit | CaptureBenefitUnit | ReleaseBenefitUnit;
