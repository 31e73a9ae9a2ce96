import type Database from 'better-sqlite3';
import type { CertificateRow } from './certificates.projection';

/** Reads over the certificates read model. */
export class CertificatesReadModel {
  private readonly byNumber: Database.Statement<[string], CertificateRow>;
  private readonly revoked: Database.Statement<[string, number], { status_index: number }>;

  constructor(db: Database.Database) {
    this.byNumber = db.prepare('SELECT * FROM certificates WHERE number = ?');
    this.revoked = db.prepare(
      `SELECT status_index FROM certificates WHERE issuer_id = ? AND status_list = ? AND status = 'revoked'`,
    );
  }

  findByNumber(number: string): CertificateRow | undefined {
    return this.byNumber.get(number);
  }

  /** The indices set in an issuer's status list. */
  revokedIndices(issuerId: string, statusList: number): number[] {
    return this.revoked.all(issuerId, statusList).map((row) => row.status_index);
  }
}
