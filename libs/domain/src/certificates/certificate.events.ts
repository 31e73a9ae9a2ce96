import type { DomainEvent } from '../decider';

/** An issuing organisation (a 科协 of a region). Stream `issuer-<issuerId>`; one issuer per region. */
export type IssuerRegistered = DomainEvent<
  'IssuerRegistered',
  {
    issuerId: string;
    name: string;
    regionCode: string;
    personInCharge: string;
    handler: string;
    contact: string;
    /** The first signing key: its id and public key (Multikey, `z6Mk...`); the private key never enters an event. */
    keyId: string;
    publicKeyMultibase: string;
    registeredBy: string;
    registeredAt: string;
  }
>;

/** A new signing key takes over from `rotatedAt`; the previous one stays published, valid until then. */
export type IssuerKeyRotated = DomainEvent<
  'IssuerKeyRotated',
  {
    issuerId: string;
    keyId: string;
    publicKeyMultibase: string;
    previousKeyId: string;
    rotatedBy: string;
    rotatedAt: string;
  }
>;

export type IssuerEvent = IssuerRegistered | IssuerKeyRotated;
export const ISSUER_EVENT_TYPES: readonly IssuerEvent['type'][] = ['IssuerRegistered', 'IssuerKeyRotated'];

/** Counter stream `certificate-numbers-<issuerId>-<year>`: one event per number handed out. */
export type CertificateNumberAllocated = DomainEvent<
  'CertificateNumberAllocated',
  { issuerId: string; year: number; sequence: number; number: string; certificateId: string }
>;

export interface CertificateRecordFact {
  recordId: string;
  activityId: string;
  activity: string;
  date: string;
  startedAt: string;
  endedAt: string;
  minutes: number;
  content: string;
}

/**
 * A certificate was issued (stream `certificate-<certificateId>`). It holds the facts and the proof, not
 * the person's name or ID: those are read from the volunteer's sealed profile when shown, so
 * forgetting the volunteer erases them here too.
 */
export type CertificateIssued = DomainEvent<
  'CertificateIssued',
  {
    certificateId: string;
    number: string;
    issuerId: string;
    keyId: string;
    volunteerId: string;
    volunteerNo: string;
    purpose: string | null;
    period: { from: string; to: string };
    records: CertificateRecordFact[];
    trainings: { trainingId: string; course: string; completedOn: string; minutes: number }[];
    commendations: { commendationId: string; title: string; awardedBy: string; awardedOn: string }[];
    starLevel: number;
    anchor: { stream: string; revision: number; hash: string };
    /** Status list (per issuer and year) and the certificate's bit in it. */
    statusList: number;
    statusListIndex: number;
    /** The ledger's public base URL when issued: the credential's links (issuer, status list) are built on it. */
    publicUrl: string;
    /** The Data Integrity proof's `created` and `proofValue` (eddsa-jcs-2022). */
    proofCreated: string;
    proofValue: string;
    issuedBy: string;
    issuedAt: string;
  }
>;

export type CertificateRevoked = DomainEvent<
  'CertificateRevoked',
  { certificateId: string; number: string; reason: string; revokedBy: string; revokedAt: string }
>;

export type CertificateEvent = CertificateIssued | CertificateRevoked;
export const CERTIFICATE_EVENT_TYPES: readonly CertificateEvent['type'][] = [
  'CertificateIssued',
  'CertificateRevoked',
];
