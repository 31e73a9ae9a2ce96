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
import { eventHash, type HashedContent, plainEventHash } from '../hash-chain';
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

const INSERT_COLUMNS =
  'stream, revision, id, type, schema_version, data, metadata, recorded_at, prev_hash, hash';
const INSERT_PARAMS_PER_ROW = 10;
/** Events per INSERT statement: an append of 100 events takes 7 statements, not 100. */
const ROWS_PER_INSERT = 16;

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

/** A row of the `page` statement in raw mode: the columns of COLUMNS, in that order. */
type RawEventRow = [
  position: number,
  stream: string,
  revision: number,
  id: string,
  type: string,
  schemaVersion: number,
  data: string,
  metadata: string,
  recordedAt: string,
  prevHash: string | null,
  hash: string,
];

/** Replay's decoder: array rows skip the per-row column-name lookups of object rows. */
const rawToRecorded = (row: RawEventRow): RecordedEvent => ({
  id: row[3],
  stream: row[1],
  revision: row[2],
  position: row[0],
  type: row[4],
  data: JSON.parse(row[6]) as JsonObject,
  metadata: JSON.parse(row[7]) as JsonObject,
  schemaVersion: row[5],
  recordedAt: row[8],
  prevHash: row[9],
  hash: row[10],
});

