/**
 * An in-memory stand-in for the parts of `EventStoreDBClient` the adapter uses, written to the
 * server behaviour the adapter relies on, so the adapter's own logic can be tested without a
 * server. It is no substitute for the contract suite against a real EventStoreDB.
 *
 * Modelled: gapped log positions with commit = prepare per event; system events ($stats, $$
 * metadata) interleaved in $all; exact-revision duplicate detection and the 1 MiB append limit;
 * StreamNotFound on reads; read-from-position inclusive and subscribe-from-position exclusive;
 * filtered subscriptions with checkpoints every 32 considered events (page checkpoints carrying
 * (next record, 0)); the caught-up signal; delivery through a buffered object stream.
 */
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import {
  END,
  MaxAppendSizeExceededError,
  START,
  StreamNotFoundError,
  WrongExpectedVersionError,
  type AppendExpectedRevision,
  type EventData,
  type Filter,
  type Position,
  type ReadPosition,
  type ReadRevision,
} from '@eventstore/db-client';

interface StoredRecord {
  readonly streamId: string;
  readonly id: string;
  readonly type: string;
  readonly revision: bigint;
  readonly position: bigint;
  readonly data: string;
  readonly metadata?: string;
  readonly created: Date;
}

const MAX_APPEND_SIZE = 1024 * 1024;
const SEARCH_WINDOW = 32;

const resolve = (record: StoredRecord) => ({
  event: {
    streamId: record.streamId,
    id: record.id,
    isJson: true,
    revision: record.revision,
    type: record.type,
    created: record.created,
    data: JSON.parse(record.data) as unknown,
    metadata: record.metadata === undefined ? undefined : (JSON.parse(record.metadata) as unknown),
    position: { commit: record.position, prepare: record.position },
  },
  commitPosition: record.position,
});

function readable(items: () => unknown[]): Readable & { cancel(): Promise<void> } {
  const stream = Readable.from(
    (async function* () {
      await new Promise((r) => setImmediate(r));
      yield* items();
    })(),
    { objectMode: true },
  );
  return Object.assign(stream, { cancel: async () => void stream.destroy() });
}

function allows(filter: Filter | undefined, record: StoredRecord): boolean {
  if (!filter) return true;
  const value = filter.filterOn === 'streamName' ? record.streamId : record.type;
  if ('prefixes' in filter) return filter.prefixes.some((p) => value.startsWith(p));
  return new RegExp(filter.regex).test(value);
}

class FakeSubscription extends Readable {
  private live = false;
  private cancelled = false;
  private considered = 0;

  constructor(
    private readonly log: readonly StoredRecord[],
    private readonly allStreamFilter: Filter | undefined,
    start: number,
    private readonly goLive: (s: FakeSubscription) => void,
  ) {
    super({ objectMode: true, read: () => undefined });
    setImmediate(() => this.catchUp(start));
  }

  async unsubscribe(): Promise<void> {
    this.cancelled = true;
  }

  /** Live delivery of newly written records. */
  offer(records: readonly StoredRecord[]): void {
    if (this.cancelled || !this.live) return;
    for (const record of records) {
      if (allows(this.allStreamFilter, record)) this.push(resolve(record));
      if (this.allStreamFilter && ++this.considered % SEARCH_WINDOW === 0) {
        void this.allStreamFilter.checkpointReached?.(this as never, {
          commit: record.position,
          prepare: record.position,
        });
      }
    }
  }

  /** History in pages, one page a turn, then live; like the server, a page checkpoint names where it started. */
  private catchUp(from: number): void {
    if (this.cancelled) return;
    const pageEnd = Math.min(this.log.length, from + SEARCH_WINDOW);
    let checkpoint: Position = {
      commit: from < this.log.length ? this.log[from].position : 0n,
      prepare: 0n,
    };
    for (let i = from; i < pageEnd; i++) {
      const record = this.log[i];
      if (allows(this.allStreamFilter, record)) {
        this.push(resolve(record));
        checkpoint = { commit: record.position, prepare: record.position };
      }
    }
    if (pageEnd === this.log.length) {
      this.live = true;
      this.goLive(this);
      this.emit('caughtUp');
      return;
    }
    if (this.allStreamFilter) void this.allStreamFilter.checkpointReached?.(this as never, checkpoint);
    setImmediate(() => this.catchUp(pageEnd));
  }
}

export class FakeEsdbClient {
  readonly log: StoredRecord[] = [];
  private readonly streams = new Map<string, StoredRecord[]>();
  private readonly subscriptions = new Set<FakeSubscription>();
  private nextPosition = 4096n;
  private appends = 0;

