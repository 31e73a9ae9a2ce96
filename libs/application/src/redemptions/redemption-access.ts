import { type Actor, benefitRegionServes } from '@ledger/domain';
import { AccessDenied, assertRegion, assertRole } from '../access/access-policy';

/**
 * Who may do what with partners, benefits and redemptions (PRODUCT.md "Partners and benefits"), in
 * one place. Administrators manage partners and benefits in their region; a partner account acts
 * only on its own benefits and redemptions; a volunteer only for itself.
 */

export function assertMayManagePartners(actor: Actor, regionCode: string): void {
  assertRole(actor, 'admin');
  assertRegion(actor, regionCode);
}

/** Benefits are offers: readers of the region, the partner offering it, and volunteers on its line see them. */
export function assertMayReadBenefit(actor: Actor, benefit: { partnerId: string; regionCode: string }): void {
  switch (actor.role) {
    case 'partner':
      if (actor.partnerId === benefit.partnerId) return;
      throw new AccessDenied('a partner account sees only its own benefits');
    case 'volunteer':
      if (benefitRegionServes(benefit.regionCode, actor.regionCode)) return;
      throw new AccessDenied(`the benefit is offered in region ${benefit.regionCode}`);
    default:
      assertRegion(actor, benefit.regionCode);
  }
}

/** Capture: the partner that holds it, or an administrator of its region. */
export function assertMayCapture(actor: Actor, redemption: { partnerId: string; regionCode: string }): void {
  if (actor.role === 'partner') {
    if (actor.partnerId === redemption.partnerId) return;
    throw new AccessDenied('a partner account acts only on its own redemptions');
  }
  assertRole(actor, 'admin');
  assertRegion(actor, redemption.regionCode);
}

/** Void: as capture, and also the volunteer who redeems (changing its mind before the counter captures). */
export function assertMayVoid(
  actor: Actor,
  redemption: { partnerId: string; regionCode: string; volunteerId: string },
): void {
  if (actor.role === 'volunteer') {
    if (actor.volunteerId === redemption.volunteerId) return;
    throw new AccessDenied('a volunteer account acts only for itself');
  }
  assertMayCapture(actor, redemption);
}

export function assertMayReadRedemption(
  actor: Actor,
  redemption: { partnerId: string; regionCode: string; volunteerId: string },
): void {
  if (actor.role === 'partner') {
    if (actor.partnerId === redemption.partnerId) return;
    throw new AccessDenied('a partner account sees only its own redemptions');
  }
  if (actor.role === 'volunteer') {
    if (actor.volunteerId === redemption.volunteerId) return;
    throw new AccessDenied('a volunteer account sees only its own redemptions');
  }
  assertRole(actor, 'admin', 'organiser', 'auditor');
  assertRegion(actor, redemption.regionCode);
}

/** A partner's own redemption list: that partner, or readers of its region. */
export function assertMayListPartnerRedemptions(
  actor: Actor,
  partner: { partnerId: string; regionCode: string },
): void {
  if (actor.role === 'partner') {
    if (actor.partnerId === partner.partnerId) return;
    throw new AccessDenied('a partner account sees only its own redemptions');
  }
  assertRole(actor, 'admin', 'auditor');
  assertRegion(actor, partner.regionCode);
}
