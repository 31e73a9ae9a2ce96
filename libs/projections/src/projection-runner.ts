import type Database from 'better-sqlite3';
import type { EventStore, RecordedEvent, Subscription } from '@ledger/event-store';
import { UpcasterChain } from '@ledger/event-store';
import type { ApplyEvent, Projection } from './projection';

export interface ProjectionRunnerOptions {
  readonly upcasters?: UpcasterChain;
  readonly batchSize?: number;
  /** Called when the subscription fails; the runner then restarts it from the checkpoints. */
  readonly onError?: (error: unknown) => void;
  readonly retryDelayMs?: number;
}

interface Bound {
  readonly projection: Projection;
  readonly apply: ApplyEvent;
  readonly types: ReadonlySet<string>;
  position: number;
}

interface Waiter {
  readonly position: number;
  readonly resolve: () => void;
}

/**
 * Feeds read models from the store's subscription. Each batch of events is applied, and every
 * projection's checkpoint advanced, in one SQLite transaction: after a crash the runner resumes
 * exactly after the last batch that committed, so no event is applied twice or skipped.
 */
export class ProjectionRunner {
  private readonly bound: Bound[];
  private readonly upcasters: UpcasterChain;
  private readonly saveCheckpoint: Database.Statement<[string, number, number]>;
  /** Every checkpoint in one read, and every advanced one in one write: a batch costs two statements, not two per projection. */
  private readonly readAllCheckpoints: Database.Statement<[], { name: string; position: number }>;
  private readonly saveAllCheckpoints: Database.Statement<unknown[]> | null;
  private subscription?: Subscription;
  private waiters: Waiter[] = [];
  private readonly batchListeners: ((events: readonly RecordedEvent[]) => void)[] = [];
  private processed = 0;
  private stopped = false;
  private restartTimer?: NodeJS.Timeout;

  constructor(
    private readonly store: EventStore,
    private readonly db: Database.Database,
    projections: readonly Projection[],
    private readonly options: ProjectionRunnerOptions = {},
  ) {
    this.upcasters = options.upcasters ?? new UpcasterChain();
    this.saveCheckpoint = db.prepare(
      `INSERT INTO projection_checkpoints (name, version, position) VALUES (?, ?, ?)
       ON CONFLICT (name) DO UPDATE SET version = excluded.version, position = excluded.position`,
    );
    this.readAllCheckpoints = db.prepare('SELECT name, position FROM projection_checkpoints');
    this.bound = projections.map((projection) => this.prepare(projection));
    this.saveAllCheckpoints = this.bound.length
      ? db.prepare(
          `INSERT INTO projection_checkpoints (name, version, position) VALUES ${this.bound.map(() => '(?, ?, ?)').join(', ')}
           ON CONFLICT (name) DO UPDATE SET version = excluded.version, position = excluded.position`,
        )
      : null;
    this.processed = Math.min(...this.bound.map((b) => b.position), Number.MAX_SAFE_INTEGER);
    if (this.bound.length === 0) this.processed = 0;
  }

  /** True while it follows the log (the server); false in one-shot tools that only write. */
  get running(): boolean {
    return this.subscription !== undefined && !this.stopped;
  }

  /** The position every read model has reached. */
  get position(): number {
    return this.processed;
  }

  /** Starts following the log; resolves once the read models have caught up with it. */
  async start(): Promise<void> {
    this.stopped = false;
    const subscription = this.store.subscribe(
      { after: this.processed, batchSize: this.options.batchSize ?? 1000 },
      (events, context) => this.applyBatch(events, context.position),
    );
    this.subscription = subscription;
    subscription.done.catch((error: unknown) => {
      if (this.stopped) return;
      this.options.onError?.(error);
      this.restartTimer = setTimeout(() => void this.start(), this.options.retryDelayMs ?? 1000);
      this.restartTimer.unref();
    });
    await subscription.caughtUp;
  }

  /** Resolves when every read model reflects the log up to `position`. */
  waitFor(position: number, timeoutMs = 10_000): Promise<boolean> {
    if (this.processed >= position) return Promise.resolve(true);
    return new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        resolve(false);
      }, timeoutMs);
      timer.unref();
      const waiter: Waiter = {
        position,
        resolve: () => {
          clearTimeout(timer);
          resolve(true);
        },
      };
      this.waiters.push(waiter);
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.restartTimer);
    await this.subscription?.stop();
  }

  /**
   * Calls `listener` after each batch commits, with the batch's events: also those another process
   * had already applied to the shared read models, since this process's caches must see them too.
   */
  onBatch(listener: (events: readonly RecordedEvent[]) => void): void {
    this.batchListeners.push(listener);
  }

  /** Applies events already read (a rebuild reads the log itself, in large pages). */
  applyBatch(events: readonly RecordedEvent[], upTo: number): void {
    // IMMEDIATE takes the write lock first, and the checkpoints are read again under it: another
    // process following the same read models (the server while the CLI writes) may have applied
    // some of these events already, and must not see them applied twice.
    this.db
      .transaction(() => {
        const stored = new Map<string, number>();
        for (const row of this.readAllCheckpoints.all()) stored.set(row.name, row.position);
        for (const b of this.bound) {
          const position = stored.get(b.projection.name);
          if (position !== undefined && position > b.position) b.position = position;
        }
        for (const raw of events) {
          const event = this.upcasters.upcast(raw);
          for (const b of this.bound) {
            if (event.position > b.position && b.types.has(event.type)) b.apply(event);
          }
        }
        // Every projection is at least at `upTo` now; one statement writes them all.
        const rows: (string | number)[] = [];
        for (const b of this.bound) {
          if (upTo > b.position) b.position = upTo;
          rows.push(b.projection.name, b.projection.version, b.position);
        }
        this.saveAllCheckpoints?.run(...rows);
      })
      .immediate();
    for (const listener of this.batchListeners) listener(events);
    this.processed = Math.max(this.processed, upTo);
    if (this.waiters.length) {
      const ready = this.waiters.filter((w) => w.position <= this.processed);
      this.waiters = this.waiters.filter((w) => w.position > this.processed);
      for (const w of ready) w.resolve();
    }
  }

  /** Creates the projection's tables, or drops and recreates them when its version changed. */
  private prepare(projection: Projection): Bound {
    const row = this.db
      .prepare('SELECT version, position FROM projection_checkpoints WHERE name = ?')
      .get(projection.name) as { version: number; position: number } | undefined;
    let position = row?.position ?? 0;
    if (row && row.version !== projection.version) {
      this.db.transaction(() => {
        for (const table of projection.tables) this.db.exec(`DROP TABLE IF EXISTS ${table}`);
        this.saveCheckpoint.run(projection.name, projection.version, 0);
      })();
      position = 0;
    }
    this.db.exec(projection.schema);
    return { projection, apply: projection.bind(this.db), types: new Set(projection.eventTypes), position };
  }
}
