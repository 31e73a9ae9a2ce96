import { matchesFilter } from './append-rules';
import type { RecordedEvent, SubscribeOptions, Subscription, SubscriptionHandler } from './event-store';

export interface PageSource {
  /** Events with position > after, in global order, at most max. */
  readPage(after: number, max: number): Promise<readonly RecordedEvent[]> | readonly RecordedEvent[];
}

/**
 * A catch-up subscription for stores that live in this process: it pages through history, then
 * sleeps until the store says something was committed. Committed events offered by the store are
 * handed over directly when they follow on, so live delivery costs no second read.
 */
export class CatchUpSubscription implements Subscription {
  readonly caughtUp: Promise<void>;
  readonly done: Promise<void>;
  private currentPosition: number;
  private readonly batchSize: number;
  private live: RecordedEvent[] = [];
  private dirty = false;
  private stopped = false;
  private wake?: () => void;
  private resolveCaughtUp!: () => void;
  private rejectCaughtUp!: (error: unknown) => void;

  constructor(
    private readonly source: PageSource,
    private readonly options: SubscribeOptions,
    private readonly handler: SubscriptionHandler,
    private readonly onEnd: (subscription: CatchUpSubscription) => void,
  ) {
    this.currentPosition = options.after;
    this.batchSize = Math.max(1, options.batchSize ?? 500);
    this.caughtUp = new Promise<void>((resolve, reject) => {
      this.resolveCaughtUp = resolve;
      this.rejectCaughtUp = reject;
    });
    this.caughtUp.catch(() => undefined);
    this.done = Promise.resolve()
      .then(() => this.run())
      .catch((error: unknown) => {
        this.rejectCaughtUp(error);
        throw error;
      })
      .finally(() => this.onEnd(this));
  }

  get position(): number {
    return this.currentPosition;
  }

  /** Called by the store after a commit; `events` are the newly committed ones, in order. */
  offer(events: readonly RecordedEvent[]): void {
    if (this.stopped) return;
    const expectedNext =
      (this.live.length ? this.live[this.live.length - 1].position : this.currentPosition) + 1;
    if (events.length > 0 && events[0].position === expectedNext && this.live.length < 10 * this.batchSize) {
      this.live.push(...events);
    } else {
      this.live = [];
    }
    this.poke();
  }

  /** Something may have been committed (by another process, say): look again. */
  poke(): void {
    this.dirty = true;
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.poke();
    await this.done.catch(() => undefined);
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      this.dirty = false;
      const page = this.takeLive() ?? (await this.source.readPage(this.currentPosition, this.batchSize));
      if (this.stopped) break;
      if (page.length === 0) {
        this.resolveCaughtUp();
        if (!this.dirty) await new Promise<void>((resolve) => (this.wake = resolve));
        continue;
      }
      const last = page[page.length - 1].position;
      const matching = this.options.filter ? page.filter((e) => matchesFilter(e, this.options.filter)) : page;
      await this.handler(matching, { position: last });
      this.currentPosition = last;
    }
    this.resolveCaughtUp();
  }

  private takeLive(): RecordedEvent[] | undefined {
    if (this.live.length === 0) return undefined;
    if (this.live[0].position !== this.currentPosition + 1) {
      this.live = [];
      return undefined;
    }
    return this.live.splice(0, this.batchSize);
  }
}
