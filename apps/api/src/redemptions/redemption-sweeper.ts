import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { REDEMPTION_SETTINGS, RedemptionProcess, type RedemptionSettings } from '@ledger/application';
import { EVENT_STORE, type EventStore } from '@ledger/event-store';
import { ProjectionRunner } from '@ledger/projections';

/**
 * The server finishes what redemptions left open: at start (so after a crash no hold outlives its
 * expiry, and a request that stopped half-way gives back what it held) and then on an interval.
 */
@Injectable()
export class RedemptionSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Redemptions');
  private timer?: NodeJS.Timeout;

  private stopped = false;

  constructor(
    private readonly process: RedemptionProcess,
    private readonly projections: ProjectionRunner,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(REDEMPTION_SETTINGS) private readonly settings: RedemptionSettings,
  ) {}

  /**
   * The sweep reads the redemptions read model, which the server brings up to date in its own
   * bootstrap (after this one): the first sweep waits for that, without holding up the start.
   */
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
    if (this.settings.sweepIntervalSeconds > 0 && !this.stopped) {
      this.timer = setInterval(() => void this.run(), this.settings.sweepIntervalSeconds * 1000);
      this.timer.unref();
    }
  }

  private async run(atStart = false): Promise<void> {
    if (this.stopped) return;
    try {
      await this.process.sweep(atStart);
    } catch (error) {
      this.logger.error({ msg: 'redemption sweep failed; the next one retries', error: String(error) });
    }
  }
}
