import { Inject, Injectable } from '@nestjs/common';
import { InboxReminderSweep } from '@ledger/application';
import { EVENT_STORE, type EventStore } from '@ledger/event-store';
import { ProjectionRunner } from '@ledger/projections';
import { BackgroundSweeper } from '../scheduling/background-sweeper';

/** How often the server looks for points expiring within 30 days and records pending over 3 days. */
export const INBOX_REMINDER_SWEEP_INTERVAL_MS = 15 * 60 * 1000;

/** Raises the reminders the clock brings (InboxReminderSweep): points expiring, records waiting. */
@Injectable()
export class InboxReminderSweeper extends BackgroundSweeper {
  protected readonly intervalMs = INBOX_REMINDER_SWEEP_INTERVAL_MS;

  constructor(
    private readonly reminders: InboxReminderSweep,
    projections: ProjectionRunner,
    @Inject(EVENT_STORE) store: EventStore,
  ) {
    super('reminder sweep', projections, store);
  }

  protected sweep(): Promise<unknown> {
    return this.reminders.run();
  }
}
