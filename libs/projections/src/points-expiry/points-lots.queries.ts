import type Database from 'better-sqlite3';

/** Reads over the points-lots read model. */
export class PointsLotsReadModel {
  private readonly due: Database.Statement<[string, string, number], { volunteer_id: string }>;
  private readonly dueCount: Database.Statement<[string], { volunteers: number }>;
  private readonly upcoming: Database.Statement<[string, number], { expires_on: string; points: number }>;

  constructor(db: Database.Database) {
    this.due = db.prepare(
      `SELECT DISTINCT volunteer_id FROM points_lots
       WHERE remaining > 0 AND expires_on < ? AND volunteer_id > ?
       ORDER BY volunteer_id LIMIT ?`,
    );
    this.dueCount = db.prepare(
      'SELECT COUNT(DISTINCT volunteer_id) AS volunteers FROM points_lots WHERE remaining > 0 AND expires_on < ?',
    );
    this.upcoming = db.prepare(
      `SELECT expires_on, SUM(remaining) AS points FROM points_lots
       WHERE volunteer_id = ? AND remaining > 0
       GROUP BY expires_on ORDER BY expires_on LIMIT ?`,
    );
  }

  /**
   * A volunteer's available points by their last day, soonest first (the order they are spent in):
   * what the volunteer sees as "expiring soon". Held points are not in a lot's remainder.
   */
  upcomingExpiries(volunteerId: string, limit = 3): { expiresOn: string; points: number }[] {
    return this.upcoming
      .all(volunteerId, limit)
      .map((row) => ({ expiresOn: row.expires_on, points: row.points }));
  }

  /**
   * Volunteers with points left in a lot whose last day is before `today` (YYYY-MM-DD), in id order,
   * a page at a time after `after`.
   */
  volunteersWithExpiredLots(today: string, after = '', limit = 500): string[] {
    return this.due.all(today, after, limit).map((row) => row.volunteer_id);
  }

  countVolunteersWithExpiredLots(today: string): number {
    return this.dueCount.get(today)?.volunteers ?? 0;
  }
}
