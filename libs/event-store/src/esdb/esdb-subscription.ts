import {
  eventTypeFilter,
  excludeSystemEvents,
  START,
  streamNameFilter,
  type AllStreamResolvedEvent,
  type AllStreamSubscription,
  type EventStoreDBClient,
  type Filter,
  type Position,
} from '@eventstore/db-client';
import { matchesFilter } from '../append-rules';
import type {
  RecordedEvent,
  SubscribeOptions,
  Subscription,
  SubscriptionFilter,
  SubscriptionHandler,
} from '../event-store';
import { decodeEvent, esdbPosition, isSystemEvent, positionNumber } from './esdb-codec';

/**
 * Checkpoints and the caught-up signal reach the client while events before them may still sit
 * unread in the subscription's buffer. They are pushed into that same buffer as markers, so they
 * are seen in order, after the events they follow.
 */
class Marker {
  constructor(readonly position?: number) {}
}
const CAUGHT_UP = new Marker();

const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * EventStoreDB filters on stream names or on event types, not both: the stream prefixes go to the
 * server when given (usually the narrower), the rest is checked here. With no filter, system events
 * are still left on the server.
 */
function serverFilter(
  filter: SubscriptionFilter | undefined,
  checkpointReached: (subscription: AllStreamSubscription, position: Position) => void,
): Filter {
  if (filter?.streamPrefixes?.length) {
    return streamNameFilter({ prefixes: [...filter.streamPrefixes], checkpointReached });
  }
  if (filter?.eventTypes?.length) {
    const regex = `^(?:${filter.eventTypes.map(escapeRegex).join('|')})$`;
    return eventTypeFilter({ regex, checkpointReached });
  }
  return excludeSystemEvents({ checkpointReached });
}

/**
 * A catch-up subscription to $all. Whatever has arrived is handed to the handler in batches of at
 * most `batchSize`, one batch at a time, in log order; `context.position` also advances on the
 * server's checkpoints, which cover events the filter skipped.
 */
export class EsdbSubscription implements Subscription {
  readonly caughtUp: Promise<void>;
  readonly done: Promise<void>;
  private currentPosition: number;
  private readonly batchSize: number;
  private readonly source: AllStreamSubscription;
  private headAtStart?: number;
  private stopped = false;
  private ended = false;
  private failure?: unknown;
  private dirty = false;
  private wake?: () => void;
  private resolveCaughtUp!: () => void;
  private rejectCaughtUp!: (error: unknown) => void;

  constructor(
    client: Pick<EventStoreDBClient, 'subscribeToAll'>,
    private readonly options: SubscribeOptions,
    private readonly handler: SubscriptionHandler,
    headAtStart: Promise<number>,
    onEnd: (subscription: EsdbSubscription) => void,
  ) {
    this.currentPosition = options.after;
    this.batchSize = Math.max(1, options.batchSize ?? 500);
    this.caughtUp = new Promise<void>((resolve, reject) => {
      this.resolveCaughtUp = resolve;
      this.rejectCaughtUp = reject;
    });
    this.caughtUp.catch(() => undefined);

    this.source = client.subscribeToAll({
      // The server starts after the event at this position, which is what `after` means.
      fromPosition: options.after > 0 ? esdbPosition(options.after) : START,
      filter: serverFilter(options.filter, (subscription, position) => {
        // Checkpoints between pages of a catch-up read carry (next record, 0), which is no event's
        // position: resuming from it could skip that record. Only event positions are kept.
        if (position.commit === position.prepare) subscription.push(new Marker(positionNumber(position)));
      }),
    });
    // Servers from 23.10 say when the history is delivered.
    this.source.on('caughtUp', () => this.source.push(CAUGHT_UP));
    this.source.on('readable', () => this.poke());
    this.source.on('end', () => {
      this.ended = true;
      this.poke();
    });
    // Kept for the subscription's whole life: an 'error' with no listener would crash the process.
    this.source.on('error', (error: unknown) => {
      this.failure ??= error;
      this.poke();
    });
    // Older servers never say: the history is delivered once the head at subscription time is reached.
    headAtStart.then(
      (head) => {
        this.headAtStart = head;
        this.checkCaughtUp();
      },
      () => undefined,
    );

    this.done = Promise.resolve()
      .then(() => this.run())
      .catch((error: unknown) => {
        this.rejectCaughtUp(error);
        throw error;
      })
      .finally(async () => {
        await this.source.unsubscribe().catch(() => undefined);
        onEnd(this);
      });
  }

  get position(): number {
    return this.currentPosition;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.poke();
    await this.done.catch(() => undefined);
  }

  private poke(): void {
    this.dirty = true;
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      this.dirty = false;
      const items = this.take();
      if (items.length > 0) {
        await this.deliver(items);
        continue;
      }
      if (this.failure !== undefined) throw this.failure;
      if (this.ended) throw new Error('the EventStoreDB subscription ended');
      if (!this.dirty) await new Promise<void>((resolve) => (this.wake = resolve));
    }
    this.resolveCaughtUp();
  }

  /** What has arrived, up to one batch. */
  private take(): unknown[] {
    const items: unknown[] = [];
    while (items.length < this.batchSize) {
      const item: unknown = this.source.read();
      if (item === null) break;
      items.push(item);
    }
    return items;
  }

  private async deliver(items: readonly unknown[]): Promise<void> {
    let position = this.currentPosition;
    let caughtUp = false;
    const batch: RecordedEvent[] = [];
    for (const item of items) {
      if (item instanceof Marker) {
        if (item === CAUGHT_UP) caughtUp = true;
        else if (item.position !== undefined && item.position > position) position = item.position;
        continue;
      }
      const resolved = item as AllStreamResolvedEvent;
      const event = resolved.event;
      if (!event) continue;
      const eventPosition = positionNumber(event.position);
      if (eventPosition <= position) continue;
      position = eventPosition;
      if (isSystemEvent(event.streamId, event.type)) continue;
      if (!matchesFilter({ stream: event.streamId, type: event.type }, this.options.filter)) continue;
      batch.push(decodeEvent(resolved)!);
    }
    if (this.stopped) return;
    if (batch.length > 0 || position > this.currentPosition) {
      await this.handler(batch, { position });
      this.currentPosition = position;
    }
    if (caughtUp) this.resolveCaughtUp();
    this.checkCaughtUp();
  }

  private checkCaughtUp(): void {
    if (this.headAtStart !== undefined && this.currentPosition >= this.headAtStart) this.resolveCaughtUp();
  }
}
