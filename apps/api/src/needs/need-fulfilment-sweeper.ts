import { Inject, Injectable } from '@nestjs/common';
import { NeedFulfilmentSweep } from '@ledger/application';
import { EVENT_STORE, type EventStore } from '@ledger/event-store';
import { ProjectionRunner } from '@ledger/projections';
import { BackgroundSweeper } from '../scheduling/background-sweeper';

/** How often the server looks for needs a linked, ended activity with a confirmed record has served. */
export const NEED_FULFILMENT_SWEEP_INTERVAL_MS = 5 * 60 * 1000;

/** Records needs fulfilled by their linked activities (NeedFulfilmentSweep). */
@Injectable()
export class NeedFulfilmentSweeper extends BackgroundSweeper {
  protected readonly intervalMs = NEED_FULFILMENT_SWEEP_INTERVAL_MS;

  constructor(
    private readonly fulfilment: NeedFulfilmentSweep,
    projections: ProjectionRunner,
    @Inject(EVENT_STORE) store: EventStore,
  ) {
    super('need fulfilment sweep', projections, store);
  }

  protected sweep(): Promise<unknown> {
    return this.fulfilment.run();
  }
}
