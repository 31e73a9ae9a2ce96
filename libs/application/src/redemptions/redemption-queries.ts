import { Injectable } from '@nestjs/common';
import { type Actor, NotFound } from '@ledger/domain';
import { PartnersReadModel } from '@ledger/projections';
import { assertRegion, assertRole, AccessDenied } from '../access/access-policy';
import {
  assertMayListPartnerRedemptions,
  assertMayReadBenefit,
  assertMayReadRedemption,
} from './redemption-access';
import {
  type BenefitView,
  benefitViewOfRow,
  type PartnerView,
  partnerViewOfRow,
  type RedemptionView,
  redemptionViewOfRow,
} from './redemption.views';

/** Reads about partners, benefits and redemptions, each checked against the caller. */
@Injectable()
export class RedemptionQueries {
  constructor(private readonly partners: PartnersReadModel) {}

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
