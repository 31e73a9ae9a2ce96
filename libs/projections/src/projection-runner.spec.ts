import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { type EventStore, InMemoryEventStore, type NewEvent, SqliteEventStore } from '@ledger/event-store';
import type { Projection } from './projection';
import { ProjectionRunner } from './projection-runner';
import { dumpTables, openReadModelDatabase } from './read-model-database';
import { rebuildReadModels } from './rebuild';

/** Counts events per stream, and fails on demand: enough to see double applies and partial batches. */
const counting = (failOn?: (n: number) => boolean, version = 1): Projection => ({
  name: 'counts',
  version,
  tables: ['counts'],
  schema:
    'CREATE TABLE IF NOT EXISTS counts (stream TEXT PRIMARY KEY, n INTEGER NOT NULL, total INTEGER NOT NULL)',
  eventTypes: ['Counted'],
  bind(db: Database.Database) {
    const upsert = db.prepare(
      `INSERT INTO counts (stream, n, total) VALUES (?, 1, ?)
       ON CONFLICT (stream) DO UPDATE SET n = n + 1, total = total + excluded.total`,
    );
    return (event) => {
      if (failOn?.(event.data.n as number)) throw new Error(`refusing event ${String(event.data.n)}`);
      upsert.run(event.stream, event.data.n as number);
    };
  },
});

const counted = (n: number): NewEvent => ({ id: `e-${n}`, type: 'Counted', data: { n } });
const ignored = (n: number): NewEvent => ({ id: `i-${n}`, type: 'Ignored', data: { n } });

describe('projection runner', () => {
  let dir: string;
  let store: EventStore;
  let db: Database.Database;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-projections-'));
    store = new SqliteEventStore(join(dir, 'events.sqlite'));
    db = openReadModelDatabase(join(dir, 'readmodels.sqlite'));
  });
  afterEach(async () => {
    await store.close();
    if (db.open) db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const counts = () => db.prepare('SELECT stream, n, total FROM counts ORDER BY stream').all();
  const checkpoint = () =>
    (
      db.prepare("SELECT position FROM projection_checkpoints WHERE name = 'counts'").get() as {
        position: number;
      }
    ).position;

  it('catches up with history, follows live appends, and a write can wait for its read model', async () => {
    await store.append('a', [counted(1), counted(2)]);
    const runner = new ProjectionRunner(store, db, [counting()]);
    await runner.start();
    expect(counts()).toEqual([{ stream: 'a', n: 2, total: 3 }]);
    const { position } = await store.append('b', [counted(5), ignored(6)]);
    expect(await runner.waitFor(position)).toBe(true);
    expect(counts()).toEqual([
      { stream: 'a', n: 2, total: 3 },
      { stream: 'b', n: 1, total: 5 },
    ]);
    expect(checkpoint()).toBe(position);
    await runner.stop();
  });

  it('resumes after a restart from its checkpoint without applying anything twice', async () => {
    await store.append('a', [counted(1), counted(2)]);
    const first = new ProjectionRunner(store, db, [counting()]);
    await first.start();
    await first.stop();
    await store.append('a', [counted(3)]);
    const second = new ProjectionRunner(store, db, [counting()]);
    await second.start();
    expect(counts()).toEqual([{ stream: 'a', n: 3, total: 6 }]);
    await second.stop();
  });

  it('a batch that fails leaves neither its changes nor its checkpoint; a healthy runner then lands exactly', async () => {
    await store.append('a', [counted(1)]);
    const errors: unknown[] = [];
    let failed!: () => void;
    const failure = new Promise<void>((resolve) => (failed = resolve));
    const broken = new ProjectionRunner(store, db, [counting((n) => n === 3)], {
      onError: (e) => {
        errors.push(e);
        failed();
      },
      retryDelayMs: 60_000,
    });
    await broken.start();
    const before = checkpoint();
    await store.append('a', [counted(2), counted(3), counted(4)]);
    // The runner reports the failed batch; it retries only after a minute, so one error is all there is.
    let deadline: NodeJS.Timeout | undefined;
    await Promise.race([
      failure,
      new Promise((_, reject) => {
        deadline = setTimeout(
          () => reject(new Error('the runner reported no failed batch within 5 s')),
          5_000,
        );
      }),
    ]).finally(() => clearTimeout(deadline));
    expect(errors).toEqual([new Error('refusing event 3')]);
    expect(counts()).toEqual([{ stream: 'a', n: 1, total: 1 }]);
    expect(checkpoint()).toBe(before);
    await broken.stop();

    const healthy = new ProjectionRunner(store, db, [counting()]);
    await healthy.start();
    expect(counts()).toEqual([{ stream: 'a', n: 4, total: 10 }]);
    await healthy.stop();
  });

  it('replays from zero when a projection version changes', async () => {
    await store.append('a', [counted(1), counted(2)]);
    const v1 = new ProjectionRunner(store, db, [counting()]);
    await v1.start();
    await v1.stop();
    db.prepare("UPDATE counts SET n = 99 WHERE stream = 'a'").run();
    const v2 = new ProjectionRunner(store, db, [counting(undefined, 2)]);
    await v2.start();
    expect(counts()).toEqual([{ stream: 'a', n: 2, total: 3 }]);
    await v2.stop();
  });

  it('a rebuild from zero lands on the state live updating reached', async () => {
    const runner = new ProjectionRunner(store, db, [counting()]);
    await runner.start();
    for (let i = 1; i <= 50; i++) await store.append(`s-${i % 7}`, [counted(i), ignored(i)]);
    await runner.waitFor(await store.headPosition());
    const live = dumpTables(db, ['counts']);
    await runner.stop();
    const summary = await rebuildReadModels(store, join(dir, 'rebuilt.sqlite'), [counting()]);
    expect(summary).toMatchObject({ events: 100, position: 100 });
    const rebuilt = openReadModelDatabase(join(dir, 'rebuilt.sqlite'));
    expect(dumpTables(rebuilt, ['counts'])).toEqual(live);
    rebuilt.close();
  });

  it('two processes following the same read models (the server and the CLI) apply each event once', async () => {
    const other = openReadModelDatabase(join(dir, 'readmodels.sqlite'));
    const server = new ProjectionRunner(store, db, [counting()]);
    const cli = new ProjectionRunner(store, other, [counting()]);
    await Promise.all([server.start(), cli.start()]);
    for (let i = 1; i <= 40; i++) await store.append(`s-${i % 3}`, [counted(i)]);
    const head = await store.headPosition();
    await Promise.all([server.waitFor(head), cli.waitFor(head)]);
    const rows = counts() as Array<{ n: number; total: number }>;
    expect(rows.reduce((sum, r) => sum + r.n, 0)).toBe(40);
    expect(rows.reduce((sum, r) => sum + r.total, 0)).toBe((40 * 41) / 2);
    await Promise.all([server.stop(), cli.stop()]);
    other.close();
  });

  it('waitFor gives up after its timeout instead of hanging a request', async () => {
    const runner = new ProjectionRunner(new InMemoryEventStore(), db, [counting()]);
    await runner.start();
    expect(await runner.waitFor(10, 20)).toBe(false);
    await runner.stop();
  });
});
