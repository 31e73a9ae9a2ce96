import type Database from 'better-sqlite3';
import type { CertificateRow } from './certificates.projection';

export interface CertificateListFilter {
  /** Certificates of volunteers inside this range of region codes (`regionCodeRange`); none: any. */
  readonly region?: { readonly from: string; readonly to: string };
  readonly volunteerId?: string;
  /** The beginning of the number (`410100-2026`), or all of it. */
  readonly number?: string;
  readonly status?: 'valid' | 'revoked';
  /** Business dates of issue, inclusive. */
  readonly issuedFrom?: string;
  readonly issuedTo?: string;
}

type ListParams = {
  regionFrom: string | null;
  regionTo: string | null;
  volunteerId: string | null;
  number: string | null;
  status: string | null;
  issuedFrom: string | null;
  issuedTo: string | null;
};

// A NULL parameter switches its condition off. Numbers are digits and '-', and ':' sorts right after
// '9', so a prefix is the range [prefix, prefix + ':').
const LIST_FILTER = `
  (@regionFrom IS NULL OR (region_code >= @regionFrom AND region_code < @regionTo))
  AND (@volunteerId IS NULL OR volunteer_id = @volunteerId)
  AND (@number IS NULL OR (number >= @number AND number < (@number || ':')))
  AND (@status IS NULL OR status = @status)
  AND (@issuedFrom IS NULL OR issued_on >= @issuedFrom)
  AND (@issuedTo IS NULL OR issued_on <= @issuedTo)`;

/** Reads over the certificates read model. */
export class CertificatesReadModel {
  private readonly byNumber: Database.Statement<[string], CertificateRow>;
  private readonly revoked: Database.Statement<[string, number], { status_index: number }>;
  private readonly listPage: Database.Statement<
    [ListParams & { limit: number; offset: number }],
    CertificateRow
  >;
  private readonly listCount: Database.Statement<[ListParams], { total: number }>;

  constructor(db: Database.Database) {
    this.byNumber = db.prepare('SELECT * FROM certificates WHERE number = ?');
    this.revoked = db.prepare(
      `SELECT status_index FROM certificates WHERE issuer_id = ? AND status_list = ? AND status = 'revoked'`,
    );
    this.listPage = db.prepare(
      `SELECT * FROM certificates WHERE ${LIST_FILTER}
       ORDER BY issued_at DESC, certificate_id DESC LIMIT @limit OFFSET @offset`,
    );
    this.listCount = db.prepare(`SELECT COUNT(*) AS total FROM certificates WHERE ${LIST_FILTER}`);
  }

  findByNumber(number: string): CertificateRow | undefined {
    return this.byNumber.get(number);
  }

  /** The indices set in an issuer's status list. */
  revokedIndices(issuerId: string, statusList: number): number[] {
    return this.revoked.all(issuerId, statusList).map((row) => row.status_index);
  }

  /** Certificates newest first (by issue time, then id), a page at a time. */
  page(
    filter: CertificateListFilter,
    slice: { limit: number; offset: number },
  ): { rows: CertificateRow[]; total: number } {
    const params: ListParams = {
      regionFrom: filter.region?.from ?? null,
      regionTo: filter.region?.to ?? null,
      volunteerId: filter.volunteerId ?? null,
      number: filter.number ?? null,
      status: filter.status ?? null,
      issuedFrom: filter.issuedFrom ?? null,
      issuedTo: filter.issuedTo ?? null,
    };
    return {
      rows: this.listPage.all({ ...params, ...slice }),
      total: this.listCount.get(params)?.total ?? 0,
    };
  }
}
