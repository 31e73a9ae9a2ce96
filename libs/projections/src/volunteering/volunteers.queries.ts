import type Database from 'better-sqlite3';
import type { CommendationRow, EvaluationRow, TrainingRow, VolunteerRow } from './volunteers.projection';

/** Reads over the volunteers read model. */
export class VolunteersReadModel {
  private readonly byId: Database.Statement<[string], VolunteerRow>;
  private readonly trainings: Database.Statement<[string], TrainingRow>;
  private readonly commendations: Database.Statement<[string], CommendationRow>;
  private readonly evaluations: Database.Statement<[string], EvaluationRow>;

  constructor(db: Database.Database) {
    this.byId = db.prepare('SELECT * FROM volunteers WHERE volunteer_id = ?');
    this.trainings = db.prepare('SELECT * FROM volunteer_trainings WHERE volunteer_id = ? ORDER BY position');
    this.commendations = db.prepare(
      'SELECT * FROM volunteer_commendations WHERE volunteer_id = ? ORDER BY position',
    );
    this.evaluations = db.prepare(
      'SELECT * FROM volunteer_evaluations WHERE volunteer_id = ? ORDER BY position',
    );
  }

  findById(volunteerId: string): VolunteerRow | undefined {
    return this.byId.get(volunteerId);
  }

  trainingsOf(volunteerId: string): TrainingRow[] {
    return this.trainings.all(volunteerId);
  }

  commendationsOf(volunteerId: string): CommendationRow[] {
    return this.commendations.all(volunteerId);
  }

  evaluationsOf(volunteerId: string): EvaluationRow[] {
    return this.evaluations.all(volunteerId);
  }
}
