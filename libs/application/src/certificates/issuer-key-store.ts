import { createPrivateKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { chmodSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { OnApplicationShutdown } from '@nestjs/common';
import Database from 'better-sqlite3';
import { publicKeyMultibase } from './credential/multikey';

export const ISSUER_KEY_STORE_FILE = 'issuer-keys.sqlite';

export interface GeneratedKey {
  readonly keyId: string;
  readonly publicKeyMultibase: string;
}

/**
 * The issuers' Ed25519 signing keys, in a SQLite file of their own in the data dir (mode 0600), never
 * in an event. A key is generated before the event that publishes it; one the event never named is
 * unused and harmless.
 */
export class IssuerKeyStore implements OnApplicationShutdown {
  private readonly insert: Database.Statement<[string, string, Buffer, string, string]>;
  private readonly select: Database.Statement<[string], { private_key: Buffer }>;

  private constructor(private readonly db: Database.Database) {
    this.insert = db.prepare(
      'INSERT OR IGNORE INTO issuer_keys (key_id, issuer_id, private_key, public_key_multibase, created_at) VALUES (?, ?, ?, ?, ?)',
    );
    this.select = db.prepare('SELECT private_key FROM issuer_keys WHERE key_id = ?');
  }

  static open(file: string): IssuerKeyStore {
    mkdirSync(dirname(file), { recursive: true });
    const db = new Database(file);
    try {
      chmodSync(file, 0o600);
    } catch {
      /* a file system without modes */
    }
    db.pragma('journal_mode = DELETE');
    db.pragma('secure_delete = ON');
    db.exec(`CREATE TABLE IF NOT EXISTS issuer_keys (
      key_id               TEXT PRIMARY KEY,
      issuer_id            TEXT NOT NULL,
      private_key          BLOB NOT NULL,
      public_key_multibase TEXT NOT NULL,
      created_at           TEXT NOT NULL
    )`);
    return new IssuerKeyStore(db);
  }

  /** A new key for the issuer; the same `keyId` again returns the key made the first time (a retry). */
  generate(issuerId: string, keyId: string, now: Date): GeneratedKey {
    const existing = this.privateKey(keyId);
    if (existing) return { keyId, publicKeyMultibase: publicKeyMultibase(existing) };
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const multibase = publicKeyMultibase(publicKey);
    this.insert.run(
      keyId,
      issuerId,
      privateKey.export({ format: 'der', type: 'pkcs8' }),
      multibase,
      now.toISOString(),
    );
    return { keyId, publicKeyMultibase: multibase };
  }

  privateKey(keyId: string): KeyObject | undefined {
    const row = this.select.get(keyId);
    return row ? createPrivateKey({ key: row.private_key, format: 'der', type: 'pkcs8' }) : undefined;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  onApplicationShutdown(): void {
    this.close();
  }
}
