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
  revision: number;
}

/** Accounts by id and by username: what logins and the access guard read. */
export const accountsProjection: Projection = {
  name: 'accounts',
  version: 1,
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
      revision      INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS accounts_by_region ON accounts (region_code);`,
  eventTypes: ACCOUNT_EVENT_TYPES,
  bind(db) {
    const insert = db.prepare(
      `INSERT INTO accounts (account_id, username, role, region_code, partner_id, volunteer_id, password_hash, status, registered_at, revision)
       VALUES (@accountId, @username, @role, @regionCode, @partnerId, @volunteerId, @passwordHash, 'active', @registeredAt, @revision)`,
    );
    const setPassword = db.prepare(
      'UPDATE accounts SET password_hash = ?, revision = ? WHERE account_id = ?',
    );
    const disable = db.prepare("UPDATE accounts SET status = 'disabled', revision = ? WHERE account_id = ?");
    return (recorded) => {
      const event = recorded as unknown as AccountEvent & { revision: number };
      switch (event.type) {
        case 'AccountRegistered':
          insert.run({ ...event.data, revision: recorded.revision });
          break;
        case 'AccountPasswordChanged':
          setPassword.run(event.data.passwordHash, recorded.revision, event.data.accountId);
          break;
        case 'AccountDisabled':
          disable.run(recorded.revision, event.data.accountId);
          break;
      }
    };
  },
};
