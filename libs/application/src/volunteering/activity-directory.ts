import { Injectable } from '@nestjs/common';
import { activityDecider, type ActivityFacts, activityStream, NotFound } from '@ledger/domain';
import { DeciderRunner } from '../ledger/decider-runner';

/**
 * What a service record needs of its activity, read from the activity's own stream (not a read
 * model): the project, the pilot and the region it copies, and that the activity exists at all.
 */
@Injectable()
export class ActivityDirectory {
  constructor(private readonly runner: DeciderRunner) {}

  async find(activityId: string): Promise<ActivityFacts> {
    const { state } = await this.runner.current(activityDecider, activityStream(activityId));
    if (state.status === 'none') throw new NotFound('activity', activityId);
    return {
      activityId: state.activityId,
      projectId: state.projectId,
      pilotId: state.pilotId,
      regionCode: state.regionCode,
      startsAt: state.startsAt,
      endsAt: state.endsAt,
    };
  }
}
