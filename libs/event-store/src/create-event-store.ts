import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { EventStore } from './event-store';
import { SqliteEventStore } from './sqlite/sqlite-event-store';

export type EventStoreSetting =
  | { readonly kind: 'sqlite'; readonly dataDir: string }
  | { readonly kind: 'eventstoredb'; readonly connectionString: string };

export const SQLITE_EVENT_LOG_FILE = 'events.sqlite';

/** Opens the store the configuration names. The EventStoreDB client is loaded only when used. */
export async function createEventStore(setting: EventStoreSetting): Promise<EventStore> {
  if (setting.kind === 'sqlite') {
    mkdirSync(setting.dataDir, { recursive: true, mode: 0o700 });
    return new SqliteEventStore(join(setting.dataDir, SQLITE_EVENT_LOG_FILE));
  }
  const { EsdbEventStore } = await import('./esdb/esdb-event-store');
  return EsdbEventStore.connect(setting.connectionString);
}
