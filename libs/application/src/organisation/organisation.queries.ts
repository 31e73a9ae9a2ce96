import { Injectable } from '@nestjs/common';
import {
  type Actor,
  assessPilotProgress,
  NotFound,
  businessDateOf,
  startOfBusinessDay,
  type PilotProgress,
} from '@ledger/domain';
import {
  type NeedFigures,
  NeedsReadModel,
  OrganisationReadModel,
  PilotProgressReadModel,
} from '@ledger/projections';
import { assertMayAct, READER_ROLES } from './organisation-access';
import {
  type ActivityView,
  activityViewOfRow,
  type PilotView,
  pilotViewOfRow,
  type ProjectView,
  projectViewOfRow,
  type StationView,
  stationViewOfRow,
  type TeamView,
  teamViewOfRow,
} from './organisation.views';

export interface Versioned<T> {
  readonly view: T;
  /** The stream revision the read model reflects: the ETag. */
  readonly revision: number;
}

/** Reads for administrators, organisers and auditors of the region the thing lies in. */
@Injectable()
export class OrganisationQueries {
  constructor(
    private readonly readModel: OrganisationReadModel,
    private readonly progressReadModel: PilotProgressReadModel,
    private readonly needsReadModel: NeedsReadModel,
  ) {}

  pilot(actor: Actor, pilotId: string): Versioned<PilotView> {
    const row = this.readModel.findPilot(pilotId);
    if (!row) throw new NotFound('pilot', pilotId);
    assertMayAct(actor, READER_ROLES, row.region_code);
    return { view: pilotViewOfRow(row), revision: row.revision };
  }

  /** The pilot's figures as of `now` (the caller's clock): activities count only once they have ended. */
  pilotProgress(actor: Actor, pilotId: string, now: Date): PilotProgress & { needs: NeedFigures } {
    const pilot = this.pilot(actor, pilotId).view;
    const counts = this.progressReadModel.counts(pilotId, pilot.targets.teams.minMembers, now, {
      fromMs: startOfBusinessDay(pilot.fundedOn),
      untilMs: startOfBusinessDay(pilot.endsOn, 1),
    });
    const progress = assessPilotProgress(
      {
        pilotId,
        level: pilot.level,
        regionCode: pilot.regionCode,
        fundedOn: pilot.fundedOn,
        endsOn: pilot.endsOn,
        targets: pilot.targets,
      },
      counts,
      businessDateOf(now),
    );
    // Needs of the public of the pilot's region: received, fulfilled, overdue, average rating.
    return { ...progress, needs: this.needsReadModel.figures(pilot.regionCode, now) };
  }

  team(actor: Actor, teamId: string): Versioned<TeamView> {
    const row = this.readModel.findTeam(teamId);
    if (!row) throw new NotFound('team', teamId);
    assertMayAct(actor, READER_ROLES, row.region_code);
    return { view: teamViewOfRow(row), revision: row.revision };
  }

  project(actor: Actor, projectId: string): Versioned<ProjectView> {
    const row = this.readModel.findProject(projectId);
    if (!row) throw new NotFound('project', projectId);
    assertMayAct(actor, READER_ROLES, row.region_code);
    return { view: projectViewOfRow(row), revision: row.revision };
  }

  station(actor: Actor, stationId: string): Versioned<StationView> {
    const row = this.readModel.findStation(stationId);
    if (!row) throw new NotFound('station', stationId);
    assertMayAct(actor, READER_ROLES, row.region_code);
    return { view: stationViewOfRow(row), revision: row.revision };
  }

  activity(actor: Actor, activityId: string): Versioned<ActivityView> {
    const row = this.readModel.findActivity(activityId);
    if (!row) throw new NotFound('activity', activityId);
    assertMayAct(actor, READER_ROLES, row.region_code);
    return { view: activityViewOfRow(row), revision: row.revision };
  }
}
