/**
 * A service certificate (志愿服务记录证明) as the API returns it (`GET /certificates/{id}`) and as the
 * PDF renders it. Stable contract between issuance and rendering: add optional fields only.
 */

/** Who the certificate is about: masked identity only, never the raw ID number. */
export interface CertificateVolunteer {
  readonly id: string;
  /** `已注销` once the volunteer was forgotten. */
  readonly name: string;
  /** `resident-id`, `passport`, `hk-macao-permit`, `taiwan-permit`, `foreign-permanent-resident`; null once forgotten. */
  readonly idType: string | null;
  readonly idNumberMasked: string | null;
  readonly volunteerNo: string;
}

/** The period asked for, dates `YYYY-MM-DD` (Asia/Shanghai); both ends included. */
export interface CertificatePeriod {
  readonly from: string;
  readonly to: string;
}

export interface CertificateTotals {
  /** Confirmed service minutes in the period. */
  readonly minutes: number;
  /** Confirmed service records in the period. */
  readonly records: number;
  /** Training minutes completed in the period. */
  readonly trainingMinutes: number;
}

/** One confirmed service record in the period. */
export interface CertificateRecord {
  readonly recordId: string;
  readonly activityId: string;
  /** The activity's title, as recorded when issued. */
  readonly activity: string;
  /** Service date `YYYY-MM-DD` (Asia/Shanghai). */
  readonly date: string;
  readonly startedAt: string;
  readonly endedAt: string;
  readonly minutes: number;
  /** The service content as recorded. */
  readonly content: string;
}

export interface CertificateTraining {
  readonly trainingId: string;
  readonly course: string;
  readonly completedOn: string;
  readonly minutes: number;
}

export interface CertificateCommendation {
  readonly commendationId: string;
  readonly title: string;
  readonly awardedBy: string;
  readonly awardedOn: string;
}

/** The issuing organisation (a 科协 of a region), with the key the credential was signed with. */
export interface CertificateIssuer {
  readonly id: string;
  readonly name: string;
  readonly regionCode: string;
  /** 负责人 */
  readonly personInCharge: string;
  /** 经办人 */
  readonly handler: string;
  /** 联系方式 */
  readonly contact: string;
  /** `did:key:z6Mk...` of the signing key. */
  readonly did: string;
  /** `did:key:z6Mk...#z6Mk...` */
  readonly verificationMethod: string;
}

/** The ledger position the facts were computed from. */
export interface CertificateAnchor {
  /** `volunteer-<volunteerId>` */
  readonly stream: string;
  /** Stream revision (0-based) of the last event folded. */
  readonly revision: number;
  /** Chain hash of that event in the store. */
  readonly hash: string;
}

export interface CertificateRevocation {
  readonly reason: string;
  readonly revokedAt: string;
  readonly revokedBy: string;
}

export interface CertificateDocument {
  readonly id: string;
  /** `<issuer region>-<year>-<sequence>`, e.g. `410100-2026-000001`, unique per issuer and year. */
  readonly number: string;
  readonly issuedAt: string;
  /** Issue date `YYYY-MM-DD` (Asia/Shanghai), as printed. */
  readonly issuedOn: string;
  readonly status: 'valid' | 'revoked';
  readonly revocation: CertificateRevocation | null;
  readonly purpose: string | null;
  readonly volunteer: CertificateVolunteer;
  readonly period: CertificatePeriod;
  readonly totals: CertificateTotals;
  readonly records: readonly CertificateRecord[];
  readonly trainings: readonly CertificateTraining[];
  readonly commendations: readonly CertificateCommendation[];
  /** Awarded star level 0–5 at the anchor. */
  readonly starLevel: number;
  readonly issuer: CertificateIssuer;
  readonly anchor: CertificateAnchor;
  /** W3C VC 2.0 credential with an `eddsa-jcs-2022` Data Integrity proof. */
  readonly credential: Record<string, unknown>;
  /** `<LEDGER_PUBLIC_URL>/api/v1/verify/<number>`; the PDF's QR code encodes it. */
  readonly verifyUrl: string;
  /** Notes printed at the foot of the certificate (备注). */
  readonly notes: readonly string[];
}

/** Renders a certificate as an A4 PDF; provided by the PDF module, used by `GET /certificates/{id}/pdf`. */
export abstract class CertificatePdfRenderer {
  abstract render(document: CertificateDocument): Promise<Buffer>;
}
