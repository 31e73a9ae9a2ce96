import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InboxReminderSweep } from '@ledger/application';
import { EVENT_STORE, type EventStore } from '@ledger/event-store';
import { ProjectionRunner } from '@ledger/projections';

/** How often the server looks for points expiring within 30 days and records pending over 3 days. */
export const INBOX_REMINDER_SWEEP_INTERVAL_MS = 15 * 60 * 1000;

/**
 * Runs the reminder sweep (InboxReminderSweep) once the read models are current after the start, then
 * every fifteen minutes, in the background: requests never wait for it. "Now" is the ledger's clock,
 * so a test moves the clock and runs the sweep itself.
 */
@Injectable()
export class InboxReminderSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('InboxReminderSweep');
  private timer?: NodeJS.Timeout;
  private stopped = false;

  constructor(
    private readonly sweep: InboxReminderSweep,
    private readonly projections: ProjectionRunner,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  onApplicationBootstrap(): void {
    void this.startWhenReadModelsAreCurrent();
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    clearInterval(this.timer);
  }

  private async startWhenReadModelsAreCurrent(): Promise<void> {
    while (!this.projections.running && !this.stopped)
      await new Promise((resolve) => setTimeout(resolve, 20));
    if (this.stopped) return;
    await this.projections.waitFor(await this.store.headPosition(), 60_000);
    if (this.stopped) return;
    await this.run();
    if (!this.stopped) {
      this.timer = setInterval(() => void this.run(), INBOX_REMINDER_SWEEP_INTERVAL_MS);
      this.timer.unref();
    }
  }

  private async run(): Promise<void> {
    if (this.stopped) return;
    try {
      await this.sweep.run();
    } catch (error) {
      this.logger.error({ msg: 'reminder sweep failed; the next one retries', error: String(error) });
    }
  }
}
