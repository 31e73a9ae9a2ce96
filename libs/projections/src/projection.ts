import type Database from 'better-sqlite3';
import type { RecordedEvent } from '@ledger/event-store';

/** Applies one event to the read model. Runs inside the runner's transaction: synchronous, no I/O but the db. */
export type ApplyEvent = (event: RecordedEvent) => void;

/**
 * A read model kept in SQLite tables, fed from the event log in global order.
 * It must derive everything from the events (never the wall clock), so that a rebuild from zero
 * lands on exactly the state live updating reached.
 */
export interface Projection {
  readonly name: string;
  /** Bump when the tables or the logic change: the runner drops the tables and replays from zero. */
  readonly version: number;
  /** The tables it owns, dropped on a version change or a rebuild. */
  readonly tables: readonly string[];
  /** DDL that creates its tables and indexes. */
  readonly schema: string;
  /** The event types it reads; the runner never calls it for others. */
  readonly eventTypes: readonly string[];
  /** Prepares statements once and returns the function that applies an event. */
  bind(db: Database.Database): ApplyEvent;
}
