import Database from 'better-sqlite3';
import { checkExpectedRevision, NO_STREAM, sameContent, validateAppend } from '../append-rules';
import { CatchUpSubscription } from '../catch-up-subscription';
import { EventIdConflictError } from '../errors';
import type {
  AppendOptions,
  AppendResult,
  EventStore,
  JsonObject,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
  Subscription,
  SubscriptionHandler,
} from '../event-store';
import { eventHash } from '../hash-chain';
import { EVENT_LOG_SCHEMA } from './sqlite-schema';

export interface SqliteEventStoreOptions {
  /** `FULL` (the default) makes every acknowledged append durable; `NORMAL` is for throwaway stores only. */
  readonly synchronous?: 'FULL' | 'NORMAL';
  /** How often subscriptions look for events written by another process. */
  readonly pollIntervalMs?: number;
  readonly clock?: () => Date;
  readonly readPageSize?: number;
}

interface PendingAppend {
  readonly stream: string;
  readonly events: readonly NewEvent[];
  readonly options: AppendOptions;
  readonly resolve: (result: AppendResult) => void;
  readonly reject: (error: unknown) => void;
}

interface EventRow {
  position: number;
  stream: string;
  revision: number;
  id: string;
  type: string;
  schema_version: number;
  data: string;
  metadata: string;
  recorded_at: string;
  prev_hash: string | null;
  hash: string;
}

const COLUMNS =
  'position, stream, revision, id, type, schema_version, data, metadata, recorded_at, prev_hash, hash';

const toRecorded = (row: EventRow): RecordedEvent => ({
  id: row.id,
  stream: row.stream,
  revision: row.revision,
  position: row.position,
  type: row.type,
  data: JSON.parse(row.data) as JsonObject,
  metadata: JSON.parse(row.metadata) as JsonObject,
  schemaVersion: row.schema_version,
  recordedAt: row.recorded_at,
  prevHash: row.prev_hash,
  hash: row.hash,
});

/**
 * The embedded adapter: one SQLite file in WAL mode.
 *
 * Group commit: appends queued during one turn of the event loop are written in one transaction,
 * each inside its own savepoint (so one caller's conflict never fails another's append), and
 * committed with a single flush. Every caller is answered only after that commit is on disk.
 */
export class SqliteEventStore implements EventStore {
  readonly kind = 'sqlite' as const;
  private readonly db: Database.Database;
  private readonly clock: () => Date;
  private readonly pageSize: number;
  private queue: PendingAppend[] = [];
  private flushScheduled = false;
  private closed = false;
  private readonly subscriptions = new Set<CatchUpSubscription>();
  private readonly poller: NodeJS.Timeout;
  private lastSeenHead = 0;

  private readonly stmt: {
    streamHead: Database.Statement<[string], { revision: number; hash: string }>;
    insert: Database.Statement<unknown[]>;
    byId: Database.Statement<[string], EventRow>;
    head: Database.Statement<[], { head: number | null }>;
    page: Database.Statement<[number, number], EventRow>;
    streamForwards: Database.Statement<[string, number, number], EventRow>;
    streamBackwards: Database.Statement<[string, number, number], EventRow>;
    begin: Database.Statement;
    commit: Database.Statement;
    rollback: Database.Statement;
    savepoint: Database.Statement;
    release: Database.Statement;
    rollbackToSavepoint: Database.Statement;
  };

