import Database from 'better-sqlite3';

export const CHECKPOINTS_SCHEMA = `
CREATE TABLE IF NOT EXISTS projection_checkpoints (
  name     TEXT PRIMARY KEY,
  version  INTEGER NOT NULL,
  position INTEGER NOT NULL
);`;

/**
 * Read models live in their own SQLite file beside the event log. They can always be rebuilt from
 * the log, so they commit with synchronous=NORMAL: after a power cut they may be a few transactions
 * behind, and since each checkpoint commits with its changes they resume from a consistent point.
 */
export function openReadModelDatabase(file: string): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.exec(CHECKPOINTS_SCHEMA);
  return db;
}

/** Every row of every table a set of projections owns, in a stable order: for comparing two read models. */
export function dumpTables(db: Database.Database, tables: readonly string[]): Record<string, unknown[]> {
  const dump: Record<string, unknown[]> = {};
  for (const table of [...tables].sort()) {
    const rows = db.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[];
    dump[table] = rows
      .map((row) => JSON.stringify(row, Object.keys(row).sort()))
      .sort()
      .map((text) => JSON.parse(text) as unknown);
  }
  return dump;
}
