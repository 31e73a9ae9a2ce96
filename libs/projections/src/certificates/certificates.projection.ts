import { CERTIFICATE_EVENT_TYPES, type CertificateEvent } from '@ledger/domain/certificates';
import type { Projection } from '../projection';

export interface CertificateRow {
  certificate_id: string;
  number: string;
  issuer_id: string;
  status_list: number;
  status_index: number;
  volunteer_id: string;
  status: 'valid' | 'revoked';
  issued_at: string;
  revision: number;
}

/** Certificates by number and by issuer's status list: what verification by number and the revocation lists read. */
export const certificatesProjection: Projection = {
  name: 'certificates',
  version: 1,
  tables: ['certificates'],
  schema: `
    CREATE TABLE IF NOT EXISTS certificates (
      certificate_id TEXT PRIMARY KEY,
      number         TEXT NOT NULL UNIQUE,
      issuer_id      TEXT NOT NULL,
      status_list    INTEGER NOT NULL,
      status_index   INTEGER NOT NULL,
      volunteer_id   TEXT NOT NULL,
      status         TEXT NOT NULL,
      issued_at      TEXT NOT NULL,
      revision       INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS certificates_revoked_by_list ON certificates (issuer_id, status_list, status);`,
  eventTypes: CERTIFICATE_EVENT_TYPES,
  bind(db) {
    const insert = db.prepare(
      `INSERT OR IGNORE INTO certificates
         (certificate_id, number, issuer_id, status_list, status_index, volunteer_id, status, issued_at, revision)
       VALUES (@certificateId, @number, @issuerId, @statusList, @statusListIndex, @volunteerId, 'valid', @issuedAt, @revision)`,
    );
    const revoke = db.prepare(
      `UPDATE certificates SET status = 'revoked', revision = @revision WHERE certificate_id = @certificateId`,
    );
    return (recorded) => {
      const event = recorded as unknown as CertificateEvent;
      switch (event.type) {
        case 'CertificateIssued': {
          const d = event.data;
          insert.run({
            certificateId: d.certificateId,
            number: d.number,
            issuerId: d.issuerId,
            statusList: d.statusList,
            statusListIndex: d.statusListIndex,
            volunteerId: d.volunteerId,
            issuedAt: d.issuedAt,
            revision: recorded.revision,
          });
          break;
        }
        case 'CertificateRevoked':
          revoke.run({ certificateId: event.data.certificateId, revision: recorded.revision });
          break;
      }
    };
  },
};
