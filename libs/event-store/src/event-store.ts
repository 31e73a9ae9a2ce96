/**
 * The one port every event store adapter implements (SQLite, EventStoreDB, in-memory).
 *
 * Revisions and positions are plain numbers: stream revisions start at 0, global positions are
 * positive and increase in commit order (gapless on the embedded adapters). Numbers stay exact up
 * to 2^53, far beyond any ledger this product will keep, and they travel through JSON, ETags and
 * checkpoints without conversion.
 */
export type JsonPrimitive = string | number | boolean | null;
export type JsonValue = JsonPrimitive | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/**
 * What the caller expects the stream to be at before its append:
 * - `no_stream`: the stream must not exist yet;
 * - `stream_exists`: the stream must have at least one event;
 * - `any`: no check;
 * - a number: the revision of the stream's last event.
 */
export type ExpectedRevision = 'no_stream' | 'any' | 'stream_exists' | number;

export interface NewEvent {
  /** Unique across the store; appending the same id again to the same stream is a harmless retry. */
  readonly id: string;
  readonly type: string;
  readonly data: JsonObject;
  readonly metadata?: JsonObject;
  /** The version of `data`'s shape; old versions are upcast on read. Defaults to 1. */
  readonly schemaVersion?: number;
  /**
   * Set only when importing an exported log, so that the hash chain is reproduced exactly.
   * Live appends leave it out and the store stamps its own clock.
   */
  readonly recordedAt?: string;
}

export interface RecordedEvent {
  readonly id: string;
  readonly stream: string;
  readonly revision: number;
  readonly position: number;
  readonly type: string;
  readonly data: JsonObject;
  readonly metadata: JsonObject;
  readonly schemaVersion: number;
  /** ISO-8601 instant (UTC) at which the store accepted the event. */
  readonly recordedAt: string;
  /** Hash of the previous event of the same stream, `null` for revision 0. */
  readonly prevHash: string | null;
  /** SHA-256 over the canonical event content and `prevHash` (see hash-chain.ts). */
  readonly hash: string;
}

export interface AppendOptions {
  readonly expectedRevision?: ExpectedRevision;
}

export interface AppendResult {
  /** The revision of the stream's last event after the append (-1 for an empty append to no stream). */
  readonly nextExpectedRevision: number;
  /** The global position of the last event of the append (or the store head for an empty append). */
  readonly position: number;
  /** True when every event was already in the stream: the original result is returned, nothing written. */
  readonly alreadyAppended: boolean;
}

export interface ReadStreamOptions {
  readonly direction?: 'forwards' | 'backwards';
  /** Inclusive; defaults to the start (forwards) or the end (backwards). */
  readonly fromRevision?: number;
  readonly maxCount?: number;
}

export interface ReadAllOptions {
  /** Exclusive: only events after this position. 0 (the default) reads from the start. */
  readonly after?: number;
  readonly maxCount?: number;
}

export interface SubscriptionFilter {
  readonly streamPrefixes?: readonly string[];
  readonly eventTypes?: readonly string[];
}

export interface SubscriptionContext {
  /** The position the subscription has read up to, including events the filter skipped. */
  readonly position: number;
}

export type SubscriptionHandler = (
  events: readonly RecordedEvent[],
  context: SubscriptionContext,
) => void | Promise<void>;

export interface SubscribeOptions {
  /** Exclusive start position: 0 delivers the whole history first. */
  readonly after: number;
  readonly filter?: SubscriptionFilter;
  /** Largest number of events handed to the handler at once. */
  readonly batchSize?: number;
}

export interface Subscription {
  /** Resolves once the history up to the head at subscription time has been delivered. */
  readonly caughtUp: Promise<void>;
  /** Settles when the subscription ends: resolves on stop(), rejects when the handler or store fails. */
  readonly done: Promise<void>;
  readonly position: number;
  stop(): Promise<void>;
}

export type StoreKind = 'sqlite' | 'eventstoredb' | 'in-memory';

export interface EventStore {
  readonly kind: StoreKind;
  append(stream: string, events: readonly NewEvent[], options?: AppendOptions): Promise<AppendResult>;
  readStream(stream: string, options?: ReadStreamOptions): AsyncIterable<RecordedEvent>;
  readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent>;
  subscribe(options: SubscribeOptions, handler: SubscriptionHandler): Subscription;
  /** The position of the newest event in the store (0 when empty). */
  headPosition(): Promise<number>;
  close(): Promise<void>;
}

export const EVENT_STORE = Symbol('EVENT_STORE');
