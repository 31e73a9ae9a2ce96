import type Database from 'better-sqlite3';
import type { StarRoundCandidateRow, StarRoundRow } from './star-rounds.projection';

/** Reads over the star-rounds read model. */
export class StarRoundsReadModel {
  private readonly one: Database.Statement<[string], StarRoundRow>;
  private readonly recent: Database.Statement<[number], StarRoundRow>;
  private readonly candidates: Database.Statement<[string, string, number], StarRoundCandidateRow>;

  constructor(db: Database.Database) {
    this.one = db.prepare('SELECT * FROM star_rounds WHERE round_id = ?');
    this.recent = db.prepare('SELECT * FROM star_rounds ORDER BY opened_at DESC, round_id LIMIT ?');
    this.candidates = db.prepare(
      `SELECT * FROM star_round_candidates WHERE round_id = ? AND volunteer_id > ?
       ORDER BY volunteer_id LIMIT ?`,
    );
  }

  find(roundId: string): StarRoundRow | undefined {
    return this.one.get(roundId);
  }

  /** The most recently opened rounds first. */
  list(limit: number): StarRoundRow[] {
    return this.recent.all(limit);
  }

  /** A round's candidates by volunteer id, after `after` (a cursor), `limit` at most. */
  candidatesOf(roundId: string, limit: number, after = ''): StarRoundCandidateRow[] {
    return this.candidates.all(roundId, after, limit);
  }
}
