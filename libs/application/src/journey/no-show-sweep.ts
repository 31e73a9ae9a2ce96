import { Injectable, Logger } from '@nestjs/common';
import { SYSTEM_ACTOR } from '@ledger/domain';
import { SignupsReadModel } from '@ledger/projections';
import { Clock } from '../ledger/clock';
import { deterministicUuid, newId } from '../ledger/ids';
import { JourneyService } from './journey.service';

export interface NoShowSweepSummary {
  readonly activities: number;
  readonly noShows: number;
  readonly failed: number;
}

/**
 * After an activity's end, its accepted sign-ups that never checked in become no-shows
 * (SignupMarkedNoShow). The read model names the ended activities that still hold accepted
 * sign-ups; each is decided on its sign-up stream, where `hasCheckedIn` (signup.decider.ts) keeps
 * a sign-up with a check-in out of it. "Now" is the injected clock. Idempotent: a second run finds
 * nothing left. Never two runs at once in one process.
 */
@Injectable()
export class NoShowSweep {
  private readonly logger = new Logger('NoShowSweep');
  private running?: Promise<NoShowSweepSummary>;

  constructor(
    private readonly signups: SignupsReadModel,
    private readonly journey: JourneyService,
    private readonly clock: Clock,
  ) {}

  run(): Promise<NoShowSweepSummary> {
    this.running ??= this.sweep().finally(() => (this.running = undefined));
    return this.running;
  }

  private async sweep(): Promise<NoShowSweepSummary> {
    const now = this.clock.now();
    const runId = newId();
    let activities = 0;
    let noShows = 0;
    let failed = 0;
    const seen = new Set<string>();
    for (;;) {
      const due = this.signups.endedWithAcceptedSignups(now.getTime()).filter((id) => !seen.has(id));
      if (due.length === 0) break;
      for (const activityId of due) {
        seen.add(activityId);
        activities++;
        try {
          noShows += await this.journey.markNoShows(activityId, {
            commandId: deterministicUuid(`no-show-sweep\u0000${runId}\u0000${activityId}`),
            correlationId: `no-show-sweep-${runId}`,
            causationId: 'no-show-sweep',
            actor: SYSTEM_ACTOR,
            now,
          });
        } catch (error) {
          failed++;
          this.logger.error({ msg: 'no-show sweep of an activity failed', activityId, error: String(error) });
        }
      }
    }
    if (noShows > 0 || failed > 0) this.logger.log({ msg: 'no-shows marked', activities, noShows, failed });
    return { activities, noShows, failed };
  }
}
