import type Database from 'better-sqlite3';
import type { BenefitRow, PartnerRow, RedemptionRow } from './partners.projection';

export interface PartnerListRow extends PartnerRow {
  benefit_count: number;
}

export interface RedemptionExportRow extends RedemptionRow {
  benefit_title: string | null;
}

/** A range of region codes (`regionCodeRange`): every region inside one. */
interface RegionRange {
  readonly from: string;
  readonly to: string;
}

export interface PartnerListFilter {
  /** Only partners registered inside this range; none: every region. */
  readonly region?: RegionRange;
  /** Only this partner (a partner account lists itself). */
  readonly partnerId?: string;
  /** A part of the name. */
  readonly q?: string;
}

export interface BenefitListFilter {
  /** true: on offer on `today` (validFrom ≤ today ≤ validTo); false: not; none: every benefit. */
  readonly active?: boolean;
  readonly today: string;
}

/** One page: how many rows, after how many. */
interface Slice {
  readonly limit: number;
  readonly offset: number;
}

type PartnerListParams = {
  regionFrom: string | null;
  regionTo: string | null;
  partnerId: string | null;
  q: string | null;
};
type BenefitListParams = { partnerId: string; active: number | null; today: string };

// Optional filters are written once: a NULL parameter switches its condition off.
const PARTNER_FILTER = `
  (@regionFrom IS NULL OR (p.region_code >= @regionFrom AND p.region_code < @regionTo))
  AND (@partnerId IS NULL OR p.partner_id = @partnerId)
  AND (@q IS NULL OR instr(lower(p.name), lower(@q)) > 0)`;
const BENEFIT_FILTER = `
  partner_id = @partnerId
  AND (@active IS NULL OR (valid_from <= @today AND valid_to >= @today) = @active)`;

/** Reads over partners, benefits and redemptions. */
export class PartnersReadModel {
  private readonly partner: Database.Statement<[string], PartnerRow>;
  private readonly benefit: Database.Statement<[string], BenefitRow>;
  private readonly redemption: Database.Statement<[string], RedemptionRow>;
  private readonly ofPartnerOnDay: Database.Statement<[string, string, string], RedemptionRow>;
  private readonly lapsed: Database.Statement<[string, number], RedemptionRow>;
  private readonly stale: Database.Statement<[string, number], RedemptionRow>;
  private readonly unsettled: Database.Statement<[number], RedemptionRow>;
  private readonly partnerPage: Database.Statement<[PartnerListParams & Slice], PartnerListRow>;
  private readonly partnerCount: Database.Statement<[PartnerListParams], { total: number }>;
  private readonly benefitPage: Database.Statement<[BenefitListParams & Slice], BenefitRow>;
  private readonly benefitCount: Database.Statement<[BenefitListParams], { total: number }>;
  private readonly exportRows: Database.Statement<[string, string, string], RedemptionExportRow>;

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
    this.partnerPage = db.prepare(
      `SELECT p.*, (SELECT COUNT(*) FROM benefits b WHERE b.partner_id = p.partner_id) AS benefit_count
       FROM partners p WHERE ${PARTNER_FILTER}
       ORDER BY p.name, p.partner_id LIMIT @limit OFFSET @offset`,
    );
    this.partnerCount = db.prepare(`SELECT COUNT(*) AS total FROM partners p WHERE ${PARTNER_FILTER}`);
    this.benefitPage = db.prepare(
      `SELECT * FROM benefits WHERE ${BENEFIT_FILTER} ORDER BY title, benefit_id LIMIT @limit OFFSET @offset`,
    );
    this.benefitCount = db.prepare(`SELECT COUNT(*) AS total FROM benefits WHERE ${BENEFIT_FILTER}`);
    this.exportRows = db.prepare(
      `SELECT r.*, b.title AS benefit_title FROM redemptions r LEFT JOIN benefits b ON b.benefit_id = r.benefit_id
       WHERE r.partner_id = ? AND r.requested_on BETWEEN ? AND ? ORDER BY r.requested_at, r.redemption_id`,
    );
  }

  /** Partners by name (then id), a page at a time, with how many benefits each has offered. */
  partners(filter: PartnerListFilter, slice: Slice): { rows: PartnerListRow[]; total: number } {
    const params: PartnerListParams = {
      regionFrom: filter.region?.from ?? null,
      regionTo: filter.region?.to ?? null,
      partnerId: filter.partnerId ?? null,
      q: filter.q ?? null,
    };
    return {
      rows: this.partnerPage.all({ ...params, ...slice }),
      total: this.partnerCount.get(params)?.total ?? 0,
    };
  }

  /** A partner's benefits by title (then id), a page at a time. */
  benefitsOfPartner(
    partnerId: string,
    filter: BenefitListFilter,
    slice: Slice,
  ): { rows: BenefitRow[]; total: number } {
    const params: BenefitListParams = {
      partnerId,
      active: filter.active === undefined ? null : Number(filter.active),
      today: filter.today,
    };
    return {
      rows: this.benefitPage.all({ ...params, ...slice }),
      total: this.benefitCount.get(params)?.total ?? 0,
    };
  }

  /** As `redemptionsOfPartner`, with each benefit's title: the venue's export. */
  redemptionsForExport(partnerId: string, from: string, to: string): RedemptionExportRow[] {
    return this.exportRows.all(partnerId, from, to);
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
