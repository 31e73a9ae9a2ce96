import { Inject, Injectable } from '@nestjs/common';
import {
  NotFound,
  type PilotReference,
  pilotDecider,
  pilotStream,
  projectDecider,
  projectStream,
  stationDecider,
  stationStream,
  teamDecider,
  teamStream,
  requireActiveVolunteer,
  volunteerDecider,
  volunteerStream,
} from '@ledger/domain';
import { EVENT_STORE, type EventStore } from '@ledger/event-store';
import { DeciderRunner } from '../ledger/decider-runner';

/**
 * Reads the things a command names (its pilot, team, project, station, volunteer) from their
 * streams, not from read models: a write never decides on a figure that might lag behind the log.
 * Each throws NotFound (404) when the thing does not exist.
 */
@Injectable()
export class OrganisationReferences {
  constructor(
    private readonly runner: DeciderRunner,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async pilot(pilotId: string | null | undefined): Promise<PilotReference | null> {
    if (pilotId === null || pilotId === undefined) return null;
    const { state } = await this.runner.current(pilotDecider, pilotStream(pilotId));
    if (state.status === 'none') throw new NotFound('pilot', pilotId);
    return { pilotId, regionCode: state.regionCode };
  }

  async team(teamId: string) {
    const loaded = await this.runner.current(teamDecider, teamStream(teamId));
    if (loaded.state.status === 'none') throw new NotFound('team', teamId);
    return { ...loaded, state: loaded.state };
  }

  async project(projectId: string) {
    const { state } = await this.runner.current(projectDecider, projectStream(projectId));
    if (state.status === 'none') throw new NotFound('project', projectId);
    return state;
  }

  async station(stationId: string) {
    const loaded = await this.runner.current(stationDecider, stationStream(stationId));
    if (loaded.state.status === 'none') throw new NotFound('station', stationId);
    return { ...loaded, state: loaded.state };
  }

  /** A volunteer exists when their stream has events (whatever the volunteering feature put there). */
  /** The volunteer exists and has not been forgotten (a forgotten person joins nothing new). */
  async assertVolunteerActive(volunteerId: string): Promise<void> {
    const { state } = await this.runner.current(volunteerDecider, volunteerStream(volunteerId));
    requireActiveVolunteer(state, volunteerId);
  }
}
