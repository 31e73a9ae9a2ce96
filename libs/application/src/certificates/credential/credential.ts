import type { CertificateIssued } from '@ledger/domain/certificates';

/** The JSON-LD context every credential starts with (VC Data Model 2.0); kept here, never fetched. */
export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';

export const CERTIFICATE_CREDENTIAL_TYPE = 'VolunteerServiceCertificate';

export interface CredentialIssuer {
  readonly issuerId: string;
  readonly name: string;
  readonly regionCode: string;
  readonly publicKeyMultibase: string;
}

export interface CredentialPerson {
  readonly name: string;
  readonly idType: string | null;
  readonly idNumberMasked: string | null;
}

export const issuerUrl = (publicUrl: string, issuerId: string): string =>
  `${publicUrl}/api/v1/issuers/${encodeURIComponent(issuerId)}`;
export const statusListUrl = (publicUrl: string, issuerId: string, list: number): string =>
  `${issuerUrl(publicUrl, issuerId)}/status-lists/${list}`;
export const verifyUrlOf = (publicUrl: string, number: string): string =>
  `${publicUrl}/api/v1/verify/${encodeURIComponent(number)}`;

export const totalsOf = (issued: Pick<CertificateIssued['data'], 'records' | 'trainings'>) => ({
  minutes: issued.records.reduce((sum, r) => sum + r.minutes, 0),
  records: issued.records.length,
  trainingMinutes: issued.trainings.reduce((sum, t) => sum + t.minutes, 0),
});

/**
 * The credential before its proof: built from the issuance event, the person's (masked) identity and
 * the issuer, so it is the same JSON every time it is built and its stored proof stays valid.
 */
export function unsignedCredential(
  issued: CertificateIssued['data'],
  person: CredentialPerson,
  issuer: CredentialIssuer,
  publicUrl: string,
): Record<string, unknown> {
  const listUrl = statusListUrl(publicUrl, issuer.issuerId, issued.statusList);
  return {
    '@context': [VC_V2_CONTEXT],
    id: `urn:uuid:${issued.certificateId}`,
    type: ['VerifiableCredential', CERTIFICATE_CREDENTIAL_TYPE],
    name: '志愿服务记录证明',
    issuer: {
      id: `did:key:${issuer.publicKeyMultibase}`,
      name: issuer.name,
      url: issuerUrl(publicUrl, issuer.issuerId),
      issuerId: issuer.issuerId,
      regionCode: issuer.regionCode,
    },
    validFrom: issued.issuedAt,
    credentialSubject: {
      type: 'Volunteer',
      certificateNumber: issued.number,
      name: person.name,
      idType: person.idType,
      idNumberMasked: person.idNumberMasked,
      volunteerNo: issued.volunteerNo,
      purpose: issued.purpose,
      period: issued.period,
      totals: totalsOf(issued),
      records: issued.records,
      trainings: issued.trainings,
      commendations: issued.commendations,
      starLevel: issued.starLevel,
      anchor: issued.anchor,
    },
    credentialStatus: {
      id: `${listUrl}#${issued.statusListIndex}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(issued.statusListIndex),
      statusListCredential: listUrl,
    },
  };
}
