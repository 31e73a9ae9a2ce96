import { STATION_EVENT_TYPES, type StationEvent } from '@ledger/domain';
import type { Projection } from '../projection';

export interface StationRow {
  station_id: string;
  name: string;
  region_code: string;
  pilot_id: string | null;
  venue_type: string;
  site: 0 | 1;
  team: 0 | 1;
  project: 0 | 1;
  facilities: 0 | 1;
  rules: 0 | 1;
  signage: 0 | 1;
  meets_six_musts: 0 | 1;
  established_by: string;
  established_at: string;
  checklist_updated_at: string | null;
  /** Where the station is (StationCoordinatesSet); null until set. */
  lat: number | null;
  lng: number | null;
  revision: number;
}

export const stationsProjection: Projection = {
  name: 'organisation-stations',
  version: 2,
  tables: ['org_stations'],
  schema: `
    CREATE TABLE IF NOT EXISTS org_stations (
      station_id           TEXT PRIMARY KEY,
      name                 TEXT NOT NULL,
      region_code          TEXT NOT NULL,
      pilot_id             TEXT,
      venue_type           TEXT NOT NULL,
      site                 INTEGER NOT NULL DEFAULT 0,
      team                 INTEGER NOT NULL DEFAULT 0,
      project              INTEGER NOT NULL DEFAULT 0,
      facilities           INTEGER NOT NULL DEFAULT 0,
      rules                INTEGER NOT NULL DEFAULT 0,
      signage              INTEGER NOT NULL DEFAULT 0,
      meets_six_musts      INTEGER NOT NULL DEFAULT 0,
      established_by       TEXT NOT NULL,
      established_at       TEXT NOT NULL,
      checklist_updated_at TEXT,
      lat                  REAL,
      lng                  REAL,
      revision             INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS org_stations_by_pilot ON org_stations (pilot_id);`,
  eventTypes: STATION_EVENT_TYPES,
  bind(db) {
    const insert = db.prepare(
      `INSERT INTO org_stations (station_id, name, region_code, pilot_id, venue_type, established_by, established_at, revision)
       VALUES (@stationId, @name, @regionCode, @pilotId, @venueType, @establishedBy, @establishedAt, @revision)`,
    );
    const update = db.prepare(
      `UPDATE org_stations SET site = @site, team = @team, project = @project, facilities = @facilities,
         rules = @rules, signage = @signage, meets_six_musts = @meets, checklist_updated_at = @updatedAt,
         revision = @revision
       WHERE station_id = @stationId`,
    );
    const place = db.prepare(
      'UPDATE org_stations SET lat = @lat, lng = @lng, revision = @revision WHERE station_id = @stationId',
    );
    const bit = (value: boolean): 0 | 1 => (value ? 1 : 0);
    return (recorded) => {
      const event = recorded as unknown as StationEvent;
      switch (event.type) {
        case 'StationEstablished':
          insert.run({ ...event.data, revision: recorded.revision });
          break;
        case 'StationChecklistUpdated': {
          const c = event.data.checklist;
          update.run({
            stationId: event.data.stationId,
            site: bit(c.site),
            team: bit(c.team),
            project: bit(c.project),
            facilities: bit(c.facilities),
            rules: bit(c.rules),
            signage: bit(c.signage),
            meets: bit(event.data.meetsSixMusts),
            updatedAt: event.data.updatedAt,
            revision: recorded.revision,
          });
          break;
        }
        case 'StationCoordinatesSet':
          place.run({
            stationId: event.data.stationId,
            lat: event.data.lat,
            lng: event.data.lng,
            revision: recorded.revision,
          });
          break;
      }
    };
  },
};
