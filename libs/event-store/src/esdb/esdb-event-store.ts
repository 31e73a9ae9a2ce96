import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  NO_STREAM as ESDB_NO_STREAM,
  START,
} from '@eventstore/db-client';
import { checkExpectedRevision, NO_STREAM, sameContent, validateAppend } from '../append-rules';
import { EventIdConflictError, WrongExpectedRevisionError } from '../errors';
import type {
  AppendOptions,
  AppendResult,
  EventStore,
  ExpectedRevision,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
  Subscription,
  SubscriptionHandler,
} from '../event-store';
import {
  decodeEvent,
  encodeEvent,
  esdbEventId,
  esdbPosition,
  isStreamNotFound,
  isSystemEvent,
  isWrongExpectedVersion,
  positionNumber,
  revisionNumber,
  splitMetadata,
  validateForEsdb,
} from './esdb-codec';
import { EsdbSubscription } from './esdb-subscription';
import { EventIdIndex, type StreamState } from './event-id-index';

/** The part of the client this adapter uses (a test double can stand in for it). */
export type EsdbClient = Pick<
  EventStoreDBClient,
  'appendToStream' | 'readStream' | 'readAll' | 'subscribeToAll' | 'dispose'
>;

export interface EsdbEventStoreOptions {
  readonly clock?: () => Date;
  /** How many event ids the in-process id index keeps (see event-id-index.ts). */
  readonly maxCachedEventIds?: number;
  /** How often an append is tried while other writers keep moving the stream on. */
  readonly maxAppendAttempts?: number;
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Ends a read early; a read whose connection never came up fails to cancel, and that must not hide why. */
const cancel = (read: { cancel(): Promise<void> }) => read.cancel().catch(() => undefined);

/**
 * The production adapter: EventStoreDB / KurrentDB through `@eventstore/db-client`.
 *
 * Appends are hash-chained like the embedded adapters: the stream's head is read, each event's
 * hash computed from its predecessor, and the batch written with the exact revision read, so a
 * concurrent writer makes EventStoreDB refuse it instead of forking the chain. The caller's own
 * expectation is checked here against the revision read. Appends to one stream from this process
 * are queued, so only writers in other processes ever race; when one does, the append is
 * re-read and tried again (bounded), and the caller's expectation decides again.
 *
 * Idempotency: EventStoreDB only recognises a repeated append in a narrow window, so retries are
 * recognised here, from the ids of the whole stream (event-id-index.ts). The first append to a
 * stream in a process reads the stream once; later ones read only what was written since. An id
 * reused in another stream is caught only while that stream is in this process's cache.
 *
 * Revisions are the stream's event numbers; positions are commit positions (esdb-codec.ts says
 * why); both are converted between bigint and number at this boundary.
 */
export class EsdbEventStore implements EventStore {
  readonly kind = 'eventstoredb' as const;
  private readonly client: EsdbClient;
  private readonly clock: () => Date;
  private readonly maxAttempts: number;
  private readonly index: EventIdIndex;
  private readonly locks = new Map<string, Promise<void>>();
  private readonly subscriptions = new Set<EsdbSubscription>();
  private closed = false;

  constructor(connection: string | EsdbClient, options: EsdbEventStoreOptions = {}) {
    this.client =
      typeof connection === 'string' ? EventStoreDBClient.connectionString(connection) : connection;
    this.clock = options.clock ?? (() => new Date());
    this.maxAttempts = Math.max(1, options.maxAppendAttempts ?? 10);
    this.index = new EventIdIndex(options.maxCachedEventIds ?? 250_000);
  }

  /** Opens a store and makes one read, so that a wrong address or credentials fail at start-up. */
  static async connect(
    connectionString: string,
    options: EsdbEventStoreOptions = {},
  ): Promise<EsdbEventStore> {
    const store = new EsdbEventStore(connectionString, options);
    try {
      await store.headPosition();
    } catch (error) {
      await store.close();
      throw error;
    }
    return store;
  }

  async append(
    stream: string,
    events: readonly NewEvent[],
    options: AppendOptions = {},
  ): Promise<AppendResult> {
    if (this.closed) throw new Error('event store is closed');
    validateAppend(stream, events);
    validateForEsdb(events);
    const expected = options.expectedRevision ?? 'any';
    return this.exclusive(stream, async () => {
      try {
        return await this.appendExclusive(stream, events, expected);
      } finally {
        // While this stream is still locked, so that its own state is spared.
        this.index.trim((name) => this.locks.has(name));
      }
    });
  }

