import { createHash, createPrivateKey, generateKeyPairSync, verify as edVerify } from 'node:crypto';
import { attachProof, hashData, proofValueFor, signDocument, verifyDocument } from './eddsa-jcs-2022';
import {
  base58btcDecode,
  base58btcEncode,
  publicKeyFromMultibase,
  publicKeyMultibase,
  verificationMethodOf,
} from './multikey';
import { encodeStatusList, statusBitOf } from './status-list';

/** The eddsa-jcs-2022 test vector of W3C vc-di-eddsa (TestVectors/eddsa-jcs-2022, keyPair.json). */
const VECTOR_KEY = {
  publicKeyMultibase: 'z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2',
  privateKeyMultibase: 'z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq',
};
const VECTOR_CONTEXT = [
  'https://www.w3.org/ns/credentials/v2',
  'https://www.w3.org/ns/credentials/examples/v2',
];
const VECTOR_UNSIGNED = {
  '@context': VECTOR_CONTEXT,
  id: 'urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33',
  type: ['VerifiableCredential', 'AlumniCredential'],
  name: 'Alumni Credential',
  description: 'A minimum viable example of an Alumni Credential.',
  issuer: 'https://vc.example/issuers/5678',
  validFrom: '2023-01-01T00:00:00Z',
  credentialSubject: { id: 'did:example:abcdefgh', alumniOf: 'The School of Examples' },
};
const VECTOR_OPTIONS = {
  created: '2023-02-24T23:36:38Z',
  verificationMethod: 'https://vc.example/issuers/5678#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2',
};
const VECTOR_PROOF_VALUE =
  'z63t83Y53KfzJ5ZosfKTnqfMcKB2dmTrfjSaQjeNNjAD5srBowQfmWqeRb8rRjmeEuCBEsddF9LsVogtuTsijJKh4';

type Json = Record<string, unknown>;
/** Sets the value at a path of a JSON copy (arrays by index). */
function tampered(document: Json, path: (string | number)[], value: unknown): Json {
  const copy = JSON.parse(JSON.stringify(document)) as Json;
  let node: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]] = value;
  return copy;
}

/** Ed25519 seed (multicodec 0x8026 + 32 bytes) → a node:crypto private key, via JWK. */
function privateKeyFromMultibase(multibase: string) {
  const bytes = base58btcDecode(multibase.slice(1));
  expect([bytes[0], bytes[1]]).toEqual([0x80, 0x26]);
  const d = bytes.subarray(2).toString('base64url');
  const publicBytes = base58btcDecode(VECTOR_KEY.publicKeyMultibase.slice(1)).subarray(2);
  return createPrivateKey({
    key: { kty: 'OKP', crv: 'Ed25519', d, x: publicBytes.toString('base64url') },
    format: 'jwk',
  });
}

describe('eddsa-jcs-2022', () => {
  it('reproduces the W3C test vector: same proofValue from the same key, and it verifies', () => {
    const privateKey = privateKeyFromMultibase(VECTOR_KEY.privateKeyMultibase);
    expect(proofValueFor(VECTOR_UNSIGNED, VECTOR_OPTIONS, privateKey)).toBe(VECTOR_PROOF_VALUE);
    const signature = base58btcDecode(VECTOR_PROOF_VALUE.slice(1));
    const config = {
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-jcs-2022',
      proofPurpose: 'assertionMethod',
      ...VECTOR_OPTIONS,
      '@context': VECTOR_CONTEXT,
    };
    expect(
      edVerify(
        null,
        hashData(VECTOR_UNSIGNED, config),
        publicKeyFromMultibase(VECTOR_KEY.publicKeyMultibase),
        signature,
      ),
    ).toBe(true);
  });

  it('base58btc round-trips, leading zeros included', () => {
    for (const bytes of [Buffer.from([0, 0, 1, 2, 255]), Buffer.alloc(0), Buffer.from('hello world')]) {
      expect(base58btcDecode(base58btcEncode(bytes))).toEqual(bytes);
    }
    expect(base58btcEncode(Buffer.from('hello world'))).toBe('StV1DL6CwTryKyV');
  });

  describe('with a fresh did:key', () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const multibase = publicKeyMultibase(publicKey);
    const options = {
      verificationMethod: verificationMethodOf(multibase),
      created: '2026-03-10T04:00:00.000Z',
    };
    const document = {
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      type: ['VerifiableCredential'],
      issuer: { id: `did:key:${multibase}`, name: '郑州市科协' },
      credentialSubject: {
        name: '李华',
        totals: { minutes: 150 },
        records: [{ date: '2026-03-05', minutes: 150 }],
      },
    };
    const signed = signDocument(document, options, privateKey);

    it('a did:key of Ed25519 starts z6Mk', () => expect(multibase).toMatch(/^z6Mk/));

    it('verifies untouched', () => expect(verifyDocument(signed)).toMatchObject({ verified: true }));

    it.each<[string, (string | number)[], unknown]>([
      ['subject', ['credentialSubject', 'name'], '王五'],
      ['minutes', ['credentialSubject', 'records', 0, 'minutes'], 151],
      ['dates', ['credentialSubject', 'records', 0, 'date'], '2026-03-06'],
      ['issuer', ['issuer', 'name'], '别的科协'],
      ['proof.created', ['proof', 'created'], '2026-03-11T04:00:00.000Z'],
      ['proofValue', ['proof', 'proofValue'], 'z' + base58btcEncode(Buffer.alloc(64, 7))],
      ['context', ['@context'], ['https://www.w3.org/ns/credentials/v2', { x: 'y' }]],
    ])('fails when the %s is changed', (_what, path, value) => {
      expect(verifyDocument(tampered(signed, path, value))).toMatchObject({ verified: false });
    });

    it('fails under another key', () => {
      const other = publicKeyMultibase(generateKeyPairSync('ed25519').publicKey);
      expect(
        verifyDocument(tampered(signed, ['proof', 'verificationMethod'], verificationMethodOf(other))),
      ).toMatchObject({
        verified: false,
        reason: expect.stringContaining('signature'),
      });
    });

    it('the proof is the document signed over SHA-256(JCS(config)) ‖ SHA-256(JCS(document))', () => {
      const { proofValue, ...config } = signed.proof as { proofValue: string } & Json;
      const sha = (s: string) => createHash('sha256').update(s).digest();
      // JCS by hand: keys sorted, no whitespace (this document has no numbers needing ES formatting rules).
      const jcs = (v: unknown): string =>
        v === null || typeof v !== 'object'
          ? JSON.stringify(v)
          : Array.isArray(v)
            ? `[${v.map(jcs).join(',')}]`
            : `{${Object.keys(v)
                .sort()
                .map((k) => `${JSON.stringify(k)}:${jcs((v as Json)[k])}`)
                .join(',')}}`;
      const data = Buffer.concat([sha(jcs(config)), sha(jcs(document))]);
      expect(edVerify(null, data, publicKey, base58btcDecode(proofValue.slice(1)))).toBe(true);
      expect(attachProof(document, options, proofValue)).toEqual(signed);
    });
  });
});

describe('bitstring status list', () => {
  it('sets exactly the revoked bits, first bit the high bit of the first byte', () => {
    const list = encodeStatusList([1, 7, 8, 131_071]);
    for (const i of [1, 7, 8, 131_071]) expect(statusBitOf(list, i)).toBe(true);
    for (const i of [0, 2, 6, 9, 131_070]) expect(statusBitOf(list, i)).toBe(false);
    expect(list.startsWith('u')).toBe(true);
  });
});
