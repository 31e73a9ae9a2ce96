import { keyValidAt } from '@ledger/domain/certificates';
import { verifyDocument } from './eddsa-jcs-2022';
import { didKeyOf } from './multikey';
import { statusBitOf } from './status-list';

export type CheckOutcome = 'passed' | 'failed' | 'skipped';

export interface OfflineVerification {
  readonly valid: boolean;
  readonly checks: {
    readonly signature: CheckOutcome;
    readonly issuer: CheckOutcome;
    readonly revocation: CheckOutcome;
    readonly anchor: CheckOutcome;
  };
  /** Why each check failed or was skipped. */
  readonly notes: readonly string[];
}

export interface PublishedKey {
  readonly publicKeyMultibase: string;
  readonly validFrom: string;
  readonly validUntil: string | null;
}

const objectOf = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/**
 * Verification without the ledger: the signature from the credential's own did:key; the issuer
 * against the issuer's published keys when given (`GET /issuers/{id}/keys` saved to a file); the
 * revocation against a saved status list credential when given. The anchor needs the ledger: skipped.
 * A check that cannot be made is `skipped`, never `passed`; `valid` needs no failure and a signature.
 */
export function verifyOffline(
  credential: unknown,
  options: { keys?: unknown; statusList?: unknown } = {},
): OfflineVerification {
  const notes: string[] = [];
  const doc = objectOf(credential);
  const signature = verifyDocument(credential);
  if (!signature.verified) notes.push(`signature: ${signature.reason}`);

  let issuer: CheckOutcome = 'skipped';
  const proof = objectOf(doc.proof);
  if (signature.verified && objectOf(doc.issuer).id !== didKeyOf(signature.publicKeyMultibase)) {
    issuer = 'failed';
    notes.push('issuer: issuer.id is not the key that signed');
  } else if (options.keys === undefined) {
    notes.push(
      'issuer: skipped — give --keys with the issuer’s published keys to check the key and its period',
    );
  } else {
    const published = objectOf(options.keys).keys;
    const keys = (Array.isArray(published) ? published : []) as PublishedKey[];
    const vm = String(proof.verificationMethod ?? '');
    const key = keys.find((k) => vm === `did:key:${k.publicKeyMultibase}#${k.publicKeyMultibase}`);
    const listed = keys.map((k, i) => ({ ...k, keyId: String(i) }));
    if (!key) {
      issuer = 'failed';
      notes.push('issuer: the signing key is not among the issuer’s published keys');
    } else if (!keyValidAt(listed, String(keys.indexOf(key)), String(proof.created ?? ''))) {
      issuer = 'failed';
      notes.push(`issuer: the key was not valid at ${String(proof.created)}`);
    } else issuer = 'passed';
  }

  let revocation: CheckOutcome = 'skipped';
  const status = objectOf(doc.credentialStatus);
  if (options.statusList === undefined) {
    notes.push(
      'revocation: skipped — give --status-list with the saved list at credentialStatus.statusListCredential',
    );
  } else {
    const list = objectOf(options.statusList);
    const listCheck = verifyDocument(options.statusList);
    const subject = objectOf(list.credentialSubject);
    const sameIssuer = objectOf(list.issuer).issuerId === objectOf(doc.issuer).issuerId;
    if (!listCheck.verified) {
      revocation = 'failed';
      notes.push(`revocation: the status list's own proof fails (${listCheck.reason})`);
    } else if (list.id !== status.statusListCredential || !sameIssuer) {
      revocation = 'failed';
      notes.push('revocation: the status list is not the one the credential points at, or not its issuer’s');
    } else {
      try {
        if (statusBitOf(String(subject.encodedList), Number(status.statusListIndex))) {
          revocation = 'failed';
          notes.push('revocation: the certificate is revoked');
        } else revocation = 'passed';
      } catch (error) {
        revocation = 'failed';
        notes.push(`revocation: ${(error as Error).message}`);
      }
    }
  }
  notes.push(
    'anchor: skipped — only the ledger can say whether its stream still holds that revision and hash',
  );

  const checks = {
    signature: signature.verified ? 'passed' : 'failed',
    issuer,
    revocation,
    anchor: 'skipped',
  } as const;
  const valid = checks.signature === 'passed' && issuer !== 'failed' && revocation !== 'failed';
  return { valid, checks, notes };
}
