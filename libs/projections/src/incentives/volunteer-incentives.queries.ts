import type Database from 'better-sqlite3';
import type { IncentiveHistoryRow, VolunteerIncentivesRow } from './volunteer-incentives.projection';

/**
 * A volunteer's points as the summary shows them (API.md's points object, without `expiring`). They
 * always add up: earned − clawedBack − spent − expired − held = available.
 */
export interface PointsFigures {
  readonly available: number;
  readonly held: number;
  readonly earned: number;
  /** Taken back by a void or a downward correction of a confirmed service record. */
  readonly clawedBack: number;
  readonly spent: number;
  readonly expired: number;
}

/** The points figures of a row of totals (undefined: no points event yet, all zero). */
export const pointsFiguresOf = (row: VolunteerIncentivesRow | undefined): PointsFigures => ({
  available: row?.points_available ?? 0,
  held: row?.points_held ?? 0,
  earned: row?.points_earned ?? 0,
  clawedBack: row?.points_clawed_back ?? 0,
  spent: row?.points_spent ?? 0,
  expired: row?.points_expired ?? 0,
});

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

  /** The points figures of a volunteer; all zero before their first points event. */
  pointsOf(volunteerId: string): PointsFigures {
    return pointsFiguresOf(this.totals.get(volunteerId));
  }

  /** History lines, newest first, below a position (the cursor); `limit` at most. */
  historyOf(volunteerId: string, limit: number, before = Number.MAX_SAFE_INTEGER): IncentiveHistoryRow[] {
    return this.history.all(volunteerId, before, limit);
  }
}
