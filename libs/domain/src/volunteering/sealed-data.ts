/**
 * Personal data travels inside events only in this form: AES-256-GCM ciphertext under a key that
 * belongs to one volunteer and is kept outside the event log. Destroying the key erases the data
 * without rewriting any event. The domain only carries it; sealing and opening are the
 * application's (they need the key and randomness).
 */
export interface SealedData {
  /** The sealing scheme and its version: `aes-256-gcm/v1`. */
  readonly scheme: 'aes-256-gcm/v1';
  /** Which key sealed it: the volunteer id (one key per volunteer). */
  readonly keyId: string;
  /** 96-bit nonce, base64url. */
  readonly iv: string;
  readonly ciphertext: string;
  /** 128-bit authentication tag, base64url. */
  readonly tag: string;
}
