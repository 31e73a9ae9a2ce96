import type Database from 'better-sqlite3';
import type { IncentiveHistoryRow, VolunteerIncentivesRow } from './volunteer-incentives.projection';

/** Reads over the points and time-bank read model. */
export class VolunteerIncentivesReadModel {
  private readonly totals: Database.Statement<[string], VolunteerIncentivesRow>;
  private readonly history: Database.Statement<[string, number, number], IncentiveHistoryRow>;

  constructor(db: Database.Database) {
    this.totals = db.prepare('SELECT * FROM volunteer_incentives WHERE volunteer_id = ?');
    this.history = db.prepare(
      `SELECT * FROM volunteer_incentive_history WHERE volunteer_id = ? AND position < ?
       ORDER BY position DESC LIMIT ?`,
    );
  }

  totalsOf(volunteerId: string): VolunteerIncentivesRow | undefined {
    return this.totals.get(volunteerId);
  }

  /** History lines, newest first, below a position (the cursor); `limit` at most. */
  historyOf(volunteerId: string, limit: number, before = Number.MAX_SAFE_INTEGER): IncentiveHistoryRow[] {
    return this.history.all(volunteerId, before, limit);
  }
}
