import type { AccountEvent } from '@ledger/domain';
import { ACCOUNT_EVENT_TYPES } from '@ledger/domain';
import type { Projection } from '../projection';

export interface AccountRow {
  account_id: string;
  username: string;
  role: string;
  region_code: string;
  partner_id: string | null;
  volunteer_id: string | null;
  password_hash: string;
  status: 'active' | 'disabled';
  registered_at: string;
  /** 1 while the password in use was set by someone else (registration or reset), else 0. */
  must_change_password: 0 | 1;
  /**
   * How many times the password was changed or reset: access tokens carry the value they were issued
   * under, and the access guard refuses a token whose value is no longer the account's.
   */
  password_version: number;
  revision: number;
}

/** Accounts by id and by username: what logins and the access guard read. */
export const accountsProjection: Projection = {
  name: 'accounts',
  version: 2,
  tables: ['accounts'],
  schema: `
    CREATE TABLE IF NOT EXISTS accounts (
      account_id    TEXT PRIMARY KEY,
      username      TEXT NOT NULL UNIQUE,
      role          TEXT NOT NULL,
      region_code   TEXT NOT NULL,
      partner_id    TEXT,
      volunteer_id  TEXT,
      password_hash TEXT NOT NULL,
      status        TEXT NOT NULL,
      registered_at TEXT NOT NULL,
      must_change_password INTEGER NOT NULL DEFAULT 0,
      password_version     INTEGER NOT NULL DEFAULT 0,
      revision      INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS accounts_by_region ON accounts (region_code);`,
  eventTypes: ACCOUNT_EVENT_TYPES,
  bind(db) {
    const insert = db.prepare(
      `INSERT INTO accounts (account_id, username, role, region_code, partner_id, volunteer_id, password_hash, status, registered_at, must_change_password, password_version, revision)
       VALUES (@accountId, @username, @role, @regionCode, @partnerId, @volunteerId, @passwordHash, 'active', @registeredAt, @mustChange, 0, @revision)`,
    );
    const setPassword = db.prepare(
      `UPDATE accounts SET password_hash = ?, must_change_password = ?, password_version = password_version + 1, revision = ?
       WHERE account_id = ?`,
    );
    const disable = db.prepare("UPDATE accounts SET status = 'disabled', revision = ? WHERE account_id = ?");
    return (recorded) => {
      const event = recorded as unknown as AccountEvent & { revision: number };
      switch (event.type) {
        case 'AccountRegistered':
          insert.run({
            ...event.data,
            mustChange: event.data.mustChangePassword === true ? 1 : 0,
            revision: recorded.revision,
          });
          break;
        case 'AccountPasswordChanged':
          setPassword.run(event.data.passwordHash, 0, recorded.revision, event.data.accountId);
          break;
        case 'AccountPasswordReset':
          setPassword.run(event.data.passwordHash, 1, recorded.revision, event.data.accountId);
          break;
        case 'AccountDisabled':
          disable.run(recorded.revision, event.data.accountId);
          break;
      }
    };
  },
};
