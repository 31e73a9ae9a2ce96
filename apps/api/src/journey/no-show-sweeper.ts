import { Inject, Injectable } from '@nestjs/common';
import { NoShowSweep } from '@ledger/application';
import { EVENT_STORE, type EventStore } from '@ledger/event-store';
import { ProjectionRunner } from '@ledger/projections';
import { BackgroundSweeper } from '../scheduling/background-sweeper';

/** How often the server looks for ended activities with accepted sign-ups that never checked in. */
export const NO_SHOW_SWEEP_INTERVAL_MS = 5 * 60 * 1000;

/** Marks accepted sign-ups of ended activities that never checked in as no-shows (NoShowSweep). */
@Injectable()
export class NoShowSweeper extends BackgroundSweeper {
  protected readonly intervalMs = NO_SHOW_SWEEP_INTERVAL_MS;

  constructor(
    private readonly noShows: NoShowSweep,
    projections: ProjectionRunner,
    @Inject(EVENT_STORE) store: EventStore,
  ) {
    super('no-show sweep', projections, store);
  }

  protected sweep(): Promise<unknown> {
    return this.noShows.run();
  }
}
