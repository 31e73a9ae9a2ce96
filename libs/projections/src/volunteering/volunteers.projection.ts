import { VOLUNTEER_EVENT_TYPES, type VolunteerEvent } from '@ledger/domain';
import type { Projection } from '../projection';

export interface VolunteerRow {
  volunteer_id: string;
  volunteer_no: string;
  region_code: string;
  status: 'active' | 'forgotten';
  /** The stream revision of the event that holds the sealed personal data: read it to decrypt. */
  personal_data_revision: number;
  registered_at: string;
  registered_by: string;
  forgotten_at: string | null;
  forgotten_by: string | null;
  /** When the volunteer ended its service (VolunteerExited); null while it serves or after rejoining. */
  exited_at: string | null;
  exited_by: string | null;
  /** The revision of the volunteer's stream after its latest event: the ETag of writes on it. */
  revision: number;
}

export interface TrainingRow {
  training_id: string;
  volunteer_id: string;
  course: string;
  completed_on: string;
  minutes: number;
  recorded_by: string;
  recorded_at: string;
  position: number;
}

export interface CommendationRow {
  commendation_id: string;
  volunteer_id: string;
  title: string;
  awarded_by: string;
  awarded_on: string;
  recorded_by: string;
  recorded_at: string;
  position: number;
}

export interface EvaluationRow {
  evaluation_id: string;
  volunteer_id: string;
  period: string;
  rating: string;
  /** Where the sealed comment is (stream revision), or null when there is none. */
  comment_revision: number | null;
  recorded_by: string;
  recorded_at: string;
  position: number;
}

/**
 * Volunteers and what is recorded about them besides service. No personal data is kept here: only
 * where in the log the sealed data sits, so a query can open it with the volunteer's key.
 */
export const volunteersProjection: Projection = {
  name: 'volunteers',
  version: 2,
  tables: ['volunteers', 'volunteer_trainings', 'volunteer_commendations', 'volunteer_evaluations'],
  schema: `
    CREATE TABLE IF NOT EXISTS volunteers (
      volunteer_id           TEXT PRIMARY KEY,
      volunteer_no           TEXT NOT NULL UNIQUE,
      region_code            TEXT NOT NULL,
      status                 TEXT NOT NULL,
      personal_data_revision INTEGER NOT NULL,
      registered_at          TEXT NOT NULL,
      registered_by          TEXT NOT NULL,
      forgotten_at           TEXT,
      forgotten_by           TEXT,
      exited_at              TEXT,
      exited_by              TEXT,
      revision               INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS volunteers_by_region ON volunteers (region_code);
    CREATE TABLE IF NOT EXISTS volunteer_trainings (
      training_id  TEXT PRIMARY KEY,
      volunteer_id TEXT NOT NULL,
      course       TEXT NOT NULL,
      completed_on TEXT NOT NULL,
      minutes      INTEGER NOT NULL,
      recorded_by  TEXT NOT NULL,
      recorded_at  TEXT NOT NULL,
      position     INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS volunteer_trainings_by_volunteer ON volunteer_trainings (volunteer_id, position);
    CREATE TABLE IF NOT EXISTS volunteer_commendations (
      commendation_id TEXT PRIMARY KEY,
      volunteer_id    TEXT NOT NULL,
      title           TEXT NOT NULL,
      awarded_by      TEXT NOT NULL,
      awarded_on      TEXT NOT NULL,
      recorded_by     TEXT NOT NULL,
      recorded_at     TEXT NOT NULL,
      position        INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS volunteer_commendations_by_volunteer ON volunteer_commendations (volunteer_id, position);
    CREATE TABLE IF NOT EXISTS volunteer_evaluations (
      evaluation_id    TEXT PRIMARY KEY,
      volunteer_id     TEXT NOT NULL,
      period           TEXT NOT NULL,
      rating           TEXT NOT NULL,
      comment_revision INTEGER,
      recorded_by      TEXT NOT NULL,
      recorded_at      TEXT NOT NULL,
      position         INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS volunteer_evaluations_by_volunteer ON volunteer_evaluations (volunteer_id, position);`,
  eventTypes: VOLUNTEER_EVENT_TYPES,
  bind(db) {
    const register = db.prepare(
      `INSERT INTO volunteers (volunteer_id, volunteer_no, region_code, status, personal_data_revision, registered_at, registered_by, revision)
       VALUES (@volunteerId, @volunteerNo, @regionCode, 'active', @revision, @registeredAt, @registeredBy, @revision)`,
    );
    const forget = db.prepare(
      `UPDATE volunteers SET status = 'forgotten', forgotten_at = ?, forgotten_by = ? WHERE volunteer_id = ?`,
    );
    const exit = db.prepare('UPDATE volunteers SET exited_at = ?, exited_by = ? WHERE volunteer_id = ?');
    const touch = db.prepare('UPDATE volunteers SET revision = ? WHERE volunteer_id = ?');
    const training = db.prepare(
      `INSERT INTO volunteer_trainings (training_id, volunteer_id, course, completed_on, minutes, recorded_by, recorded_at, position)
       VALUES (@trainingId, @volunteerId, @course, @completedOn, @minutes, @recordedBy, @recordedAt, @position)`,
    );
    const commendation = db.prepare(
      `INSERT INTO volunteer_commendations (commendation_id, volunteer_id, title, awarded_by, awarded_on, recorded_by, recorded_at, position)
       VALUES (@commendationId, @volunteerId, @title, @awardedBy, @awardedOn, @recordedBy, @recordedAt, @position)`,
    );
    const evaluation = db.prepare(
      `INSERT INTO volunteer_evaluations (evaluation_id, volunteer_id, period, rating, comment_revision, recorded_by, recorded_at, position)
       VALUES (@evaluationId, @volunteerId, @period, @rating, @commentRevision, @recordedBy, @recordedAt, @position)`,
    );
    return (recorded) => {
      const event = recorded as unknown as VolunteerEvent;
      const at = { revision: recorded.revision, position: recorded.position };
      switch (event.type) {
        case 'VolunteerRegistered':
          register.run({ ...event.data, ...at });
          return;
        case 'VolunteerForgotten':
          forget.run(event.data.forgottenAt, event.data.forgottenBy, event.data.volunteerId);
          break;
        case 'VolunteerExited':
          exit.run(event.data.exitedAt, event.data.exitedBy, event.data.volunteerId);
          break;
        case 'VolunteerRejoined':
          exit.run(null, null, event.data.volunteerId);
          break;
        case 'TrainingRecorded':
          training.run({ ...event.data, ...at });
          break;
        case 'CommendationRecorded':
          commendation.run({ ...event.data, ...at });
          break;
        case 'EvaluationRecorded': {
          const { comment: _sealed, ...data } = event.data;
          evaluation.run({ ...data, commentRevision: event.data.comment ? recorded.revision : null, ...at });
          break;
        }
        default:
          break;
      }
      touch.run(recorded.revision, event.data.volunteerId);
    };
  },
};
