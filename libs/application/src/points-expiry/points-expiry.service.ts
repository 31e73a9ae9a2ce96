import { Injectable, Logger } from '@nestjs/common';
import { businessDateOf, SYSTEM_ACTOR, volunteerDecider, volunteerStream } from '@ledger/domain';
import { PointsLotsReadModel } from '@ledger/projections';
import { Clock } from '../ledger/clock';
import type { CommandContext } from '../ledger/command-context';
import { commandMetadata } from '../ledger/command-context';
import { DeciderRunner } from '../ledger/decider-runner';
import { deterministicUuid, newId } from '../ledger/ids';

export interface PointsExpirySummary {
  /** The business date (Asia/Shanghai) the run expired lots before. */
  readonly today: string;
  /** Volunteers the read model named with points left in a lot past its last day. */
  readonly volunteers: number;
  readonly lotsExpired: number;
  readonly pointsExpired: number;
  readonly failed: number;
}

const PAGE = 500;

/**
 * The points expiry job: every volunteer with points left in a lot past its last day gets
 * ExpirePoints on its stream, which expires exactly what is left in those lots. Idempotent: a second
 * run the same day finds nothing left (and the decider would append nothing if it did). Never two
 * runs at once in one process; a run beside another process's is harmless for the same reason.
 */
@Injectable()
export class PointsExpiry {
  private readonly logger = new Logger('PointsExpiry');
  private running?: Promise<PointsExpirySummary>;

  constructor(
    private readonly lots: PointsLotsReadModel,
    private readonly runner: DeciderRunner,
    private readonly clock: Clock,
  ) {}

  /** Expected volunteers for this run (for progress). */
  due(): number {
    return this.lots.countVolunteersWithExpiredLots(businessDateOf(this.clock.now().toISOString()));
  }

  run(onProgress?: (done: number, total: number) => void): Promise<PointsExpirySummary> {
    this.running ??= this.expire(onProgress).finally(() => (this.running = undefined));
    return this.running;
  }

  private async expire(onProgress?: (done: number, total: number) => void): Promise<PointsExpirySummary> {
    const now = this.clock.now();
    const today = businessDateOf(now.toISOString());
    const runId = newId();
    const total = this.lots.countVolunteersWithExpiredLots(today);
    let volunteers = 0;
    let lotsExpired = 0;
    let pointsExpired = 0;
    let failed = 0;
    let after = '';
    for (;;) {
      const page = this.lots.volunteersWithExpiredLots(today, after, PAGE);
      if (page.length === 0) break;
      for (const volunteerId of page) {
        after = volunteerId;
        volunteers++;
        const context: CommandContext = {
          commandId: deterministicUuid(`points-expiry\u0000${runId}\u0000${volunteerId}`),
          correlationId: `points-expiry-${runId}`,
          causationId: 'points-expiry',
          actor: SYSTEM_ACTOR,
          now,
        };
        try {
          const result = await this.runner.handle(
            volunteerDecider,
            volunteerStream(volunteerId),
            { type: 'ExpirePoints', data: { volunteerId }, metadata: commandMetadata(context) },
            context,
          );
          for (const event of result.events) {
            if (event.type !== 'PointsExpired') continue;
            lotsExpired++;
            pointsExpired += event.data.points;
          }
        } catch (error) {
          failed++;
          this.logger.warn({
            msg: 'points of a volunteer could not be expired',
            volunteerId,
            error: error instanceof Error ? error.name : 'unknown',
          });
        }
        onProgress?.(volunteers, total);
      }
      if (page.length < PAGE) break;
    }
    const summary = { today, volunteers, lotsExpired, pointsExpired, failed };
    this.logger.log({ msg: 'points expiry run', ...summary });
    return summary;
  }
}