  constructor(
    readonly file: string,
    options: SqliteEventStoreOptions = {},
  ) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${options.synchronous ?? 'FULL'}`);
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(EVENT_LOG_SCHEMA);
    this.clock = options.clock ?? (() => new Date());
    this.pageSize = options.readPageSize ?? 1000;
    this.stmt = {
      streamHead: this.db.prepare(
        'SELECT revision, hash FROM events WHERE stream = ? ORDER BY revision DESC LIMIT 1',
      ),
      insert: this.db.prepare(
        `INSERT INTO events (stream, revision, id, type, schema_version, data, metadata, recorded_at, prev_hash, hash)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      byId: this.db.prepare(`SELECT ${COLUMNS} FROM events WHERE id = ?`),
      head: this.db.prepare('SELECT max(position) AS head FROM events'),
      page: this.db.prepare(`SELECT ${COLUMNS} FROM events WHERE position > ? ORDER BY position LIMIT ?`),
      streamForwards: this.db.prepare(
        `SELECT ${COLUMNS} FROM events WHERE stream = ? AND revision >= ? ORDER BY revision LIMIT ?`,
      ),
      streamBackwards: this.db.prepare(
        `SELECT ${COLUMNS} FROM events WHERE stream = ? AND revision <= ? ORDER BY revision DESC LIMIT ?`,
      ),
      begin: this.db.prepare('BEGIN IMMEDIATE'),
      commit: this.db.prepare('COMMIT'),
      rollback: this.db.prepare('ROLLBACK'),
      savepoint: this.db.prepare('SAVEPOINT append_call'),
      release: this.db.prepare('RELEASE append_call'),
      rollbackToSavepoint: this.db.prepare('ROLLBACK TO append_call'),
    };
    this.lastSeenHead = this.currentHead();
    this.poller = setInterval(() => this.pollForOtherWriters(), options.pollIntervalMs ?? 1000);
    this.poller.unref();
  }

  append(stream: string, events: readonly NewEvent[], options: AppendOptions = {}): Promise<AppendResult> {
    try {
      if (this.closed) throw new Error('event store is closed');
      validateAppend(stream, events);
    } catch (error) {
      return Promise.reject(error);
    }
    return new Promise<AppendResult>((resolve, reject) => {
      this.queue.push({ stream, events, options, resolve, reject });
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  async *readStream(stream: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    let remaining = options.maxCount ?? Number.MAX_SAFE_INTEGER;
    const backwards = options.direction === 'backwards';
    let from = options.fromRevision ?? (backwards ? Number.MAX_SAFE_INTEGER : 0);
    while (remaining > 0) {
      const limit = Math.min(remaining, this.pageSize);
      const rows = backwards
        ? this.stmt.streamBackwards.all(stream, from, limit)
        : this.stmt.streamForwards.all(stream, from, limit);
      for (const row of rows) yield toRecorded(row);
      if (rows.length < limit) return;
      remaining -= rows.length;
      from = rows[rows.length - 1].revision + (backwards ? -1 : 1);
    }
  }

  async *readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    let after = options.after ?? 0;
    let remaining = options.maxCount ?? Number.MAX_SAFE_INTEGER;
    while (remaining > 0) {
      const rows = this.readRows(after, Math.min(remaining, this.pageSize));
      for (const row of rows) yield toRecorded(row);
      if (rows.length === 0) return;
      remaining -= rows.length;
      after = rows[rows.length - 1].position;
    }
  }

  /** One page of the log, decoded; the fast path for replay and subscriptions. */
  readPage(after: number, max: number): RecordedEvent[] {
    return this.readRows(after, max).map(toRecorded);
  }

  subscribe(options: SubscribeOptions, handler: SubscriptionHandler): Subscription {
    const subscription = new CatchUpSubscription(
      { readPage: (after, max) => this.readPage(after, max) },
      options,
      handler,
      (s) => this.subscriptions.delete(s),
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  async headPosition(): Promise<number> {
    return this.currentHead();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.poller);
    if (this.queue.length) this.flush();
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
    this.db.close();
  }

  private readRows(after: number, max: number): EventRow[] {
    return this.stmt.page.all(after, max);
  }

  private currentHead(): number {
    return this.stmt.head.get()?.head ?? 0;
  }

  private flush(): void {
    this.flushScheduled = false;
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 0) return;
    const outcomes: Array<
      { ok: true; result: AppendResult; events: RecordedEvent[] } | { ok: false; error: unknown }
    > = [];
    try {
      this.stmt.begin.run();
      for (const pending of batch) {
        this.stmt.savepoint.run();
        try {
          const outcome = this.appendInTransaction(pending);
          this.stmt.release.run();
          outcomes.push({ ok: true, ...outcome });
        } catch (error) {
          this.stmt.rollbackToSavepoint.run();
          this.stmt.release.run();
          outcomes.push({ ok: false, error });
        }
      }
      this.stmt.commit.run();
    } catch (error) {
      if (this.db.inTransaction) this.stmt.rollback.run();
      for (const pending of batch) pending.reject(error);
      return;
    }

    const committed: RecordedEvent[] = [];
    for (const [i, outcome] of outcomes.entries()) {
      if (outcome.ok) {
        committed.push(...outcome.events);
        batch[i].resolve(outcome.result);
      } else {
        batch[i].reject(outcome.error);
      }
    }
    if (committed.length) {
      this.lastSeenHead = committed[committed.length - 1].position;
      for (const subscription of this.subscriptions) subscription.offer(committed);
    }
  }

  private appendInTransaction(pending: PendingAppend): { result: AppendResult; events: RecordedEvent[] } {
    const { stream, events, options } = pending;
    const retry = this.findRetry(stream, events);
    if (retry) return { result: retry, events: [] };

    const head = this.stmt.streamHead.get(stream);
    const current = head?.revision ?? NO_STREAM;
    checkExpectedRevision(stream, options.expectedRevision ?? 'any', current);

    const recordedAt = this.clock().toISOString();
    let prevHash = head?.hash ?? null;
    const recorded: RecordedEvent[] = [];
    for (const [i, event] of events.entries()) {
      const dataText = JSON.stringify(event.data);
      const metadataText = JSON.stringify(event.metadata ?? {});
      const content = {
        stream,
        revision: current + 1 + i,
        id: event.id,
        type: event.type,
        schemaVersion: event.schemaVersion ?? 1,
        data: JSON.parse(dataText) as JsonObject,
        metadata: JSON.parse(metadataText) as JsonObject,
        recordedAt: event.recordedAt ?? recordedAt,
        prevHash,
      };
      const hash = eventHash(content);
      const info = this.insertEvent(content, dataText, metadataText, hash);
      recorded.push({ ...content, position: Number(info.lastInsertRowid), hash });
      prevHash = hash;
    }
    const last = recorded[recorded.length - 1];
    return {
      result: {
        nextExpectedRevision: current + events.length,
        position: last ? last.position : this.currentHead(),
        alreadyAppended: false,
      },
      events: recorded,
    };
  }

  private insertEvent(
    content: {
      stream: string;
      revision: number;
      id: string;
      type: string;
      schemaVersion: number;
      recordedAt: string;
      prevHash: string | null;
    },
    dataText: string,
    metadataText: string,
    hash: string,
  ): Database.RunResult {
    try {
      return this.stmt.insert.run(
        content.stream,
        content.revision,
        content.id,
        content.type,
        content.schemaVersion,
        dataText,
        metadataText,
        content.recordedAt,
        content.prevHash,
        hash,
      );
    } catch (error) {
      if (
        error instanceof Database.SqliteError &&
        error.code === 'SQLITE_CONSTRAINT_UNIQUE' &&
        /events\.id/.test(error.message)
      ) {
        throw new EventIdConflictError(
          content.stream,
          content.id,
          'already exists while earlier ids of the append do not',
        );
      }
      throw error;
    }
  }

  /** A retry of an append already made: every id is there, in this stream, in order, with the same content. */
  private findRetry(stream: string, events: readonly NewEvent[]): AppendResult | undefined {
    if (events.length === 0) return undefined;
    const first = this.stmt.byId.get(events[0].id);
    // The common case: a new append. A later id that collides with a stored event fails the
    // UNIQUE constraint on insert, which insertEvent turns into an EventIdConflictError.
    if (!first) return undefined;
    let previous: EventRow | undefined;
    for (const event of events) {
      const stored = previous === undefined ? first : this.stmt.byId.get(event.id);
      if (!stored)
        throw new EventIdConflictError(stream, event.id, 'is new but others in the same append exist');
      if (stored.stream !== stream)
        throw new EventIdConflictError(stream, event.id, `is used in ${stored.stream}`);
      if (previous && stored.revision !== previous.revision + 1) {
        throw new EventIdConflictError(stream, event.id, 'was appended in another order');
      }
      if (!sameContent({ type: stored.type, data: JSON.parse(stored.data) as JsonObject }, event)) {
        throw new EventIdConflictError(stream, event.id, 'has other content');
      }
      previous = stored;
    }
    return { nextExpectedRevision: previous!.revision, position: previous!.position, alreadyAppended: true };
  }

  private pollForOtherWriters(): void {
    if (this.subscriptions.size === 0 || this.closed) return;
    const head = this.currentHead();
    if (head !== this.lastSeenHead) {
      this.lastSeenHead = head;
      for (const subscription of this.subscriptions) subscription.poke();
    }
  }
}
