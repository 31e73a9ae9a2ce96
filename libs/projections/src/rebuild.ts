import { existsSync, renameSync, rmSync } from 'node:fs';
import type { EventStore, RecordedEvent, UpcasterChain } from '@ledger/event-store';
import type { Projection } from './projection';
import { ProjectionRunner } from './projection-runner';
import { openReadModelDatabase } from './read-model-database';

export interface RebuildProgress {
  readonly events: number;
  readonly position: number;
  readonly head: number;
}

export interface RebuildSummary extends RebuildProgress {
  readonly projections: readonly string[];
  readonly seconds: number;
}

const removeDatabaseFiles = (file: string): void => {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
};

/**
 * Rebuilds every read model from the first event into a fresh file, then puts it in place of the
 * old one. The old read models stay untouched until the new ones are complete, so an interrupted
 * rebuild leaves the ledger as it was. Run it while the server is stopped (the CLI checks).
 */
export async function rebuildReadModels(
  store: EventStore,
  file: string,
  projections: readonly Projection[],
  options: {
    upcasters?: UpcasterChain;
    onProgress?: (progress: RebuildProgress) => void;
    pageSize?: number;
  } = {},
): Promise<RebuildSummary> {
  const started = process.hrtime.bigint();
  const temporary = `${file}.rebuild-${process.pid}`;
  removeDatabaseFiles(temporary);
  const db = openReadModelDatabase(temporary);
  const runner = new ProjectionRunner(store, db, projections, { upcasters: options.upcasters });
  const head = await store.headPosition();
  const pageSize = options.pageSize ?? 5000;
  let events = 0;
  let batch: RecordedEvent[] = [];
  const flush = (position: number) => {
    runner.applyBatch(batch, position);
    events += batch.length;
    batch = [];
    options.onProgress?.({ events, position, head });
  };
  for await (const event of store.readAll({ after: 0 })) {
    batch.push(event);
    if (batch.length >= pageSize) flush(event.position);
  }
  flush(batch.length ? batch[batch.length - 1].position : runner.position);
  const position = runner.position;
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();

  if (existsSync(file)) removeDatabaseFiles(file);
  renameSync(temporary, file);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { events, position, head, projections: projections.map((p) => p.name), seconds };
}
