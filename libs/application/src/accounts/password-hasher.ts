import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>;

const KEY_LENGTH = 32;

/**
 * scrypt with a random 16-byte salt per account. The parameters travel inside the stored hash
 * (`scrypt$<log2 N>$<r>$<p>$<salt>$<hash>`), so raising the cost later leaves old hashes valid.
 */
export class PasswordHasher {
  /** A hash of nothing at this hasher's cost: what an unknown username is checked against. */
  private readonly dummyHash: string;

  /** `log2Cost` comes from LEDGER_SCRYPT_LOG2_COST, checked with the rest of the configuration. */
  constructor(private readonly log2Cost = 15) {
    this.dummyHash = `scrypt$${log2Cost}$8$1$${Buffer.alloc(16).toString('base64url')}$${Buffer.alloc(KEY_LENGTH).toString('base64url')}`;
  }

  async hash(password: string): Promise<string> {
    const salt = randomBytes(16);
    const N = 2 ** this.log2Cost;
    const key = await scryptAsync(password, salt, KEY_LENGTH, { N, r: 8, p: 1, maxmem: 256 * N * 8 });
    return ['scrypt', this.log2Cost, 8, 1, salt.toString('base64url'), key.toString('base64url')].join('$');
  }

  async verify(password: string, stored: string): Promise<boolean> {
    const [scheme, log2N, r, p, salt, expected] = stored.split('$');
    if (scheme !== 'scrypt' || !salt || !expected) return false;
    const N = 2 ** Number(log2N);
    const expectedKey = Buffer.from(expected, 'base64url');
    const key = await scryptAsync(password, Buffer.from(salt, 'base64url'), expectedKey.length, {
      N,
      r: Number(r),
      p: Number(p),
      maxmem: 256 * N * Number(r),
    });
    return key.length === expectedKey.length && timingSafeEqual(key, expectedKey);
  }

  /** Spends the same time as a real check, so an unknown username cannot be told from a wrong password. */
  async verifyNothing(password: string): Promise<false> {
    await this.verify(password, this.dummyHash);
    return false;
  }
}
