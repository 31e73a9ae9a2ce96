import type Database from 'better-sqlite3';
import type { PilotCounts } from '@ledger/domain';

type Count = { n: number };

/**
 * What counts toward a pilot (API.md): a team with at least `minMembers` current members and a
 * 大美志愿 registration number; every project of the pilot; an activity of the pilot's projects that
 * has ended by `now`, within the pilot's period, and has at least one confirmed service record; a
 * station meeting all six musts. `now` comes from the caller's clock: the read model never reads one.
 */
export class PilotProgressReadModel {
  private readonly teams: Database.Statement<[string, number], Count>;
  private readonly projects: Database.Statement<[string], Count>;
  private readonly activities: Database.Statement<[string, number, number, number], Count>;
  private readonly stations: Database.Statement<[string], Count>;

  constructor(db: Database.Database) {
    this.teams = db.prepare(
      `SELECT count(*) AS n FROM org_teams
       WHERE pilot_id = ? AND platform_registration_no IS NOT NULL AND member_count >= ?`,
    );
    this.projects = db.prepare('SELECT count(*) AS n FROM org_projects WHERE pilot_id = ?');
    this.activities = db.prepare(
      `SELECT count(*) AS n FROM org_activities
       WHERE pilot_id = ? AND ends_at_ms <= ? AND ends_at_ms >= ? AND ends_at_ms < ? AND confirmed_records > 0`,
    );
    this.stations = db.prepare(
      'SELECT count(*) AS n FROM org_stations WHERE pilot_id = ? AND meets_six_musts = 1',
    );
  }

  /**
   * `period` bounds the activities that count: held within the pilot's year (from the start of the
   * funding day to the end of its last day), as instants in milliseconds.
   */
  counts(
    pilotId: string,
    minMembers: number,
    now: Date,
    period: { readonly fromMs: number; readonly untilMs: number },
  ): PilotCounts {
    return {
      teams: this.teams.get(pilotId, minMembers)?.n ?? 0,
      projects: this.projects.get(pilotId)?.n ?? 0,
      activities: this.activities.get(pilotId, now.getTime(), period.fromMs, period.untilMs)?.n ?? 0,
      stations: this.stations.get(pilotId)?.n ?? 0,
    };
  }
}
