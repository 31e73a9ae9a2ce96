import type Database from 'better-sqlite3';
import type { ActivityRow } from './activities.projection';
import type { PilotRow } from './pilots.projection';
import type { ProjectRow } from './projects.projection';
import type { StationRow } from './stations.projection';
import type { TeamRow } from './teams.projection';

/** Reads over the organisation read models, one row by id. */
export class OrganisationReadModel {
  private readonly pilot: Database.Statement<[string], PilotRow>;
  private readonly team: Database.Statement<[string], TeamRow>;
  private readonly project: Database.Statement<[string], ProjectRow>;
  private readonly station: Database.Statement<[string], StationRow>;
  private readonly activity: Database.Statement<[string], ActivityRow>;

  constructor(db: Database.Database) {
    this.pilot = db.prepare('SELECT * FROM org_pilots WHERE pilot_id = ?');
    this.team = db.prepare('SELECT * FROM org_teams WHERE team_id = ?');
    this.project = db.prepare('SELECT * FROM org_projects WHERE project_id = ?');
    this.station = db.prepare('SELECT * FROM org_stations WHERE station_id = ?');
    this.activity = db.prepare('SELECT * FROM org_activities WHERE activity_id = ?');
  }

  findPilot(pilotId: string): PilotRow | undefined {
    return this.pilot.get(pilotId);
  }

  findTeam(teamId: string): TeamRow | undefined {
    return this.team.get(teamId);
  }

  findProject(projectId: string): ProjectRow | undefined {
    return this.project.get(projectId);
  }

  findStation(stationId: string): StationRow | undefined {
    return this.station.get(stationId);
  }

  findActivity(activityId: string): ActivityRow | undefined {
    return this.activity.get(activityId);
  }
}
