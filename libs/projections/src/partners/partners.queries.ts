import type Database from 'better-sqlite3';
import type { BenefitRow, PartnerRow, RedemptionRow } from './partners.projection';

/** Reads over partners, benefits and redemptions. */
export class PartnersReadModel {
  private readonly partner: Database.Statement<[string], PartnerRow>;
  private readonly benefit: Database.Statement<[string], BenefitRow>;
  private readonly redemption: Database.Statement<[string], RedemptionRow>;
  private readonly ofPartnerOnDay: Database.Statement<[string, string, string], RedemptionRow>;
  private readonly lapsed: Database.Statement<[string, number], RedemptionRow>;
  private readonly stale: Database.Statement<[string, number], RedemptionRow>;
  private readonly unsettled: Database.Statement<[number], RedemptionRow>;

  constructor(db: Database.Database) {
    this.partner = db.prepare('SELECT * FROM partners WHERE partner_id = ?');
    this.benefit = db.prepare('SELECT * FROM benefits WHERE benefit_id = ?');
    this.redemption = db.prepare('SELECT * FROM redemptions WHERE redemption_id = ?');
    this.ofPartnerOnDay = db.prepare(
      `SELECT * FROM redemptions WHERE partner_id = ? AND requested_on BETWEEN ? AND ? ORDER BY requested_at, redemption_id`,
    );
    this.lapsed = db.prepare(
      `SELECT * FROM redemptions WHERE status = 'held' AND expires_at <= ? ORDER BY expires_at LIMIT ?`,
    );
    this.stale = db.prepare(
      `SELECT * FROM redemptions WHERE status = 'requested' AND requested_at <= ? ORDER BY requested_at LIMIT ?`,
    );
    this.unsettled = db.prepare(
      `SELECT * FROM redemptions
       WHERE (status = 'captured' AND (points_state <> 'captured' OR unit_state <> 'captured'))
          OR (status IN ('failed', 'voided', 'expired') AND (points_state = 'held' OR unit_state = 'held'))
       LIMIT ?`,
    );
  }

  partnerById(partnerId: string): PartnerRow | undefined {
    return this.partner.get(partnerId);
  }

  benefitById(benefitId: string): BenefitRow | undefined {
    return this.benefit.get(benefitId);
  }

  redemptionById(redemptionId: string): RedemptionRow | undefined {
    return this.redemption.get(redemptionId);
  }

  /** A partner's redemptions requested on the business dates `from`..`to` (inclusive). */
  redemptionsOfPartner(partnerId: string, from: string, to: string): RedemptionRow[] {
    return this.ofPartnerOnDay.all(partnerId, from, to);
  }

  /**
   * Holds whose time ran out (instants compare as strings only in one format, so `before` must be
   * written as the events write them: ISO-8601 UTC from `Date.toISOString()`).
   */
  lapsedHolds(before: string, limit: number): RedemptionRow[] {
    return this.lapsed.all(before, limit);
  }

  /** Redemptions still at their first step since before `before`: their process stopped half-way. */
  staleRequests(before: string, limit: number): RedemptionRow[] {
    return this.stale.all(before, limit);
  }

  /** Redemptions whose outcome the volunteer's or the benefit's stream does not reflect yet. */
  unsettledRedemptions(limit: number): RedemptionRow[] {
    return this.unsettled.all(limit);
  }
}
