import type Database from 'better-sqlite3';
import { type Condition, contains, inRange, PagedQuery, type PagedRows, type Paging } from '../paged-query';
import type { ActivityRow } from './activities.projection';
import type { PilotRow } from './pilots.projection';
import type { ProjectRow } from './projects.projection';
import type { StationRow } from './stations.projection';
import type { TeamRow } from './teams.projection';

/** The region codes a caller sees: a half-open range of codes (`regionCodeRange` in the domain). */
export interface RegionRange {
  readonly from: string;
  readonly to: string;
}

export interface PilotListFilter {
  readonly region: RegionRange;
  readonly level?: string;
  /** A substring of the name. */
  readonly q?: string;
}

export interface TeamListFilter {
  readonly region: RegionRange;
  readonly q?: string;
  readonly pilotId?: string;
}

export interface ProjectListFilter {
  readonly region: RegionRange;
  readonly q?: string;
  readonly teamId?: string;
  readonly pilotId?: string;
}

export interface StationListFilter {
  readonly region: RegionRange;
  readonly q?: string;
  readonly pilotId?: string;
}

export interface ActivityListFilter {
  readonly region: RegionRange;
  /** A substring of the title. */
  readonly q?: string;
  readonly projectId?: string;
  readonly stationId?: string;
  /** Starting at or after this instant (epoch ms). */
  readonly startsFromMs?: number;
  /** Starting before this instant (epoch ms). */
  readonly startsBeforeMs?: number;
}

const equals = (column: string, name: string, value: string | undefined): Condition | undefined =>
  value === undefined ? undefined : { sql: `${column} = @${name}`, params: { [name]: value } };

const nameContains = (column: string, q: string | undefined): Condition | undefined =>
  q === undefined ? undefined : contains(column, 'q', q);

/** Reads over the organisation read models: one row by id, and the console's filtered lists. */
export class OrganisationReadModel {
  private readonly pilot: Database.Statement<[string], PilotRow>;
  private readonly team: Database.Statement<[string], TeamRow>;
  private readonly project: Database.Statement<[string], ProjectRow>;
  private readonly station: Database.Statement<[string], StationRow>;
  private readonly activity: Database.Statement<[string], ActivityRow>;
  private readonly pilots: PagedQuery<PilotRow>;
  private readonly teams: PagedQuery<TeamRow>;
  private readonly projects: PagedQuery<ProjectRow>;
  private readonly stations: PagedQuery<StationRow>;
  private readonly activities: PagedQuery<ActivityRow>;

  constructor(db: Database.Database) {
    this.pilot = db.prepare('SELECT * FROM org_pilots WHERE pilot_id = ?');
    this.team = db.prepare('SELECT * FROM org_teams WHERE team_id = ?');
    this.project = db.prepare('SELECT * FROM org_projects WHERE project_id = ?');
    this.station = db.prepare('SELECT * FROM org_stations WHERE station_id = ?');
    this.activity = db.prepare('SELECT * FROM org_activities WHERE activity_id = ?');
    // Every order ends in the id, so rows that tie (same name, same start) keep one order across pages.
    this.pilots = new PagedQuery(db, {
      select: '*',
      from: 'org_pilots',
      orderBy: 'funded_on DESC, name, pilot_id',
    });
    this.teams = new PagedQuery(db, { select: '*', from: 'org_teams', orderBy: 'name, team_id' });
    this.projects = new PagedQuery(db, { select: '*', from: 'org_projects', orderBy: 'name, project_id' });
    this.stations = new PagedQuery(db, { select: '*', from: 'org_stations', orderBy: 'name, station_id' });
    this.activities = new PagedQuery(db, {
      select: '*',
      from: 'org_activities',
      orderBy: 'starts_at_ms DESC, activity_id',
    });
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

  /** Pilots in the region, the most recently funded first, then by name. */
  listPilots(filter: PilotListFilter, paging: Paging): PagedRows<PilotRow> {
    return this.pilots.run(
      [
        inRange('region_code', 'region', filter.region),
        equals('level', 'level', filter.level),
        nameContains('name', filter.q),
      ],
      paging,
    );
  }

  /** Teams in the region, by name. */
  listTeams(filter: TeamListFilter, paging: Paging): PagedRows<TeamRow> {
    return this.teams.run(
      [
        inRange('region_code', 'region', filter.region),
        equals('pilot_id', 'pilotId', filter.pilotId),
        nameContains('name', filter.q),
      ],
      paging,
    );
  }

  /** Projects in the region, by name. */
  listProjects(filter: ProjectListFilter, paging: Paging): PagedRows<ProjectRow> {
    return this.projects.run(
      [
        inRange('region_code', 'region', filter.region),
        equals('team_id', 'teamId', filter.teamId),
        equals('pilot_id', 'pilotId', filter.pilotId),
        nameContains('name', filter.q),
      ],
      paging,
    );
  }

  /** Stations in the region, by name. */
  listStations(filter: StationListFilter, paging: Paging): PagedRows<StationRow> {
    return this.stations.run(
      [
        inRange('region_code', 'region', filter.region),
        equals('pilot_id', 'pilotId', filter.pilotId),
        nameContains('name', filter.q),
      ],
      paging,
    );
  }

  /** Activities in the region, the latest start first. */
  listActivities(filter: ActivityListFilter, paging: Paging): PagedRows<ActivityRow> {
    return this.activities.run(
      [
        inRange('region_code', 'region', filter.region),
        equals('project_id', 'projectId', filter.projectId),
        equals('station_id', 'stationId', filter.stationId),
        filter.startsFromMs === undefined
          ? undefined
          : { sql: 'starts_at_ms >= @startsFrom', params: { startsFrom: filter.startsFromMs } },
        filter.startsBeforeMs === undefined
          ? undefined
          : { sql: 'starts_at_ms < @startsBefore', params: { startsBefore: filter.startsBeforeMs } },
        nameContains('title', filter.q),
      ],
      paging,
    );
  }
}
