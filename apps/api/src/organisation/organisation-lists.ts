import { Injectable } from '@nestjs/common';
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
} from '@ledger/application';
import { type Actor, regionCodeRange, startOfBusinessDay } from '@ledger/domain';
import { OrganisationReadModel } from '@ledger/projections';
import { type Page, pageOf, pageRequestOf } from '../http/paging';
import type {
  ListActivitiesQuery,
  ListPilotsQuery,
  ListProjectsQuery,
  ListStationsQuery,
  ListTeamsQuery,
} from './dto/organisation-lists.dto';

/**
 * The console's lists of the organisation. The guard lets only the reading roles in; every list
 * then holds only rows inside the caller's region (province ⊃ city ⊃ county), the rule the reads
 * by id apply, so a list never names what its rows' pages would refuse.
 */
@Injectable()
export class OrganisationLists {
  constructor(private readonly readModel: OrganisationReadModel) {}

  pilots(actor: Actor, query: ListPilotsQuery): Page<PilotView> {
    const request = pageRequestOf(query);
    const { rows, total } = this.readModel.listPilots(
      { region: regionCodeRange(actor.regionCode), level: query.level, q: query.q },
      request,
    );
    return pageOf(request, rows.map(pilotViewOfRow), total);
  }

  teams(actor: Actor, query: ListTeamsQuery): Page<TeamView> {
    const request = pageRequestOf(query);
    const { rows, total } = this.readModel.listTeams(
      { region: regionCodeRange(actor.regionCode), q: query.q, pilotId: query.pilotId },
      request,
    );
    return pageOf(request, rows.map(teamViewOfRow), total);
  }

  projects(actor: Actor, query: ListProjectsQuery): Page<ProjectView> {
    const request = pageRequestOf(query);
    const { rows, total } = this.readModel.listProjects(
      {
        region: regionCodeRange(actor.regionCode),
        q: query.q,
        teamId: query.teamId,
        pilotId: query.pilotId,
      },
      request,
    );
    return pageOf(request, rows.map(projectViewOfRow), total);
  }

  stations(actor: Actor, query: ListStationsQuery): Page<StationView> {
    const request = pageRequestOf(query);
    const { rows, total } = this.readModel.listStations(
      { region: regionCodeRange(actor.regionCode), q: query.q, pilotId: query.pilotId },
      request,
    );
    return pageOf(request, rows.map(stationViewOfRow), total);
  }

  /** `from` and `to` are business dates: an activity counts by the Asia/Shanghai day it starts on. */
  activities(actor: Actor, query: ListActivitiesQuery): Page<ActivityView> {
    const request = pageRequestOf(query);
    const { rows, total } = this.readModel.listActivities(
      {
        region: regionCodeRange(actor.regionCode),
        q: query.q,
        projectId: query.projectId,
        stationId: query.stationId,
        startsFromMs: query.from === undefined ? undefined : startOfBusinessDay(query.from),
        startsBeforeMs: query.to === undefined ? undefined : startOfBusinessDay(query.to, 1),
      },
      request,
    );
    return pageOf(request, rows.map(activityViewOfRow), total);
  }
}