  async *readStream(stream: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    const maxCount = options.maxCount ?? Number.MAX_SAFE_INTEGER;
    if (maxCount <= 0) return;
    const backwards = options.direction === 'backwards';
    let from = options.fromRevision;
    if (backwards && from !== undefined) {
      // Past the end EventStoreDB counts maxCount down from the revision asked for (returning fewer
      // events or none); the port starts at the last event.
      const last = await this.lastRevision(stream);
      from = Math.min(from, last);
      if (from < 0) return;
    }
    const read = this.client.readStream(stream, {
      direction: backwards ? BACKWARDS : FORWARDS,
      fromRevision: from === undefined ? (backwards ? END : START) : BigInt(Math.max(0, from)),
      maxCount,
    });
    try {
      for await (const resolved of read) {
        const event = decodeEvent(resolved);
        if (event) yield event;
      }
    } catch (error) {
      if (!isStreamNotFound(error)) throw error;
    } finally {
      await cancel(read);
    }
  }

  async *readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    const after = options.after ?? 0;
    let remaining = options.maxCount ?? Number.MAX_SAFE_INTEGER;
    if (remaining <= 0) return;
    // A read from a position includes the event there; `after` excludes it. EventStoreDB's maxCount
    // would count the system events skipped here, so the count is kept on this side.
    const read = this.client.readAll({
      direction: FORWARDS,
      fromPosition: after > 0 ? esdbPosition(after) : START,
    });
    try {
      for await (const resolved of read) {
        if (!resolved.event || positionNumber(resolved.event.position) <= after) continue;
        const event = decodeEvent(resolved);
        if (!event) continue;
        yield event;
        if (--remaining === 0) return;
      }
    } finally {
      await cancel(read);
    }
  }

