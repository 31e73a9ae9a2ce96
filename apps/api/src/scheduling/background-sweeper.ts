import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { EventStore } from '@ledger/event-store';
import type { ProjectionRunner } from '@ledger/projections';

/**
 * Work the server does by itself on the ledger's clock (no-shows, expired holds, reminders): first once
 * the read models are current after the start, without holding the start up (the server brings them up
 * to date in its own bootstrap, after this one), then every `intervalMs` (0: only at the start). A
 * failed run is logged and the next one retries; requests never wait for a sweep. "Now" is the ledger's
 * clock, so a test moves the clock and runs the sweep itself.
 */
export abstract class BackgroundSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger: Logger;
  private timer?: NodeJS.Timeout;
  private stopped = false;

  protected constructor(
    /** Names the sweep in the log. */
    private readonly name: string,
    private readonly projections: ProjectionRunner,
    private readonly store: EventStore,
  ) {
    this.logger = new Logger(name);
  }

  /** How often the sweep runs after the first time, in milliseconds (0: only at the start). */
  protected abstract readonly intervalMs: number;

  /** One sweep; `atStart` is true for the first, after the start (or after a crash). */
  protected abstract sweep(atStart: boolean): Promise<unknown>;

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
    await this.run(true);
    if (this.intervalMs > 0 && !this.stopped) {
      this.timer = setInterval(() => void this.run(false), this.intervalMs);
      this.timer.unref();
    }
  }

  private async run(atStart: boolean): Promise<void> {
    if (this.stopped) return;
    try {
      await this.sweep(atStart);
    } catch (error) {
      this.logger.error({ msg: `${this.name} failed; the next one retries`, error: String(error) });
    }
  }
}
