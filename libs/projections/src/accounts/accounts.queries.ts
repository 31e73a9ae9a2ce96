import type Database from 'better-sqlite3';
import type { AccountRow } from './accounts.projection';

/** Reads over the accounts read model. */
export class AccountsReadModel {
  private readonly byId: Database.Statement<[string], AccountRow>;
  private readonly byUsername: Database.Statement<[string], AccountRow>;
  private readonly countAll: Database.Statement<[], { n: number }>;

  constructor(db: Database.Database) {
    this.byId = db.prepare('SELECT * FROM accounts WHERE account_id = ?');
    this.byUsername = db.prepare('SELECT * FROM accounts WHERE username = ?');
    this.countAll = db.prepare('SELECT count(*) AS n FROM accounts');
  }

  findById(accountId: string): AccountRow | undefined {
    return this.byId.get(accountId);
  }

  findByUsername(normalizedUsername: string): AccountRow | undefined {
    return this.byUsername.get(normalizedUsername);
  }

  count(): number {
    return this.countAll.get()?.n ?? 0;
  }
}
