/** Our SQLite adapter, driven through the EventStore port exactly as the application uses it. */
import { SqliteEventStore } from '@ledger/event-store';
import { appendAt, type AppendSource } from './events';
import { type Appender, ErrorTally, type Measurement, now } from './measure';

/**
 * `callers` concurrent callers, each appending one append at a time and waiting for it. With one
 * caller this is the one-at-a-time line; with 32 it is the group-commit line.
 */
export class LedgerAppender implements Appender {
  private readonly store: SqliteEventStore;
  private readonly errors = new ErrorTally();
  private events = 0;
  private elapsedMs = 0;

  constructor(
    file: string,
    private readonly source: AppendSource,
    private readonly callers: number,
  ) {
    this.store = new SqliteEventStore(file, { synchronous: 'FULL' });
  }

  get exhausted(): boolean {
    return this.source.exhausted;
  }

  async runFor(seconds: number): Promise<void> {
    const started = now();
    const generatingBefore = this.source.generatingMs;
    // Generation is synchronous: while it runs nothing else does, so its time comes off exactly.
    const elapsed = () => now() - started - (this.source.generatingMs - generatingBefore);
    const caller = async (): Promise<void> => {
      while (elapsed() < seconds * 1000) {
        const append = this.source.next();
        if (!append) return;
        try {
          await this.store.append(append.stream, append.events);
          this.events += append.events.length;
        } catch (error) {
          this.errors.add(error);
        }
      }
    };
    await Promise.all(Array.from({ length: this.callers }, caller));
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
    await this.store.close();
  }
}

/**
 * Fills a file with `total` events for the read lines, as fast as the store allows: batches of
 * `batchSize` from eight concurrent callers, so that group commit puts many batches in one transaction.
 */
export async function ledgerFill(
  file: string,
  total: number,
  batchSize: number,
  streams: number,
): Promise<Measurement> {
  const store = new SqliteEventStore(file, { synchronous: 'FULL' });
  const appendsNeeded = Math.ceil(total / batchSize);
  let next = 0;
  let events = 0;
  const started = now();
  const caller = async (): Promise<void> => {
    while (next < appendsNeeded) {
      const k = next++;
      const append = appendAt(k, batchSize, streams);
      const batch = k === appendsNeeded - 1 ? append.events.slice(0, total - k * batchSize) : append.events;
      await store.append(append.stream, batch);
      events += batch.length;
    }
  };
  try {
    await Promise.all(Array.from({ length: 8 }, caller));
    return { events, seconds: (now() - started) / 1000, errors: 0, errorKinds: {} };
  } finally {
    await store.close();
  }
}

/** `readAll()` from the start to the end, every event decoded into a RecordedEvent. */
export async function ledgerReplay(file: string, expected: number): Promise<Measurement> {
  const store = new SqliteEventStore(file, { synchronous: 'FULL' });
  try {
    let events = 0;
    let lastPosition = 0;
    const started = now();
    for await (const event of store.readAll()) {
      if (event.position !== lastPosition + 1) throw new Error('replay out of order');
      lastPosition = event.position;
      events++;
    }
    const seconds = (now() - started) / 1000;
    if (events !== expected) throw new Error(`replay read ${events} events, expected ${expected}`);
    return { events, seconds, errors: 0, errorKinds: {} };
  } finally {
    await store.close();
  }
}

/** A catch-up subscription from position 0, counted until it has caught up with the head. */
export async function ledgerCatchUp(file: string, expected: number): Promise<Measurement> {
  const store = new SqliteEventStore(file, { synchronous: 'FULL' });
  try {
    let events = 0;
    const started = now();
    const subscription = store.subscribe({ after: 0 }, (batch) => {
      events += batch.length;
    });
    await subscription.caughtUp;
    const seconds = (now() - started) / 1000;
    await subscription.stop();
    if (events !== expected) throw new Error(`catch-up delivered ${events} events, expected ${expected}`);
    return { events, seconds, errors: 0, errorKinds: {} };
  } finally {
    await store.close();
  }
}
