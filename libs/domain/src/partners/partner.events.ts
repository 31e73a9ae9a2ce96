import type { DomainEvent } from '../decider';

/** Partner venues (礼遇回馈 合作场馆) and the benefits they offer for service points. */
export const PARTNER_VENUE_TYPES = [
  'science-museum',
  'museum',
  'memorial',
  'park',
  'library',
  'community-centre',
  'enterprise',
  'other',
] as const;
export type PartnerVenueType = (typeof PARTNER_VENUE_TYPES)[number];

export type PartnerRegistered = DomainEvent<
  'PartnerRegistered',
  {
    partnerId: string;
    name: string;
    regionCode: string;
    venueType: PartnerVenueType;
    registeredBy: string;
    registeredAt: string;
  }
>;

export type PartnerEvent = PartnerRegistered;
export const PARTNER_EVENT_TYPES: readonly PartnerEvent['type'][] = ['PartnerRegistered'];

/** A benefit's terms, fixed when offered: a changed offer is a new benefit. */
export type BenefitOffered = DomainEvent<
  'BenefitOffered',
  {
    benefitId: string;
    partnerId: string;
    regionCode: string;
    title: string;
    pointsCost: number;
    minStarLevel: number;
    stock: number;
    perVolunteerLimit: number;
    /** Business dates (YYYY-MM-DD), both inclusive. */
    validFrom: string;
    validTo: string;
    offeredBy: string;
    offeredAt: string;
  }
>;

/** One unit of stock held for a redemption until captured or released. */
export type BenefitUnitHeld = DomainEvent<
  'BenefitUnitHeld',
  { benefitId: string; redemptionId: string; volunteerId: string; heldAt: string; expiresAt: string }
>;

export type BenefitUnitCaptured = DomainEvent<
  'BenefitUnitCaptured',
  { benefitId: string; redemptionId: string; volunteerId: string; capturedAt: string }
>;

export type BenefitUnitReleased = DomainEvent<
  'BenefitUnitReleased',
  {
    benefitId: string;
    redemptionId: string;
    volunteerId: string;
    reason: 'voided' | 'expired' | 'not-completed';
    releasedAt: string;
  }
>;

export type BenefitEvent = BenefitOffered | BenefitUnitHeld | BenefitUnitCaptured | BenefitUnitReleased;
export const BENEFIT_EVENT_TYPES: readonly BenefitEvent['type'][] = [
  'BenefitOffered',
  'BenefitUnitHeld',
  'BenefitUnitCaptured',
  'BenefitUnitReleased',
];
