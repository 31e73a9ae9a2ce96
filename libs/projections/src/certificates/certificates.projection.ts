import { businessDateOf, type VolunteerRegistered } from '@ledger/domain';
import { CERTIFICATE_EVENT_TYPES, type CertificateEvent } from '@ledger/domain/certificates';
import type { Projection } from '../projection';

export interface CertificateRow {
  certificate_id: string;
  number: string;
  issuer_id: string;
  status_list: number;
  status_index: number;
  volunteer_id: string;
  volunteer_no: string;
  /** The volunteer's region (the issuer's when the volunteer is unknown): who may list it. */
  region_code: string;
  status: 'valid' | 'revoked';
  issued_at: string;
  /** Business date (Asia/Shanghai) of `issued_at`: what a listing's from/to filter. */
  issued_on: string;
  period_from: string;
  period_to: string;
  total_minutes: number;
  total_records: number;
  revision: number;
}

/** Issuer ids are `iss-<region code>`. */
const issuerRegionOf = (issuerId: string): string => issuerId.slice(4);

/**
 * Certificates by number and by issuer's status list (what verification by number and the revocation
 * lists read), and by region, volunteer and issue date (the console's list). The volunteers' regions are
 * kept here from their registrations, so this read model rebuilds on its own.
 */
export const certificatesProjection: Projection = {
  name: 'certificates',
  // v2: volunteer number, region, issue date, period and totals (lists); the volunteers' regions.
  version: 2,
  tables: ['certificates', 'certificate_volunteer_regions'],
  schema: `
    CREATE TABLE IF NOT EXISTS certificates (
      certificate_id TEXT PRIMARY KEY,
      number         TEXT NOT NULL UNIQUE,
      issuer_id      TEXT NOT NULL,
      status_list    INTEGER NOT NULL,
      status_index   INTEGER NOT NULL,
      volunteer_id   TEXT NOT NULL,
      volunteer_no   TEXT NOT NULL,
      region_code    TEXT NOT NULL,
      status         TEXT NOT NULL,
      issued_at      TEXT NOT NULL,
      issued_on      TEXT NOT NULL,
      period_from    TEXT NOT NULL,
      period_to      TEXT NOT NULL,
      total_minutes  INTEGER NOT NULL,
      total_records  INTEGER NOT NULL,
      revision       INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS certificates_revoked_by_list ON certificates (issuer_id, status_list, status);
    CREATE INDEX IF NOT EXISTS certificates_by_region ON certificates (region_code, issued_at);
    CREATE INDEX IF NOT EXISTS certificates_by_volunteer ON certificates (volunteer_id, issued_at);
    CREATE TABLE IF NOT EXISTS certificate_volunteer_regions (
      volunteer_id TEXT PRIMARY KEY,
      region_code  TEXT NOT NULL
    ) WITHOUT ROWID;`,
  eventTypes: [...CERTIFICATE_EVENT_TYPES, 'VolunteerRegistered'],
  bind(db) {
    const volunteer = db.prepare(
      'INSERT OR IGNORE INTO certificate_volunteer_regions (volunteer_id, region_code) VALUES (?, ?)',
    );
    const insert = db.prepare(
      `INSERT OR IGNORE INTO certificates
         (certificate_id, number, issuer_id, status_list, status_index, volunteer_id, volunteer_no, region_code,
          status, issued_at, issued_on, period_from, period_to, total_minutes, total_records, revision)
       VALUES (@certificateId, @number, @issuerId, @statusList, @statusListIndex, @volunteerId, @volunteerNo,
          coalesce((SELECT region_code FROM certificate_volunteer_regions WHERE volunteer_id = @volunteerId),
                   @issuerRegion),
          'valid', @issuedAt, @issuedOn, @periodFrom, @periodTo, @totalMinutes, @totalRecords, @revision)`,
    );
    const revoke = db.prepare(
      `UPDATE certificates SET status = 'revoked', revision = @revision WHERE certificate_id = @certificateId`,
    );
    return (recorded) => {
      const event = recorded as unknown as CertificateEvent | VolunteerRegistered;
      switch (event.type) {
        case 'VolunteerRegistered':
          volunteer.run(event.data.volunteerId, event.data.regionCode);
          break;
        case 'CertificateIssued': {
          const d = event.data;
          insert.run({
            certificateId: d.certificateId,
            number: d.number,
            issuerId: d.issuerId,
            statusList: d.statusList,
            statusListIndex: d.statusListIndex,
            volunteerId: d.volunteerId,
            volunteerNo: d.volunteerNo,
            issuerRegion: issuerRegionOf(d.issuerId),
            issuedAt: d.issuedAt,
            issuedOn: businessDateOf(d.issuedAt),
            periodFrom: d.period.from,
            periodTo: d.period.to,
            // As the certificate's totals: its confirmed service records.
            totalMinutes: d.records.reduce((sum, r) => sum + r.minutes, 0),
            totalRecords: d.records.length,
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
