import type Database from 'better-sqlite3';
import type { Page } from './service-records.queries';
import type { HoursHistoryRow, VolunteerHoursRow } from './volunteer-hours.projection';

/** Reads over the volunteer-hours read model. */
export class VolunteerHoursReadModel {
  private readonly totals: Database.Statement<[string], VolunteerHoursRow>;
  private readonly history: Database.Statement<[string, number, number], HoursHistoryRow>;

  constructor(db: Database.Database) {
    this.totals = db.prepare('SELECT * FROM volunteer_hours WHERE volunteer_id = ?');
    this.history = db.prepare(
      `SELECT * FROM volunteer_hours_history WHERE volunteer_id = ? AND position < ? ORDER BY position DESC LIMIT ?`,
    );
  }

  totalsOf(volunteerId: string): VolunteerHoursRow | undefined {
    return this.totals.get(volunteerId);
  }

  /** History lines, newest first, below a position (the cursor). */
  historyOf(volunteerId: string, limit: number, before = Number.MAX_SAFE_INTEGER): Page<HoursHistoryRow> {
    const rows = this.history.all(volunteerId, before, limit + 1);
    const items = rows.slice(0, limit);
    return rows.length > limit ? { items, nextBefore: items[items.length - 1].position } : { items };
  }
}
