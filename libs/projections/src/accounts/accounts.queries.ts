import type Database from 'better-sqlite3';
import { ACCOUNT_EVENT_TYPES } from '@ledger/domain';
import type { RegionRange } from '../organisation/organisation.queries';
import { contains, inRange, PagedQuery, type PagedRows, type Paging } from '../paged-query';
import type { ProjectionRunner } from '../projection-runner';
import type { AccountRow } from './accounts.projection';

export interface AccountListFilter {
  readonly region: RegionRange;
  readonly role?: string;
  /** A substring of the username. */
  readonly q?: string;
}

/** Accounts the access guard reads on every request; a county has a few hundred. */
const CACHED_ACCOUNTS = 10_000;

/**
 * Reads over the accounts read model. Rows found by id are kept in memory, because the access guard
 * reads one on every request; `forgetCached` drops them whenever account events reach the read model
 * (the projection runner calls it), so a disabled account is refused from the next request on.
 */
export class AccountsReadModel {
  private readonly cachedById = new Map<string, AccountRow>();
  private readonly byId: Database.Statement<[string], AccountRow>;
  private readonly byUsername: Database.Statement<[string], AccountRow>;
  private readonly countAll: Database.Statement<[], { n: number }>;
  private readonly list: PagedQuery<AccountRow>;

  constructor(db: Database.Database) {
    // Usernames are unique (and stored normalised), so ordering by them alone is total.
    this.list = new PagedQuery(db, { select: '*', from: 'accounts', orderBy: 'username' });
    this.byId = db.prepare('SELECT * FROM accounts WHERE account_id = ?');
    this.byUsername = db.prepare('SELECT * FROM accounts WHERE username = ?');
    this.countAll = db.prepare('SELECT count(*) AS n FROM accounts');
  }

  findById(accountId: string): AccountRow | undefined {
    const cached = this.cachedById.get(accountId);
    if (cached) return cached;
    const row = this.byId.get(accountId);
    if (row) {
      if (this.cachedById.size >= CACHED_ACCOUNTS) this.cachedById.clear();
      this.cachedById.set(accountId, row);
    }
    return row;
  }

  forgetCached(): void {
    this.cachedById.clear();
  }

  findByUsername(normalizedUsername: string): AccountRow | undefined {
    return this.byUsername.get(normalizedUsername);
  }

  count(): number {
    return this.countAll.get()?.n ?? 0;
  }

  /** Accounts of the region by username. The rows hold password hashes: callers show views, never rows. */
  listAccounts(filter: AccountListFilter, paging: Paging): PagedRows<AccountRow> {
    return this.list.run(
      [
        inRange('region_code', 'region', filter.region),
        filter.role === undefined ? undefined : { sql: 'role = @role', params: { role: filter.role } },
        filter.q === undefined ? undefined : contains('username', 'q', filter.q),
      ],
      paging,
    );
  }
}

const ACCOUNT_EVENTS: ReadonlySet<string> = new Set(ACCOUNT_EVENT_TYPES);

/** Drops the read model's cached rows whenever a batch that reaches it holds an account event. */
export function forgetCachedAccountsOnChange(runner: ProjectionRunner, accounts: AccountsReadModel): void {
  runner.onBatch((events) => {
    if (events.some((event) => ACCOUNT_EVENTS.has(event.type))) accounts.forgetCached();
  });
}
