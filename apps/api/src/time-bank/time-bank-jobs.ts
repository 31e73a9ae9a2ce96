import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import {
  LEDGER_CONFIG,
  type LedgerConfig,
  PointsExpiry,
  TimeBankTransferRecovery,
} from '@ledger/application';
import { EVENT_STORE, type EventStore } from '@ledger/event-store';
import { ProjectionRunner } from '@ledger/projections';

/**
 * The incentive jobs the server runs by itself: the recovery pass of family transfers (once the
 * read models have caught up at start, then every LEDGER_TIME_BANK_RECOVERY_INTERVAL_SECONDS; 0: only
 * at start) and the points expiry (every
 * LEDGER_POINTS_EXPIRY_INTERVAL_SECONDS, the first one interval after start; 0 turns it off). Each
 * job's next run is scheduled when its run ends, so runs never overlap; shutdown waits for a run.
 */
@Injectable()
export class TimeBankJobs implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('IncentiveJobs');
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly inFlight = new Set<Promise<unknown>>();
  private stopped = false;

  constructor(
    private readonly recovery: TimeBankTransferRecovery,
    private readonly expiry: PointsExpiry,
    private readonly projections: ProjectionRunner,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
  ) {}

  onApplicationBootstrap(): void {
    // The read models start with the server's lifecycle, after this hook: wait for them in the background.
    this.track(
      this.readModelsReady().then((ready) => {
        if (!ready || this.stopped) return;
        const recoveryEvery = this.config.timeBankRecoveryIntervalSeconds * 1000;
        this.repeat('time-bank transfer recovery', 0, recoveryEvery, () => this.recovery.run());
        const every = this.config.pointsExpiryIntervalSeconds * 1000;
        if (every > 0) this.repeat('points expiry', every, every, () => this.expiry.run());
      }),
    );
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    await Promise.allSettled([...this.inFlight]);
  }

  private async readModelsReady(): Promise<boolean> {
    while (!this.projections.running) {
      if (this.stopped) return false;
      await new Promise((resolve) => setTimeout(resolve, 50).unref());
    }
    return this.projections.waitFor(await this.store.headPosition(), 120_000);
  }

  /** Runs `run` after `firstDelayMs`, then every `everyMs` after each run ends (0: no more runs). */
  private repeat(job: string, firstDelayMs: number, everyMs: number, run: () => Promise<unknown>): void {
    const schedule = (delay: number) => {
      if (this.stopped) return;
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        this.track(
          run()
            .catch((error: unknown) =>
              this.logger.error({
                msg: `${job} failed`,
                error: error instanceof Error ? error.name : 'unknown',
              }),
            )
            .finally(() => {
              if (everyMs > 0) schedule(everyMs);
            }),
        );
      }, delay);
      timer.unref();
      this.timers.add(timer);
    };
    schedule(firstDelayMs);
  }

  private track(work: Promise<unknown>): void {
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work));
  }
}
