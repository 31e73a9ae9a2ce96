import { Injectable, Logger } from '@nestjs/common';
import { SYSTEM_ACTOR } from '@ledger/domain';
import { Clock } from '../ledger/clock';
import { deterministicUuid } from '../ledger/ids';
import { NeedsService } from './needs.service';

export interface NeedFulfilmentSweepSummary {
  readonly fulfilled: number;
  readonly failed: number;
}

/**
 * A need becomes fulfilled by itself once a linked activity has ended (by the injected clock) with a
 * confirmed service record. The read model names the candidates; the need's stream decides (a need
 * served already records nothing more), with a command id from (need, activity): running it again,
 * or in two processes, records each need fulfilled once.
 */
@Injectable()
export class NeedFulfilmentSweep {
  private readonly logger = new Logger('NeedFulfilmentSweep');
  private running?: Promise<NeedFulfilmentSweepSummary>;

  constructor(
    private readonly needs: NeedsService,
    private readonly clock: Clock,
  ) {}

  run(): Promise<NeedFulfilmentSweepSummary> {
    this.running ??= this.sweep().finally(() => (this.running = undefined));
    return this.running;
  }

  private async sweep(): Promise<NeedFulfilmentSweepSummary> {
    const now = this.clock.now();
    let fulfilled = 0;
    let failed = 0;
    for (const { need_id: needId, activity_id: activityId } of this.needs.served(now)) {
      try {
        const wrote = await this.needs.fulfil(needId, activityId, {
          commandId: deterministicUuid(`need-fulfilled\u0000${needId}\u0000${activityId}`),
          correlationId: 'need-fulfilment-sweep',
          causationId: 'need-fulfilment-sweep',
          actor: SYSTEM_ACTOR,
          now,
        });
        if (wrote) fulfilled++;
      } catch (error) {
        failed++;
        this.logger.error({ msg: 'recording a need fulfilled failed', needId, error: String(error) });
      }
    }
    if (fulfilled > 0 || failed > 0) this.logger.log({ msg: 'needs fulfilled', fulfilled, failed });
    return { fulfilled, failed };
  }
}