type Outcome = { ok: true; result: AppendResult; events: RecordedEvent[] } | { ok: false; error: unknown };

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The embedded adapter: one SQLite file in WAL mode.
 *
 * Group commit: appends queued during one turn of the event loop are written in one transaction and
 * committed with a single flush. Every caller is answered only after that commit is on disk, and one
 * caller's failure never fails another's append: an append that fails before writing anything (a
 * conflict, a retry) simply writes nothing; one that fails half-way through its events makes the
 * group start over with a savepoint around each append (see `writeGroup`).
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
  private hashChecked = false;
  /** INSERT statements by the number of rows they write (1 … ROWS_PER_INSERT), prepared on first use. */
  private readonly inserts: Database.Statement<unknown[]>[] = [];

  private readonly stmt: {
    streamHead: Database.Statement<[string], { revision: number; hash: string }>;
    byId: Database.Statement<[string], EventRow>;
    head: Database.Statement<[], { head: number | null }>;
    page: Database.Statement<[number, number], RawEventRow>;
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
    this.pageSize = options.readPageSize ?? 2000;
    this.stmt = {
      streamHead: this.db.prepare(
        'SELECT revision, hash FROM events WHERE stream = ? ORDER BY revision DESC LIMIT 1',
      ),
      byId: this.db.prepare(`SELECT ${COLUMNS} FROM events WHERE id = ?`),
      head: this.db.prepare('SELECT max(position) AS head FROM events'),
      page: this.db
        .prepare<[number, number], RawEventRow>(
          `SELECT ${COLUMNS} FROM events WHERE position > ? ORDER BY position LIMIT ?`,
        )
        .raw(true),
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
      const page = this.readPage(after, Math.min(remaining, this.pageSize));
      if (page.length === 0) return;
      for (let i = 0; i < page.length; i++) yield page[i];
      remaining -= page.length;
      after = page[page.length - 1].position;
    }
  }

  /** One page of the log, decoded; the fast path for replay and subscriptions. */
  readPage(after: number, max: number): RecordedEvent[] {
    const rows = this.stmt.page.all(after, max);
    const events: RecordedEvent[] = new Array(rows.length);
    for (let i = 0; i < rows.length; i++) events[i] = rawToRecorded(rows[i]);
    return events;
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

  private currentHead(): number {
    return this.stmt.head.get()?.head ?? 0;
  }

  private flush(): void {
    this.flushScheduled = false;
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 0) return;
    let outcomes: Outcome[];
    try {
      // Without savepoints first: they cost two statements per append and are needed only when an
      // append fails after writing part of its events, which writeGroup reports as undefined.
      outcomes = this.writeGroup(batch, false) ?? this.writeGroup(batch, true)!;
    } catch (error) {
      for (const pending of batch) pending.reject(error);
      return;
    }

    const offering = this.subscriptions.size > 0;
    const committed: RecordedEvent[] = [];
    for (let i = 0; i < outcomes.length; i++) {
      const outcome = outcomes[i];
      if (outcome.ok) {
        const events = outcome.events;
        if (events.length) this.lastSeenHead = events[events.length - 1].position;
        if (offering) for (const event of events) committed.push(event);
        batch[i].resolve(outcome.result);
      } else {
        batch[i].reject(outcome.error);
      }
    }
    if (committed.length) for (const subscription of this.subscriptions) subscription.offer(committed);
  }

  /**
   * Writes the group in one transaction and commits it. Without savepoints, an append that fails
   * before its first insert has written nothing and is simply reported; one that fails after it has
   * rolled back the whole transaction, and the result is undefined: the caller runs the group again
   * with a savepoint around each append. (A failed statement itself leaves nothing behind: SQLite
   * undoes it and keeps the transaction.) A single append needs no second run: it is the group.
   */
  private writeGroup(batch: readonly PendingAppend[], withSavepoints: boolean): Outcome[] | undefined {
    const outcomes: Outcome[] = [];
    this.stmt.begin.run();
    try {
      for (const pending of batch) {
        if (withSavepoints) this.stmt.savepoint.run();
        const progress = { wrote: false };
        try {
          const outcome = this.appendInTransaction(pending, progress);
          if (withSavepoints) this.stmt.release.run();
          outcomes.push({ ok: true, result: outcome.result, events: outcome.events });
        } catch (error) {
          if (!this.db.inTransaction) throw error;
          if (withSavepoints) {
            this.stmt.rollbackToSavepoint.run();
            this.stmt.release.run();
          } else if (progress.wrote) {
            this.stmt.rollback.run();
            if (batch.length === 1) return [{ ok: false, error }];
            return undefined;
          }
          outcomes.push({ ok: false, error });
        }
      }
      this.stmt.commit.run();
    } catch (error) {
      if (this.db.inTransaction) this.stmt.rollback.run();
      throw error;
    }
    return outcomes;
  }

  private appendInTransaction(
    pending: PendingAppend,
    progress: { wrote: boolean },
  ): { result: AppendResult; events: RecordedEvent[] } {
    const { stream, events, options } = pending;
    const retry = this.findRetry(stream, events);
    if (retry) return { result: retry, events: [] };

    const head = this.stmt.streamHead.get(stream);
    const current = head?.revision ?? NO_STREAM;
    checkExpectedRevision(stream, options.expectedRevision ?? 'any', current);

    const recordedAt = this.clock().toISOString();
    let prevHash = head?.hash ?? null;
    const recorded: Mutable<RecordedEvent>[] = new Array(events.length);
    const texts: string[] = new Array(events.length * 2);
    for (let i = 0; i < events.length; i++) {
      const event = events[i];
      const dataText = JSON.stringify(event.data);
      const metadataText = JSON.stringify(event.metadata ?? {});
      // The recorded event doubles as the hashed content (its position is filled in on insert);
      // data and metadata are the plain-JSON copies that are stored, not the caller's objects.
      const record: Mutable<RecordedEvent> = {
        id: event.id,
        stream,
        revision: current + 1 + i,
        position: 0,
        type: event.type,
        data: JSON.parse(dataText) as JsonObject,
        metadata: JSON.parse(metadataText) as JsonObject,
        schemaVersion: event.schemaVersion ?? 1,
        recordedAt: event.recordedAt ?? recordedAt,
        prevHash,
        hash: '',
      };
      record.hash = this.hashOf(record);
      recorded[i] = record;
      texts[2 * i] = dataText;
      texts[2 * i + 1] = metadataText;
      prevHash = record.hash;
    }
    this.insertEvents(recorded, texts, progress);
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

  /** The event's hash; the first one of each store is also computed by `eventHash` and must agree. */
  private hashOf(content: HashedContent): string {
    const hash = plainEventHash(content);
    if (!this.hashChecked) {
      if (hash !== eventHash(content))
        throw new Error('sqlite event store: fast hash disagrees with eventHash');
      this.hashChecked = true;
    }
    return hash;
  }

  /**
   * Inserts the events in statements of up to ROWS_PER_INSERT rows and fills in their positions: the
   * rows of one statement get consecutive rowids (max + 1 each), the last one is lastInsertRowid. A
   * failing statement writes none of its rows; `progress.wrote` tells whether earlier ones did.
   */
  private insertEvents(
    records: Mutable<RecordedEvent>[],
    texts: readonly string[],
    progress: { wrote: boolean },
  ): void {
    for (let start = 0; start < records.length; start += ROWS_PER_INSERT) {
      const rows = Math.min(ROWS_PER_INSERT, records.length - start);
      const params: unknown[] = new Array(rows * INSERT_PARAMS_PER_ROW);
      for (let j = 0, p = 0; j < rows; j++) {
        const record = records[start + j];
        params[p++] = record.stream;
        params[p++] = record.revision;
        params[p++] = record.id;
        params[p++] = record.type;
        params[p++] = record.schemaVersion;
        params[p++] = texts[2 * (start + j)];
        params[p++] = texts[2 * (start + j) + 1];
        params[p++] = record.recordedAt;
        params[p++] = record.prevHash;
        params[p++] = record.hash;
      }
      let info: Database.RunResult;
      try {
        info = this.insertStatement(rows).run(params);
      } catch (error) {
        throw this.insertError(error, records.slice(start, start + rows));
      }
      progress.wrote = true;
      const last = Number(info.lastInsertRowid);
      for (let j = 0; j < rows; j++) records[start + j].position = last - rows + 1 + j;
    }
  }

  private insertStatement(rows: number): Database.Statement<unknown[]> {
    let statement = this.inserts[rows];
    if (!statement) {
      const values = new Array<string>(rows).fill('(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ');
      statement = this.db.prepare(`INSERT INTO events (${INSERT_COLUMNS}) VALUES ${values}`);
      this.inserts[rows] = statement;
    }
    return statement;
  }

  /** A UNIQUE violation on the event id: an id of the append is taken though the first one was not. */
  private insertError(error: unknown, records: readonly RecordedEvent[]): unknown {
    // Matched by code, not `instanceof SqliteError`: the native addon keeps the error class of the
    // first module instance that loaded it, which need not be this one (jest's module registries).
    const sqlite = error as { code?: unknown; message?: unknown };
    if (
      sqlite?.code === 'SQLITE_CONSTRAINT_UNIQUE' &&
      typeof sqlite.message === 'string' &&
      /events\.id/.test(sqlite.message)
    ) {
      const taken = records.find((record) => this.stmt.byId.get(record.id)) ?? records[0];
      return new EventIdConflictError(
        taken.stream,
        taken.id,
        'already exists while earlier ids of the append do not',
      );
    }
    return error;
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
