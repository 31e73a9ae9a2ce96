import type { KnownRedemption, OfferedBenefit, PartnerState } from '@ledger/domain';
import { stockLeft } from '@ledger/domain';
import type { BenefitRow, PartnerRow, RedemptionRow } from '@ledger/projections';

export interface PartnerView {
  readonly id: string;
  readonly name: string;
  readonly regionCode: string;
  readonly venueType: string;
  readonly registeredAt: string;
}

export interface BenefitView {
  readonly id: string;
  readonly partnerId: string;
  readonly regionCode: string;
  readonly title: string;
  readonly pointsCost: number;
  readonly minStarLevel: number;
  readonly stock: number;
  /** Units neither held nor captured. */
  readonly stockLeft: number;
  readonly held: number;
  readonly captured: number;
  readonly perVolunteerLimit: number;
  readonly validFrom: string;
  readonly validTo: string;
}

export interface RedemptionView {
  readonly id: string;
  readonly status: string;
  readonly benefitId: string;
  readonly partnerId: string;
  readonly volunteerId: string;
  readonly points: number;
  readonly via: string;
  readonly requestedAt: string;
  readonly expiresAt: string;
  readonly failure?: { readonly code: string };
}

export const partnerViewOfState = (state: Exclude<PartnerState, { status: 'none' }>): PartnerView => ({
  id: state.partnerId,
  name: state.name,
  regionCode: state.regionCode,
  venueType: state.venueType,
  registeredAt: state.registeredAt,
});

export const partnerViewOfRow = (row: PartnerRow): PartnerView => ({
  id: row.partner_id,
  name: row.name,
  regionCode: row.region_code,
  venueType: row.venue_type,
  registeredAt: row.registered_at,
});

export const benefitViewOfState = (state: OfferedBenefit): BenefitView => ({
  id: state.benefitId,
  partnerId: state.partnerId,
  regionCode: state.regionCode,
  title: state.title,
  pointsCost: state.pointsCost,
  minStarLevel: state.minStarLevel,
  stock: state.stock,
  stockLeft: stockLeft(state),
  held: state.held,
  captured: state.captured,
  perVolunteerLimit: state.perVolunteerLimit,
  validFrom: state.validFrom,
  validTo: state.validTo,
});

export const benefitViewOfRow = (row: BenefitRow): BenefitView => ({
  id: row.benefit_id,
  partnerId: row.partner_id,
  regionCode: row.region_code,
  title: row.title,
  pointsCost: row.points_cost,
  minStarLevel: row.min_star_level,
  stock: row.stock,
  stockLeft: row.stock - row.held - row.captured,
  held: row.held,
  captured: row.captured,
  perVolunteerLimit: row.per_volunteer_limit,
  validFrom: row.valid_from,
  validTo: row.valid_to,
});

export const redemptionViewOfState = (state: KnownRedemption): RedemptionView => ({
  id: state.redemptionId,
  status: state.status,
  benefitId: state.benefitId,
  partnerId: state.partnerId,
  volunteerId: state.volunteerId,
  points: state.points,
  via: state.via,
  requestedAt: state.requestedAt,
  expiresAt: state.expiresAt,
  ...(state.failure ? { failure: { code: state.failure.code } } : {}),
});

export const redemptionViewOfRow = (row: RedemptionRow): RedemptionView => ({
  id: row.redemption_id,
  status: row.status,
  benefitId: row.benefit_id,
  partnerId: row.partner_id,
  volunteerId: row.volunteer_id,
  points: row.points,
  via: row.via,
  requestedAt: row.requested_at,
  expiresAt: row.expires_at,
  ...(row.failure_code ? { failure: { code: row.failure_code } } : {}),
});

/** A partner venue in a list: what the console shows in a row. */
export interface PartnerListItemView {
  readonly id: string;
  readonly name: string;
  readonly regionCode: string;
  readonly venueType: string;
  /** Benefits it has offered, whatever their validity and stock. */
  readonly benefitCount: number;
}

/** One line of a venue's redemption export. */
export interface RedemptionExportLine {
  readonly id: string;
  readonly requestedAt: string;
  readonly benefitTitle: string;
  readonly volunteerNo: string;
  readonly points: number;
  readonly status: string;
  readonly capturedAt: string | null;
  readonly voidedAt: string | null;
}
