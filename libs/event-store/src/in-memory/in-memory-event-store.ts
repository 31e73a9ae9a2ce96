import { checkExpectedRevision, NO_STREAM, sameContent, toPlainJson, validateAppend } from '../append-rules';
import { CatchUpSubscription } from '../catch-up-subscription';
import { EventIdConflictError } from '../errors';
import type {
  AppendOptions,
  AppendResult,
  EventStore,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
  Subscription,
  SubscriptionHandler,
} from '../event-store';
import { eventHash } from '../hash-chain';
import { readStreamSlice } from '../read-stream-slice';

/** The in-memory adapter: same semantics as the durable ones, nothing survives the process. */
export class InMemoryEventStore implements EventStore {
  readonly kind = 'in-memory' as const;
  private readonly log: RecordedEvent[] = [];
  private readonly streams = new Map<string, RecordedEvent[]>();
  private readonly byId = new Map<string, RecordedEvent>();
  private readonly subscriptions = new Set<CatchUpSubscription>();

  constructor(private readonly clock: () => Date = () => new Date()) {}

  async append(
    stream: string,
    events: readonly NewEvent[],
    options: AppendOptions = {},
  ): Promise<AppendResult> {
    validateAppend(stream, events);
    const existing = this.streams.get(stream) ?? [];
    const replay = this.findRetry(stream, events);
    if (replay) return replay;
    checkExpectedRevision(stream, options.expectedRevision ?? 'any', existing.length - 1);

    const recordedAt = this.clock().toISOString();
    const appended: RecordedEvent[] = [];
    let prevHash = existing.length ? existing[existing.length - 1].hash : null;
    for (const [i, event] of events.entries()) {
      const content = {
        stream,
        revision: existing.length + i,
        id: event.id,
        type: event.type,
        schemaVersion: event.schemaVersion ?? 1,
        data: toPlainJson(event.data),
        metadata: toPlainJson(event.metadata ?? {}),
        recordedAt: event.recordedAt ?? recordedAt,
        prevHash,
      };
      const recorded: RecordedEvent = {
        ...content,
        position: this.log.length + i + 1,
        hash: eventHash(content),
      };
      prevHash = recorded.hash;
      appended.push(recorded);
    }
    this.log.push(...appended);
    this.streams.set(stream, [...existing, ...appended]);
    for (const e of appended) this.byId.set(e.id, e);
    if (appended.length) for (const subscription of this.subscriptions) subscription.offer(appended);
    return {
      nextExpectedRevision: existing.length + appended.length - 1,
      position: this.log.length,
      alreadyAppended: false,
    };
  }

  async *readStream(stream: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    yield* readStreamSlice(this.streams.get(stream) ?? [], options);
  }

  async *readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    const start = Math.max(0, options.after ?? 0);
    const end =
      options.maxCount === undefined ? this.log.length : Math.min(this.log.length, start + options.maxCount);
    for (let i = start; i < end; i++) yield this.log[i];
  }

  subscribe(options: SubscribeOptions, handler: SubscriptionHandler): Subscription {
    const subscription = new CatchUpSubscription(
      { readPage: (after, max) => this.log.slice(after, after + max) },
      options,
      handler,
      (s) => this.subscriptions.delete(s),
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  async headPosition(): Promise<number> {
    return this.log.length;
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
  }

  /** A retry of an append already made: every id is there, in this stream, in order, with the same content. */
  private findRetry(stream: string, events: readonly NewEvent[]): AppendResult | undefined {
    const found = events.map((e) => this.byId.get(e.id));
    if (found.every((e) => e === undefined)) return undefined;
    for (const [i, stored] of found.entries()) {
      const incoming = events[i];
      if (!stored)
        throw new EventIdConflictError(stream, incoming.id, 'is new but others in the same append exist');
      if (stored.stream !== stream)
        throw new EventIdConflictError(stream, incoming.id, `is used in ${stored.stream}`);
      if (i > 0 && stored.revision !== found[i - 1]!.revision + 1) {
        throw new EventIdConflictError(stream, incoming.id, 'was appended in another order');
      }
      if (!sameContent(stored, incoming))
        throw new EventIdConflictError(stream, incoming.id, 'has other content');
    }
    const last = found[found.length - 1]!;
    return { nextExpectedRevision: last.revision, position: last.position, alreadyAppended: true };
  }
}

export { NO_STREAM };
