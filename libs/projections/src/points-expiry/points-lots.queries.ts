import type Database from 'better-sqlite3';

/** Reads over the points-lots read model. */
export class PointsLotsReadModel {
  private readonly due: Database.Statement<[string, string, number], { volunteer_id: string }>;
  private readonly dueCount: Database.Statement<[string], { volunteers: number }>;

  constructor(db: Database.Database) {
    this.due = db.prepare(
      `SELECT DISTINCT volunteer_id FROM points_lots
       WHERE remaining > 0 AND expires_on < ? AND volunteer_id > ?
       ORDER BY volunteer_id LIMIT ?`,
    );
    this.dueCount = db.prepare(
      'SELECT COUNT(DISTINCT volunteer_id) AS volunteers FROM points_lots WHERE remaining > 0 AND expires_on < ?',
    );
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
