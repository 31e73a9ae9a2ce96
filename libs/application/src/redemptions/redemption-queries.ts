import { Injectable } from '@nestjs/common';
import { type Actor, NotFound, regionCodeRange } from '@ledger/domain';
import { PartnersReadModel, VolunteersReadModel } from '@ledger/projections';
import { assertRegion, assertRole, AccessDenied } from '../access/access-policy';
import {
  assertMayListPartnerRedemptions,
  assertMayReadBenefit,
  assertMayReadRedemption,
} from './redemption-access';
import {
  type BenefitView,
  benefitViewOfRow,
  type PartnerListItemView,
  type PartnerView,
  partnerViewOfRow,
  type RedemptionExportLine,
  type RedemptionView,
  redemptionViewOfRow,
} from './redemption.views';

/** One page of a list: the rows asked for and how many match on all pages. */
interface ListSlice<T> {
  readonly items: T[];
  readonly total: number;
}

interface PageWindow {
  readonly limit: number;
  readonly offset: number;
}

/** Reads about partners, benefits and redemptions, each checked against the caller. */
@Injectable()
export class RedemptionQueries {
  constructor(
    private readonly partners: PartnersReadModel,
    private readonly volunteers: VolunteersReadModel,
  ) {}

  /**
   * Partner venues the caller may read, by name: a partner account sees only itself; readers see those
   * registered inside their region (as GET /partners/{id}).
   */
  partnerList(actor: Actor, filter: { q?: string }, window: PageWindow): ListSlice<PartnerListItemView> {
    if (actor.role !== 'partner') assertRole(actor, 'admin', 'organiser', 'auditor');
    const scope =
      actor.role === 'partner'
        ? // A partner account is always bound to its partner; one that is not sees none.
          { partnerId: actor.partnerId ?? '' }
        : { region: regionCodeRange(actor.regionCode) };
    const { rows, total } = this.partners.partners({ ...scope, q: filter.q }, window);
    return {
      items: rows.map((row) => ({
        id: row.partner_id,
        name: row.name,
        regionCode: row.region_code,
        venueType: row.venue_type,
        benefitCount: row.benefit_count,
      })),
      total,
    };
  }

  /** A partner's benefits by title, to whoever may read its benefits one by one. */
  benefitsOfPartner(
    actor: Actor,
    partnerId: string,
    filter: { active?: boolean; today: string },
    window: PageWindow,
  ): ListSlice<BenefitView> {
    const partner = this.partners.partnerById(partnerId);
    if (!partner) throw new NotFound('partner', partnerId);
    assertMayReadBenefit(actor, { partnerId, regionCode: partner.region_code });
    const { rows, total } = this.partners.benefitsOfPartner(partnerId, filter, window);
    return { items: rows.map(benefitViewOfRow), total };
  }

  /**
   * A partner's redemptions for its export, with each benefit's title and the volunteer's number (not
   * the name: the venue's file carries no more personal data than it needs).
   */
  redemptionExport(actor: Actor, partnerId: string, from: string, to: string): RedemptionExportLine[] {
    const partner = this.partners.partnerById(partnerId);
    if (!partner) throw new NotFound('partner', partnerId);
    assertMayListPartnerRedemptions(actor, { partnerId, regionCode: partner.region_code });
    const numbers = new Map<string, string>();
    const volunteerNo = (volunteerId: string): string => {
      let no = numbers.get(volunteerId);
      if (no === undefined) {
        no = this.volunteers.findById(volunteerId)?.volunteer_no ?? '';
        numbers.set(volunteerId, no);
      }
      return no;
    };
    return this.partners.redemptionsForExport(partnerId, from, to).map((row) => ({
      id: row.redemption_id,
      requestedAt: row.requested_at,
      benefitTitle: row.benefit_title ?? row.benefit_id,
      volunteerNo: volunteerNo(row.volunteer_id),
      points: row.points,
      status: row.status,
      capturedAt: row.captured_at,
      voidedAt: row.voided_at,
    }));
  }

  partner(actor: Actor, partnerId: string): { partner: PartnerView; revision: number } {
    const row = this.partners.partnerById(partnerId);
    if (!row) throw new NotFound('partner', partnerId);
    if (actor.role === 'partner') {
      if (actor.partnerId !== partnerId) throw new AccessDenied('a partner account sees only itself');
    } else {
      assertRole(actor, 'admin', 'organiser', 'auditor');
      assertRegion(actor, row.region_code);
    }
    return { partner: partnerViewOfRow(row), revision: row.revision };
  }

  benefit(actor: Actor, benefitId: string): { benefit: BenefitView; revision: number } {
    const row = this.partners.benefitById(benefitId);
    if (!row) throw new NotFound('benefit', benefitId);
    assertMayReadBenefit(actor, { partnerId: row.partner_id, regionCode: row.region_code });
    return { benefit: benefitViewOfRow(row), revision: row.revision };
  }

  redemption(actor: Actor, redemptionId: string): { redemption: RedemptionView; revision: number } {
    const row = this.partners.redemptionById(redemptionId);
    if (!row) throw new NotFound('redemption', redemptionId);
    assertMayReadRedemption(actor, {
      partnerId: row.partner_id,
      regionCode: row.region_code,
      volunteerId: row.volunteer_id,
    });
    return { redemption: redemptionViewOfRow(row), revision: row.revision };
  }

  /** A partner's redemptions requested between two business dates (today's list, a period's export). */
  redemptionsOfPartner(actor: Actor, partnerId: string, from: string, to: string): RedemptionView[] {
    const partner = this.partners.partnerById(partnerId);
    if (!partner) throw new NotFound('partner', partnerId);
    assertMayListPartnerRedemptions(actor, { partnerId, regionCode: partner.region_code });
    return this.partners.redemptionsOfPartner(partnerId, from, to).map(redemptionViewOfRow);
  }
}
