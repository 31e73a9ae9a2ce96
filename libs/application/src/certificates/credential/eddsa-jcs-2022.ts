import { createHash, type KeyObject, sign, verify } from 'node:crypto';
import canonicalize from 'canonicalize';
import { base58btcDecode, base58btcEncode, publicKeyOfVerificationMethod } from './multikey';

/**
 * Data Integrity proofs with the `eddsa-jcs-2022` cryptosuite (W3C vc-di-eddsa 1.0, section 3.3):
 * hashData = SHA-256(JCS(proofConfig)) ‖ SHA-256(JCS(document without proof)), signed with Ed25519;
 * `proofValue` is the signature as multibase base58btc (`z...`). The proof config carries the
 * document's `@context`.
 */
export type JsonDocument = Record<string, unknown>;

export interface ProofOptions {
  readonly verificationMethod: string;
  readonly created: string;
  readonly proofPurpose?: string;
}

const jcs = (value: unknown): string => {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('not canonicalizable');
  return text;
};
const sha256 = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

export function proofConfigOf(document: JsonDocument, options: ProofOptions): JsonDocument {
  const config: JsonDocument = {
    type: 'DataIntegrityProof',
    cryptosuite: 'eddsa-jcs-2022',
    created: options.created,
    verificationMethod: options.verificationMethod,
    proofPurpose: options.proofPurpose ?? 'assertionMethod',
  };
  if (document['@context'] !== undefined) config['@context'] = document['@context'];
  return config;
}

export function hashData(document: JsonDocument, proofConfig: JsonDocument): Buffer {
  return Buffer.concat([sha256(jcs(proofConfig)), sha256(jcs(document))]);
}

/** The proofValue alone, for a document without proof (deterministic: Ed25519 signatures are). */
export function proofValueFor(document: JsonDocument, options: ProofOptions, privateKey: KeyObject): string {
  const signature = sign(null, hashData(document, proofConfigOf(document, options)), privateKey);
  return 'z' + base58btcEncode(signature);
}

export function attachProof(document: JsonDocument, options: ProofOptions, proofValue: string): JsonDocument {
  return { ...document, proof: { ...proofConfigOf(document, options), proofValue } };
}

export function signDocument(
  document: JsonDocument,
  options: ProofOptions,
  privateKey: KeyObject,
): JsonDocument {
  return attachProof(document, options, proofValueFor(document, options, privateKey));
}

export type ProofCheck =
  | {
      readonly verified: true;
      readonly verificationMethod: string;
      readonly publicKeyMultibase: string;
      readonly created: string;
    }
  | { readonly verified: false; readonly reason: string };

/** Verifies the document's single `eddsa-jcs-2022` proof against the did:key its verificationMethod names. */
export function verifyDocument(secured: unknown): ProofCheck {
  if (!secured || typeof secured !== 'object' || Array.isArray(secured)) {
    return { verified: false, reason: 'the credential is not a JSON object' };
  }
  const { proof, ...document } = secured as JsonDocument;
  if (!proof || typeof proof !== 'object' || Array.isArray(proof))
    return { verified: false, reason: 'no proof' };
  const { proofValue, ...proofOptions } = proof as JsonDocument;
  if (proofOptions.type !== 'DataIntegrityProof' || proofOptions.cryptosuite !== 'eddsa-jcs-2022') {
    return {
      verified: false,
      reason: 'the proof is not a DataIntegrityProof with cryptosuite eddsa-jcs-2022',
    };
  }
  if (typeof proofValue !== 'string' || !/^z[1-9A-HJ-NP-Za-km-z]+$/.test(proofValue)) {
    return { verified: false, reason: 'proofValue is not multibase base58btc' };
  }
  if (proofOptions.proofPurpose !== 'assertionMethod')
    return { verified: false, reason: 'proofPurpose is not assertionMethod' };
  if (typeof proofOptions.created !== 'string')
    return { verified: false, reason: 'proof.created is missing' };
  if (proofOptions['@context'] !== undefined && jcs(proofOptions['@context']) !== jcs(document['@context'])) {
    return { verified: false, reason: "the proof's @context differs from the credential's" };
  }
  let key;
  try {
    key = publicKeyOfVerificationMethod(String(proofOptions.verificationMethod));
  } catch (error) {
    return { verified: false, reason: (error as Error).message };
  }
  let ok = false;
  try {
    const signature = base58btcDecode(proofValue.slice(1));
    ok = signature.length === 64 && verify(null, hashData(document, proofOptions), key.key, signature);
  } catch {
    ok = false;
  }
  if (!ok) return { verified: false, reason: 'the signature does not match the credential' };
  return {
    verified: true,
    verificationMethod: String(proofOptions.verificationMethod),
    publicKeyMultibase: key.multibase,
    created: proofOptions.created,
  };
}
