/**
 * The ceiling: plain better-sqlite3 on the store's own schema, with the same pragmas (WAL,
 * synchronous=FULL) and nothing else — no expected-revision check, no idempotency lookup, no
 * hash chain (constants of the same length stand in for hash and prev_hash, so the rows are as
 * large as the store's), revisions counted in a Map.
 */
import Database from 'better-sqlite3';
import { EVENT_LOG_SCHEMA } from '@ledger/event-store/sqlite/sqlite-schema';
import type { AppendSource, BenchAppend } from './events';
import { type Appender, ErrorTally, type Measurement, now } from './measure';

const PLACEHOLDER_HASH = '0'.repeat(64);
const PLACEHOLDER_PREV_HASH = 'f'.repeat(64);

/** Each append in its own transaction (`BEGIN IMMEDIATE` … `COMMIT`), one after another. */
export class RawAppender implements Appender {
  private readonly db: Database.Database;
  private readonly appendOne: Database.Transaction<(append: BenchAppend) => void>;
  private readonly errors = new ErrorTally();
  private events = 0;
  private elapsedMs = 0;

  constructor(
    file: string,
    private readonly source: AppendSource,
  ) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(EVENT_LOG_SCHEMA);
    const insert = this.db.prepare(
      `INSERT INTO events (stream, revision, id, type, schema_version, data, metadata, recorded_at, prev_hash, hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const revisions = new Map<string, number>();
    this.appendOne = this.db.transaction((append: BenchAppend) => {
      const recordedAt = new Date().toISOString();
      let revision = revisions.get(append.stream) ?? -1;
      for (const event of append.events) {
        revision++;
        insert.run(
          append.stream,
          revision,
          event.id,
          event.type,
          1,
          JSON.stringify(event.data),
          JSON.stringify(event.metadata),
          recordedAt,
          revision === 0 ? null : PLACEHOLDER_PREV_HASH,
          PLACEHOLDER_HASH,
        );
      }
      revisions.set(append.stream, revision);
    });
  }

  get exhausted(): boolean {
    return this.source.exhausted;
  }

  async runFor(seconds: number): Promise<void> {
    const started = now();
    const generatingBefore = this.source.generatingMs;
    const elapsed = () => now() - started - (this.source.generatingMs - generatingBefore);
    for (let append = this.source.next(); append; append = this.source.next()) {
      try {
        this.appendOne.immediate(append);
        this.events += append.events.length;
      } catch (error) {
        this.errors.add(error);
      }
      if (elapsed() >= seconds * 1000) break;
    }
    this.elapsedMs += elapsed();
  }

  result(): Measurement {
    return {
      events: this.events,
      seconds: this.elapsedMs / 1000,
      errors: this.errors.count,
      errorKinds: { ...this.errors.kinds },
    };
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

/** `.iterate()` over the whole log in position order, parsing data and metadata of every row. */
export function rawReplay(file: string): Measurement {
  const db = new Database(file, { readonly: true });
  try {
    const rows = db
      .prepare(
        'SELECT position, stream, revision, id, type, schema_version, data, metadata, recorded_at, prev_hash, hash FROM events ORDER BY position',
      )
      .iterate() as IterableIterator<{ data: string; metadata: string }>;
    let events = 0;
    let parsed = 0;
    const started = now();
    for (const row of rows) {
      const data = JSON.parse(row.data) as object;
      const metadata = JSON.parse(row.metadata) as object;
      if (data && metadata) parsed++;
      events++;
    }
    const seconds = (now() - started) / 1000;
    if (parsed !== events) throw new Error('raw replay: a row did not parse to an object');
    return { events, seconds, errors: 0, errorKinds: {} };
  } finally {
    db.close();
  }
}
