import { join } from 'node:path';
import { SqliteEventStore } from '@ledger/event-store';
import { ALL_PROJECTIONS, dumpTables, openReadModelDatabase, rebuildReadModels } from '@ledger/projections';

const ALL_TABLES = ALL_PROJECTIONS.flatMap((p) => p.tables);

/**
 * The read models a data dir holds, and the same read models rebuilt from zero out of its event log
 * (into `rebuilt.sqlite` beside them): a test expects the two to be equal. The server must be stopped.
 */
export async function liveAndRebuiltReadModels(
  dataDir: string,
): Promise<{ live: ReturnType<typeof dumpTables>; rebuilt: ReturnType<typeof dumpTables> }> {
  const store = new SqliteEventStore(join(dataDir, 'events.sqlite'));
  try {
    const liveDb = openReadModelDatabase(join(dataDir, 'readmodels.sqlite'));
    const live = dumpTables(liveDb, ALL_TABLES);
    liveDb.close();
    await rebuildReadModels(store, join(dataDir, 'rebuilt.sqlite'), ALL_PROJECTIONS);
    const rebuiltDb = openReadModelDatabase(join(dataDir, 'rebuilt.sqlite'));
    const rebuilt = dumpTables(rebuiltDb, ALL_TABLES);
    rebuiltDb.close();
    return { live, rebuilt };
  } finally {
    await store.close();
  }
}
