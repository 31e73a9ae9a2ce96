import type Database from 'better-sqlite3';
import type { NotificationRow } from './notifications.projection';

/** Whose notifications an account sees: its own, its volunteer's, and (staff) its region's. */
export interface InboxOwner {
  readonly accountId: string;
  readonly volunteerId?: string;
  /** The region subtree of staff (`regionCodeRange`); none for volunteers, partners and auditors. */
  readonly staffRegion?: { readonly from: string; readonly to: string };
  /** The region subtree of administrators; none for everyone else. */
  readonly adminRegion?: { readonly from: string; readonly to: string };
}

export interface InboxRow extends NotificationRow {
  read: 0 | 1;
}

const OWNED = `(n.recipient = @accountRecipient OR n.recipient = @volunteerRecipient
  OR (n.recipient = 'staff' AND n.region_code >= @regionFrom AND n.region_code < @regionTo)
  OR (n.recipient = 'admins' AND n.region_code >= @adminFrom AND n.region_code < @adminTo))`;
const READ = `(r.notification_id IS NOT NULL OR n.position <= coalesce(t.position, -1))`;
const FROM = `ntf_notifications n
  LEFT JOIN ntf_reads r ON r.account_id = @accountId AND r.notification_id = n.notification_id
  LEFT JOIN ntf_read_through t ON t.account_id = @accountId`;

/** Queries of the inbox read model. */
export class NotificationsReadModel {
  private readonly page: Database.Statement<object, InboxRow>;
  private readonly unreadPage: Database.Statement<object, InboxRow>;
  private readonly counts: Database.Statement<object, { total: number; unread: number }>;
  private readonly one: Database.Statement<object, InboxRow>;
  private readonly latest: Database.Statement<object, { position: number | null }>;
  private readonly expiring: Database.Statement<
    [string, string],
    { volunteer_id: string; expires_on: string; points: number }
  >;
  private readonly pending: Database.Statement<[], { region_code: string; recorded_at: string }>;

  constructor(db: Database.Database) {
    const select = `SELECT n.*, CASE WHEN ${READ} THEN 1 ELSE 0 END AS read FROM ${FROM}`;
    const order = 'ORDER BY n.position DESC, n.notification_id LIMIT @limit OFFSET @offset';
    this.page = db.prepare(`${select} WHERE ${OWNED} ${order}`);
    this.unreadPage = db.prepare(`${select} WHERE ${OWNED} AND NOT ${READ} ${order}`);
    this.counts = db.prepare(
      `SELECT count(*) AS total, coalesce(sum(CASE WHEN ${READ} THEN 0 ELSE 1 END), 0) AS unread
       FROM ${FROM} WHERE ${OWNED}`,
    );
    this.one = db.prepare(`${select} WHERE ${OWNED} AND n.notification_id = @notificationId`);
    this.latest = db.prepare(`SELECT max(n.position) AS position FROM ${FROM} WHERE ${OWNED}`);
    // The reminder sweep reads the points-lots and service-records read models of the same database.
    this.expiring = db.prepare(
      `SELECT volunteer_id, expires_on, SUM(remaining) AS points FROM points_lots
       WHERE remaining > 0 AND expires_on >= ? AND expires_on <= ?
       GROUP BY volunteer_id, expires_on ORDER BY volunteer_id, expires_on`,
    );
    this.pending = db.prepare(
      "SELECT region_code, recorded_at FROM service_records WHERE status = 'pending' ORDER BY region_code",
    );
  }

  /** Points left in lots whose last day is from `from` through `through` (YYYY-MM-DD), per volunteer and day. */
  pointsExpiringBetween(
    from: string,
    through: string,
  ): { volunteerId: string; expiresOn: string; points: number }[] {
    return this.expiring
      .all(from, through)
      .map((row) => ({ volunteerId: row.volunteer_id, expiresOn: row.expires_on, points: row.points }));
  }

  /** How many records of each region have been pending since before `cutoff` (ms). */
  recordsPendingBefore(cutoff: number): { regionCode: string; count: number }[] {
    const counts = new Map<string, number>();
    for (const row of this.pending.iterate()) {
      if (Date.parse(row.recorded_at) < cutoff)
        counts.set(row.region_code, (counts.get(row.region_code) ?? 0) + 1);
    }
    return [...counts].map(([regionCode, count]) => ({ regionCode, count }));
  }

  /** One page, newest first, with how many there are and how many are unread. */
  list(
    owner: InboxOwner,
    options: { unreadOnly: boolean; limit: number; offset: number },
  ): { rows: InboxRow[]; total: number; unread: number } {
    const params = { ...paramsOf(owner), limit: options.limit, offset: options.offset };
    const counts = this.counts.get(params) ?? { total: 0, unread: 0 };
    const rows = (options.unreadOnly ? this.unreadPage : this.page).all(params);
    return { rows, total: options.unreadOnly ? counts.unread : counts.total, unread: counts.unread };
  }

  /** The notification if it is in the owner's inbox. */
  find(owner: InboxOwner, notificationId: string): InboxRow | undefined {
    return this.one.get({ ...paramsOf(owner), notificationId });
  }

  /** The log position of the owner's newest notification, or null for an empty inbox. */
  latestPosition(owner: InboxOwner): number | null {
    return this.latest.get(paramsOf(owner))?.position ?? null;
  }
}

function paramsOf(owner: InboxOwner) {
  return {
    accountId: owner.accountId,
    accountRecipient: `account:${owner.accountId}`,
    // Never a recipient key: a recipient of "volunteer:" with no id does not exist.
    volunteerRecipient: owner.volunteerId ? `volunteer:${owner.volunteerId}` : 'volunteer:',
    regionFrom: owner.staffRegion?.from ?? '~',
    regionTo: owner.staffRegion?.to ?? '~',
    adminFrom: owner.adminRegion?.from ?? '~',
    adminTo: owner.adminRegion?.to ?? '~',
  };
}
