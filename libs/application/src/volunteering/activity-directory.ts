import { Inject, Injectable } from '@nestjs/common';
import { type ActivityFacts, type ActivityScheduled, activityStream, NotFound } from '@ledger/domain';
import { EVENT_STORE, type EventStore } from '@ledger/event-store';

/**
 * What a service record needs of its activity, read from the activity's own stream (not a read
 * model): the project, the pilot and the region it copies, and that the activity exists at all.
 */
@Injectable()
export class ActivityDirectory {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async find(activityId: string): Promise<ActivityFacts> {
    for await (const event of this.store.readStream(activityStream(activityId))) {
      if (event.type === 'ActivityScheduled') {
        const data = event.data as unknown as ActivityScheduled['data'];
        return {
          activityId: data.activityId,
          projectId: data.projectId,
          pilotId: data.pilotId,
          regionCode: data.regionCode,
          startsAt: data.startsAt,
          endsAt: data.endsAt,
        };
      }
    }
    throw new NotFound('activity', activityId);
  }
}