  async appendToStream(
    streamName: string,
    event: EventData | EventData[],
    options: { expectedRevision?: AppendExpectedRevision } = {},
  ) {
    await new Promise((r) => setImmediate(r));
    const events = Array.isArray(event) ? event : [event];
    const existing = this.streams.get(streamName) ?? [];
    const current = existing.length ? BigInt(existing.length - 1) : 'no_stream';
    const expected = options.expectedRevision ?? 'any';

    if (typeof expected === 'bigint' && current !== 'no_stream' && expected < current) {
      const at = existing.slice(Number(expected) + 1, Number(expected) + 1 + events.length);
      if (at.length === events.length && at.every((r, i) => r.id === events[i].id)) {
        return { success: true, nextExpectedRevision: at[at.length - 1].revision, position: undefined };
      }
    }
    const ok =
      expected === 'any' ||
      (expected === 'no_stream' && current === 'no_stream') ||
      (expected === 'stream_exists' && current !== 'no_stream') ||
      expected === current;
    if (!ok) throw new WrongExpectedVersionError(undefined, { streamName, expected, current });

    const size = events.reduce(
      (n, e) =>
        n + Buffer.byteLength(JSON.stringify(e.data)) + Buffer.byteLength(JSON.stringify(e.metadata ?? '')),
      0,
    );
    if (size > MAX_APPEND_SIZE) throw MaxAppendSizeExceededError.fromMaxAppendSize(MAX_APPEND_SIZE);

    const next = existing.length;
    const written = events.map((e) =>
      this.write(streamName, e.id, e.type, JSON.stringify(e.data), e.metadata),
    );
    // The server's own bookkeeping lands in $all between and after user events.
    if (++this.appends % 3 === 0) {
      written.push(this.write('$stats-127.0.0.1:2113', randomUUID(), '$statsCollected', '{}'));
    }
    if (this.appends % 5 === 0) {
      written.push(this.write(`$$${streamName}`, randomUUID(), '$metadata', '{"$maxAge":1}'));
    }
    for (const subscription of this.subscriptions) subscription.offer(written);
    const first = written[0];
    // What the reply's position means for a batch is not relied on: report the first event's.
    return {
      success: true,
      nextExpectedRevision: BigInt(next + events.length - 1),
      position: { commit: first.position, prepare: first.position },
    };
  }

  readStream(
    streamName: string,
    options: {
      direction?: 'forwards' | 'backwards';
      fromRevision?: ReadRevision;
      maxCount?: number | bigint;
    } = {},
  ) {
    return readable(() => {
      const records = this.streams.get(streamName);
      if (!records) throw new StreamNotFoundError(undefined, streamName);
      const max = Number(options.maxCount ?? Number.MAX_SAFE_INTEGER);
      const from = options.fromRevision;
      if (options.direction === 'backwards') {
        const end = from === undefined || from === END ? records.length - 1 : Number(from);
        // Like the server, the range counts down from the revision asked for, even past the end.
        return records
          .slice(Math.max(0, end - max + 1), end + 1)
          .reverse()
          .map(resolve);
      }
      const start = from === undefined || from === START ? 0 : Number(from);
      return records.slice(start, start + max).map(resolve);
    });
  }

  readAll(
    options: { direction?: 'forwards' | 'backwards'; fromPosition?: ReadPosition; maxCount?: number } = {},
  ) {
    return readable(() => {
      const max = options.maxCount ?? Number.MAX_SAFE_INTEGER;
      const from = options.fromPosition ?? (options.direction === 'backwards' ? END : START);
      if (options.direction === 'backwards') {
        const before =
          from === END || from === START ? this.log : this.log.filter((r) => r.position < from.commit);
        return [...before].reverse().slice(0, max).map(resolve);
      }
      const after =
        from === START || from === END ? this.log : this.log.filter((r) => r.position >= from.commit);
      return after.slice(0, max).map(resolve);
    });
  }

  subscribeToAll(options: { fromPosition?: ReadPosition; filter?: Filter } = {}) {
    const from = options.fromPosition ?? START;
    let start = 0;
    if (from === END) start = this.log.length;
    else if (from !== START) {
      // Like the server: read the first event at or after the position, start after it.
      const at = this.log.findIndex((r) => r.position >= from.commit);
      start = at === -1 ? this.log.length : at + 1;
    }
    return new FakeSubscription(this.log, options.filter, start, (s) => this.subscriptions.add(s));
  }

  async dispose(): Promise<void> {
    for (const subscription of this.subscriptions) await subscription.unsubscribe();
    this.subscriptions.clear();
  }

  private write(streamId: string, id: string, type: string, data: string, metadata?: unknown): StoredRecord {
    const records = this.streams.get(streamId) ?? [];
    const record: StoredRecord = {
      streamId,
      id,
      type,
      revision: BigInt(records.length),
      position: this.nextPosition,
      data,
      metadata: metadata === undefined ? undefined : JSON.stringify(metadata),
      created: new Date(),
    };
    this.nextPosition += 128n + BigInt(data.length);
    records.push(record);
    this.streams.set(streamId, records);
    this.log.push(record);
    return record;
  }
}
