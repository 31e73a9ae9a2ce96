import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import type { OnApplicationShutdown } from '@nestjs/common';
import Database from 'better-sqlite3';

export const KEY_STORE_FILE = 'keys.sqlite';
const KEY_BYTES = 32;

/**
 * Where the volunteers' data keys live: outside the event log, so that destroying a key erases a
 * person's data from every event, export and backup of the log at once.
 */
export abstract class VolunteerKeyStore {
  /** Creates the volunteer's key, or returns it when this volunteer already has one (a retried registration). */
  abstract createKey(volunteerId: string): Buffer;
  /** The key, or undefined when it never existed or was destroyed. */
  abstract findKey(volunteerId: string): Buffer | undefined;
  /** Destroys the key for good; a destroyed key is never created again. True when there was one. */
  abstract destroyKey(volunteerId: string): boolean;
  /** The secret of the keyed hash that guards one registration per ID number; created once. */
  abstract identitySecret(): Buffer;
  abstract close(): void;
}

class KeyDestroyed extends Error {
  constructor(volunteerId: string) {
    super(`the data key of volunteer ${volunteerId} was destroyed; it cannot be created again`);
    this.name = 'KeyDestroyed';
  }
}

/**
 * Keys in a SQLite file of their own (mode 0600). `secure_delete` overwrites a deleted key's bytes,
 * and the rollback journal (not WAL) keeps no old copy once a transaction ends; what the file
 * system does with freed blocks is beyond the ledger's reach (see docs/events-volunteering.md).
 */
export class SqliteVolunteerKeyStore extends VolunteerKeyStore implements OnApplicationShutdown {
  private readonly insertKey: Database.Statement<[string, Buffer, string]>;
  private readonly selectKey: Database.Statement<[string], { key: Buffer }>;
  private readonly deleteKey: Database.Statement<[string]>;
  private readonly insertTombstone: Database.Statement<[string, string]>;
  private readonly selectTombstone: Database.Statement<[string], { volunteer_id: string }>;
  private readonly insertSecret: Database.Statement<[string, Buffer]>;
  private readonly selectSecret: Database.Statement<[string], { value: Buffer }>;

  private constructor(private readonly db: Database.Database) {
    super();
    this.insertKey = db.prepare(
      'INSERT OR IGNORE INTO volunteer_keys (volunteer_id, key, created_at) VALUES (?, ?, ?)',
    );
    this.selectKey = db.prepare('SELECT key FROM volunteer_keys WHERE volunteer_id = ?');
    this.deleteKey = db.prepare('DELETE FROM volunteer_keys WHERE volunteer_id = ?');
    this.insertTombstone = db.prepare(
      'INSERT OR IGNORE INTO destroyed_keys (volunteer_id, destroyed_at) VALUES (?, ?)',
    );
    this.selectTombstone = db.prepare('SELECT volunteer_id FROM destroyed_keys WHERE volunteer_id = ?');
    this.insertSecret = db.prepare('INSERT OR IGNORE INTO secrets (name, value) VALUES (?, ?)');
    this.selectSecret = db.prepare('SELECT value FROM secrets WHERE name = ?');
  }

  static open(file: string): SqliteVolunteerKeyStore {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    // Create the file owner-only before SQLite opens it; SQLite gives its journal the same mode.
    closeSync(openSync(file, 'a', 0o600));
    chmodSync(file, 0o600);
    const db = new Database(file);
    db.pragma('journal_mode = DELETE');
    db.pragma('synchronous = FULL');
    db.pragma('secure_delete = ON');
    db.pragma('busy_timeout = 5000');
    db.exec(`
      CREATE TABLE IF NOT EXISTS volunteer_keys (
        volunteer_id TEXT PRIMARY KEY,
        key          BLOB NOT NULL,
        created_at   TEXT NOT NULL
      );
      CREATE TABLE IF NOT EXISTS destroyed_keys (
        volunteer_id TEXT PRIMARY KEY,
        destroyed_at TEXT NOT NULL
      );
      CREATE TABLE IF NOT EXISTS secrets (
        name  TEXT PRIMARY KEY,
        value BLOB NOT NULL
      );`);
    return new SqliteVolunteerKeyStore(db);
  }

  createKey(volunteerId: string): Buffer {
    return this.db
      .transaction(() => {
        if (this.selectTombstone.get(volunteerId)) throw new KeyDestroyed(volunteerId);
        this.insertKey.run(volunteerId, randomBytes(KEY_BYTES), new Date().toISOString());
        return this.selectKey.get(volunteerId)!.key;
      })
      .immediate();
  }

  findKey(volunteerId: string): Buffer | undefined {
    return this.selectKey.get(volunteerId)?.key;
  }

  destroyKey(volunteerId: string): boolean {
    return this.db
      .transaction(() => {
        this.insertTombstone.run(volunteerId, new Date().toISOString());
        return this.deleteKey.run(volunteerId).changes > 0;
      })
      .immediate();
  }

  identitySecret(): Buffer {
    this.insertSecret.run('identity-hmac', randomBytes(KEY_BYTES));
    return this.selectSecret.get('identity-hmac')!.value;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  onApplicationShutdown(): void {
    this.close();
  }
}
