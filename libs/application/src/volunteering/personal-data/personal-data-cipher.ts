import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { SealedData } from '@ledger/domain';

const SCHEME = 'aes-256-gcm/v1';

/**
 * The additional authenticated data binds a ciphertext to its volunteer and its purpose: a sealed
 * profile copied into another volunteer's event, or passed off as a comment, fails to open.
 */
const associatedData = (keyId: string, purpose: string): Buffer =>
  Buffer.from(`volunteer-ledger\u0000${SCHEME}\u0000${keyId}\u0000${purpose}`, 'utf8');

export function seal(key: Buffer, keyId: string, purpose: string, value: unknown): SealedData {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(associatedData(keyId, purpose));
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return {
    scheme: SCHEME,
    keyId,
    iv: iv.toString('base64url'),
    ciphertext: ciphertext.toString('base64url'),
    tag: cipher.getAuthTag().toString('base64url'),
  };
}

/** Opens what `seal` sealed; throws when the key, the purpose or any byte does not match. */
export function open<T>(key: Buffer, sealed: SealedData, purpose: string): T {
  if (sealed.scheme !== SCHEME) throw new Error(`unknown sealing scheme ${String(sealed.scheme)}`);
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64url'));
  decipher.setAAD(associatedData(sealed.keyId, purpose));
  decipher.setAuthTag(Buffer.from(sealed.tag, 'base64url'));
  const plaintext = Buffer.concat([
    decipher.update(Buffer.from(sealed.ciphertext, 'base64url')),
    decipher.final(),
  ]);
  return JSON.parse(plaintext.toString('utf8')) as T;
}
