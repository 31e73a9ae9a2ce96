import { PILOT_EVENT_TYPES, type PilotEvent } from '@ledger/domain';
import type { Projection } from '../projection';

export interface PilotRow {
  pilot_id: string;
  name: string;
  level: 'city' | 'county';
  region_code: string;
  funded_on: string;
  ends_on: string;
  /** JSON of the targets recorded when the pilot was created. */
  targets: string;
  targets_version: string;
  created_by: string;
  created_at: string;
  revision: number;
}

/** Pilots with the targets and period recorded at their creation. */
export const pilotsProjection: Projection = {
  name: 'organisation-pilots',
  version: 1,
  tables: ['org_pilots'],
  schema: `
    CREATE TABLE IF NOT EXISTS org_pilots (
      pilot_id        TEXT PRIMARY KEY,
      name            TEXT NOT NULL,
      level           TEXT NOT NULL,
      region_code     TEXT NOT NULL,
      funded_on       TEXT NOT NULL,
      ends_on         TEXT NOT NULL,
      targets         TEXT NOT NULL,
      targets_version TEXT NOT NULL,
      created_by      TEXT NOT NULL,
      created_at      TEXT NOT NULL,
      revision        INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS org_pilots_by_region ON org_pilots (region_code);`,
  eventTypes: PILOT_EVENT_TYPES,
  bind(db) {
    const insert = db.prepare(
      `INSERT INTO org_pilots (pilot_id, name, level, region_code, funded_on, ends_on, targets, targets_version, created_by, created_at, revision)
       VALUES (@pilotId, @name, @level, @regionCode, @fundedOn, @endsOn, @targets, @targetsVersion, @createdBy, @createdAt, @revision)`,
    );
    return (recorded) => {
      const event = recorded as unknown as PilotEvent;
      switch (event.type) {
        case 'PilotCreated':
          insert.run({
            ...event.data,
            targets: JSON.stringify(event.data.targets),
            revision: recorded.revision,
          });
          break;
      }
    };
  },
};
