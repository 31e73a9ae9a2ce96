import { Inject, Injectable } from '@nestjs/common';
import { REDEMPTION_SETTINGS, RedemptionProcess, type RedemptionSettings } from '@ledger/application';
import { EVENT_STORE, type EventStore } from '@ledger/event-store';
import { ProjectionRunner } from '@ledger/projections';
import { BackgroundSweeper } from '../scheduling/background-sweeper';

/**
 * The server finishes what redemptions left open: at start (so after a crash no hold outlives its
 * expiry, and a request that stopped half-way gives back what it held) and then on an interval.
 */
@Injectable()
export class RedemptionSweeper extends BackgroundSweeper {
  protected readonly intervalMs: number;

  constructor(
    private readonly process: RedemptionProcess,
    projections: ProjectionRunner,
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(REDEMPTION_SETTINGS) settings: RedemptionSettings,
  ) {
    super('redemption sweep', projections, store);
    this.intervalMs = settings.sweepIntervalSeconds * 1000;
  }

  protected sweep(atStart: boolean): Promise<unknown> {
    return this.process.sweep(atStart);
  }
}
