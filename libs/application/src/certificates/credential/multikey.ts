import { createPublicKey, type KeyObject } from 'node:crypto';

const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** base58btc (Bitcoin alphabet), as multibase `z` uses it. */
export function base58btcEncode(bytes: Uint8Array): string {
  let zeros = 0;
  while (zeros < bytes.length && bytes[zeros] === 0) zeros++;
  const digits: number[] = [];
  for (let i = zeros; i < bytes.length; i++) {
    let carry = bytes[i];
    for (let j = 0; j < digits.length; j++) {
      carry += digits[j] << 8;
      digits[j] = carry % 58;
      carry = Math.floor(carry / 58);
    }
    while (carry > 0) {
      digits.push(carry % 58);
      carry = Math.floor(carry / 58);
    }
  }
  return (
    '1'.repeat(zeros) +
    digits
      .reverse()
      .map((d) => ALPHABET[d])
      .join('')
  );
}

export function base58btcDecode(text: string): Buffer {
  let zeros = 0;
  while (zeros < text.length && text[zeros] === '1') zeros++;
  const bytes: number[] = [];
  for (let i = zeros; i < text.length; i++) {
    const value = ALPHABET.indexOf(text[i]);
    if (value < 0) throw new Error('not base58btc');
    let carry = value;
    for (let j = 0; j < bytes.length; j++) {
      carry += bytes[j] * 58;
      bytes[j] = carry & 0xff;
      carry >>= 8;
    }
    while (carry > 0) {
      bytes.push(carry & 0xff);
      carry >>= 8;
    }
  }
  return Buffer.concat([Buffer.alloc(zeros), Buffer.from(bytes.reverse())]);
}

/** Multicodec prefix of an Ed25519 public key (0xed, varint-encoded). */
const ED25519_PUB = Buffer.from([0xed, 0x01]);
/** The DER prefix of an Ed25519 SubjectPublicKeyInfo; the raw 32 bytes follow it. */
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** `z6Mk...`: the Multikey `publicKeyMultibase` of an Ed25519 public key. */
export function publicKeyMultibase(key: KeyObject): string {
  const der = key.export({ format: 'der', type: 'spki' });
  return 'z' + base58btcEncode(Buffer.concat([ED25519_PUB, der.subarray(SPKI_PREFIX.length)]));
}

/** The Ed25519 public key of a `z6Mk...` Multikey value; throws when it is not one. */
export function publicKeyFromMultibase(multibase: string): KeyObject {
  if (!multibase.startsWith('z')) throw new Error('not a base58btc multibase value');
  const bytes = base58btcDecode(multibase.slice(1));
  if (bytes.length !== 34 || bytes[0] !== 0xed || bytes[1] !== 0x01)
    throw new Error('not an Ed25519 Multikey');
  return createPublicKey({
    key: Buffer.concat([SPKI_PREFIX, bytes.subarray(2)]),
    format: 'der',
    type: 'spki',
  });
}

export const didKeyOf = (multibase: string): string => `did:key:${multibase}`;
export const verificationMethodOf = (multibase: string): string => `did:key:${multibase}#${multibase}`;

/** The public key a `did:key:z6Mk...#z6Mk...` verification method names. */
export function publicKeyOfVerificationMethod(verificationMethod: string): {
  multibase: string;
  key: KeyObject;
} {
  const match = /^did:key:(z[1-9A-HJ-NP-Za-km-z]+)#(z[1-9A-HJ-NP-Za-km-z]+)$/.exec(verificationMethod);
  if (!match || match[1] !== match[2]) throw new Error('verificationMethod is not a did:key Ed25519 key');
  return { multibase: match[1], key: publicKeyFromMultibase(match[1]) };
}