  subscribe(options: SubscribeOptions, handler: SubscriptionHandler): Subscription {
    const subscription = new EsdbSubscription(this.client, options, handler, this.headPosition(), (s) =>
      this.subscriptions.delete(s),
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  /** The newest event that is not EventStoreDB's own (statistics, metadata, projection links). */
  async headPosition(): Promise<number> {
    const read = this.client.readAll({ direction: BACKWARDS, fromPosition: END });
    try {
      for await (const resolved of read) {
        const event = resolved.event;
        if (event && !isSystemEvent(event.streamId, event.type)) return positionNumber(event.position);
      }
      return 0;
    } finally {
      await cancel(read);
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
    await this.client.dispose();
  }

  private async appendExclusive(
    stream: string,
    events: readonly NewEvent[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    for (let attempt = 1; ; attempt++) {
      const state = await this.refresh(stream);
      const retry = await this.findRetry(stream, events, state);
      if (retry) return retry;
      this.checkIdsUnusedElsewhere(stream, events);
      checkExpectedRevision(stream, expected, state.revision);
      if (events.length === 0) {
        return {
          nextExpectedRevision: state.revision,
          position: await this.headPosition(),
          alreadyAppended: false,
        };
      }

      const head = state.revision;
      const recordedAt = this.clock().toISOString();
      let prevHash = head === NO_STREAM ? null : state.hash;
      const encoded = events.map((event, i) => {
        const e = encodeEvent(stream, event, head + 1 + i, prevHash, recordedAt);
        prevHash = e.hash;
        return e;
      });
      try {
        await this.client.appendToStream(
          stream,
          encoded.map((e) => e.eventData),
          { expectedRevision: head === NO_STREAM ? ESDB_NO_STREAM : BigInt(head) },
        );
      } catch (error) {
        if (!isWrongExpectedVersion(error)) throw error;
        // Another process wrote first. Whatever the caller expected is decided again on the next pass.
        if (attempt >= this.maxAttempts) {
          const actual = error.actualVersion;
          throw new WrongExpectedRevisionError(
            stream,
            expected,
            actual === 'no_stream' || actual < 0n ? 'no_stream' : revisionNumber(actual),
          );
        }
        await delay(Math.random() * Math.min(200, 5 * 2 ** attempt));
        continue;
      }

      // The append's reply does not carry the last event's own position: read it back. If the hash
      // there is not ours, EventStoreDB acknowledged another writer's identical ids as a duplicate;
      // the next pass then treats the append as the retry it is (or refuses other content).
      const last = await this.readAt(stream, head + events.length);
      if (last?.hash !== encoded[encoded.length - 1].hash) {
        if (attempt >= this.maxAttempts) throw new Error(`stream ${stream}: could not confirm the append`);
        continue;
      }
      encoded.forEach((e, i) => this.index.add(stream, state, e.esdbId, head + 1 + i, e.hash));
      return { nextExpectedRevision: last.revision, position: last.position, alreadyAppended: false };
    }
  }

  /** Brings the cached head and ids of a stream up to date with what is stored. */
  private async refresh(stream: string): Promise<StreamState> {
    const state = this.index.state(stream);
    const read = this.client.readStream(stream, {
      direction: FORWARDS,
      fromRevision: BigInt(state.revision + 1),
    });
    try {
      for await (const { event } of read) {
        if (!event) continue;
        const { ledger } = splitMetadata(event.metadata);
        this.index.add(stream, state, event.id, revisionNumber(event.revision), ledger?.hash ?? '');
      }
    } catch (error) {
      if (!isStreamNotFound(error)) throw error;
      // Gone although we knew events of it (deleted from outside): start over from nothing.
      if (state.revision !== NO_STREAM) {
        this.index.forget(stream);
        return this.index.state(stream);
      }
    } finally {
      await cancel(read);
    }
    return state;
  }

  /** A retry of an append already made: every id is there, in this stream, in order, with the same content. */
  private async findRetry(
    stream: string,
    events: readonly NewEvent[],
    state: StreamState,
  ): Promise<AppendResult | undefined> {
    const revisions = events.map((e) => state.ids.get(esdbEventId(e.id)));
    if (revisions.every((r) => r === undefined)) return undefined;
    for (const [i, revision] of revisions.entries()) {
      if (revision === undefined)
        throw new EventIdConflictError(stream, events[i].id, 'is new but others in the same append exist');
      if (i > 0 && revision !== revisions[i - 1]! + 1)
        throw new EventIdConflictError(stream, events[i].id, 'was appended in another order');
    }
    const stored: RecordedEvent[] = [];
    for await (const event of this.readStream(stream, {
      fromRevision: revisions[0],
      maxCount: events.length,
    })) {
      stored.push(event);
    }
    for (const [i, event] of events.entries()) {
      if (!stored[i] || !sameContent(stored[i], event))
        throw new EventIdConflictError(stream, event.id, 'has other content');
    }
    const last = stored[stored.length - 1];
    return { nextExpectedRevision: last.revision, position: last.position, alreadyAppended: true };
  }

  /** Best effort: only ids of streams this process has cached are known (see event-id-index.ts). */
  private checkIdsUnusedElsewhere(stream: string, events: readonly NewEvent[]): void {
    for (const event of events) {
      const owner = this.index.ownerOf(esdbEventId(event.id));
      if (owner !== undefined && owner !== stream)
        throw new EventIdConflictError(stream, event.id, `is used in ${owner}`);
    }
  }

  private async readAt(stream: string, revision: number): Promise<RecordedEvent | undefined> {
    for await (const event of this.readStream(stream, { fromRevision: revision, maxCount: 1 })) return event;
    return undefined;
  }

  private async lastRevision(stream: string): Promise<number> {
    const read = this.client.readStream(stream, { direction: BACKWARDS, fromRevision: END, maxCount: 1 });
    try {
      for await (const { event } of read) if (event) return revisionNumber(event.revision);
      return NO_STREAM;
    } catch (error) {
      if (isStreamNotFound(error)) return NO_STREAM;
      throw error;
    } finally {
      await cancel(read);
    }
  }

  /** Runs appends to one stream one after another within this process. */
  private async exclusive<T>(stream: string, work: () => Promise<T>): Promise<T> {
    const previous = this.locks.get(stream) ?? Promise.resolve();
    let release!: () => void;
    const current = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => current);
    this.locks.set(stream, tail);
    await previous;
    try {
      return await work();
    } finally {
      release();
      if (this.locks.get(stream) === tail) this.locks.delete(stream);
    }
  }
}
