import {
  ACTIVITY_EVENT_TYPES,
  type ActivityEvent,
  instantMillis,
  type ServiceRecordEvent,
} from '@ledger/domain';
import type { Projection } from '../projection';

export interface ActivityRow {
  activity_id: string;
  project_id: string;
  pilot_id: string | null;
  title: string;
  starts_at: string;
  ends_at: string;
  /** The start as epoch milliseconds: lists order and filter by it whatever offset startsAt was given in. */
  starts_at_ms: number;
  /** The end as epoch milliseconds: "has it ended" is asked at query time, with the caller's clock. */
  ends_at_ms: number;
  region_code: string;
  station_id: string | null;
  /** JSON array of campaign-calendar ids. */
  campaigns: string;
  scheduled_by: string;
  scheduled_at: string;
  /** Service records of the activity that are confirmed now (a void or a correction back to pending takes one off). */
  confirmed_records: number;
  revision: number;
}

const SERVICE_RECORD_EVENT_TYPES: readonly ServiceRecordEvent['type'][] = [
  'ServiceRecorded',
  'ServiceConfirmed',
  'ServiceRejected',
  'ServiceVoided',
  'ServiceCorrected',
];

/** The status a service event leaves its record in. */
function statusAfter(event: ServiceRecordEvent): string {
  switch (event.type) {
    case 'ServiceRecorded':
      return 'pending';
    case 'ServiceConfirmed':
      return 'confirmed';
    case 'ServiceRejected':
      return 'rejected';
    case 'ServiceVoided':
      return 'voided';
    case 'ServiceCorrected':
      return event.data.status;
  }
}

/**
 * Activities, and how many of each activity's service records are confirmed now. Each record's
 * status is kept, so every service event knows what it changes from: the count moves by one when a
 * record enters or leaves `confirmed`, and stays exact whatever order of confirmations, voids and
 * corrections the volunteers' streams bring (recounting instead cost O(records) per event).
 */
export const activitiesProjection: Projection = {
  name: 'organisation-activities',
  version: 4,
  tables: ['org_activities', 'org_activity_service_records'],
  schema: `
    CREATE TABLE IF NOT EXISTS org_activities (
      activity_id       TEXT PRIMARY KEY,
      project_id        TEXT NOT NULL,
      pilot_id          TEXT,
      title             TEXT NOT NULL,
      starts_at         TEXT NOT NULL,
      ends_at           TEXT NOT NULL,
      starts_at_ms      INTEGER NOT NULL,
      ends_at_ms        INTEGER NOT NULL,
      region_code       TEXT NOT NULL,
      station_id        TEXT,
      campaigns         TEXT NOT NULL,
      scheduled_by      TEXT NOT NULL,
      scheduled_at      TEXT NOT NULL,
      confirmed_records INTEGER NOT NULL DEFAULT 0,
      revision          INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS org_activities_by_pilot ON org_activities (pilot_id, ends_at_ms);
    CREATE INDEX IF NOT EXISTS org_activities_by_start ON org_activities (starts_at_ms);
    CREATE INDEX IF NOT EXISTS org_activities_by_project ON org_activities (project_id, starts_at_ms);
    CREATE INDEX IF NOT EXISTS org_activities_by_station ON org_activities (station_id, starts_at_ms);
    CREATE TABLE IF NOT EXISTS org_activity_service_records (
      record_id   TEXT PRIMARY KEY,
      activity_id TEXT NOT NULL,
      status      TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS org_activity_service_records_by_activity
      ON org_activity_service_records (activity_id, status);`,
  eventTypes: [...ACTIVITY_EVENT_TYPES, ...SERVICE_RECORD_EVENT_TYPES],
  bind(db) {
    const insert = db.prepare(
      `INSERT INTO org_activities (activity_id, project_id, pilot_id, title, starts_at, ends_at, starts_at_ms, ends_at_ms,
                                  region_code, station_id, campaigns, scheduled_by, scheduled_at, confirmed_records, revision)
       VALUES (@activityId, @projectId, @pilotId, @title, @startsAt, @endsAt, @startsAtMs, @endsAtMs, @regionCode,
               @stationId, @campaigns, @scheduledBy, @scheduledAt,
               (SELECT count(*) FROM org_activity_service_records WHERE activity_id = @activityId AND status = 'confirmed'),
               @revision)`,
    );
    const recordBefore = db.prepare<[string], { activity_id: string; status: string }>(
      'SELECT activity_id, status FROM org_activity_service_records WHERE record_id = ?',
    );
    const setStatus = db.prepare(
      `INSERT INTO org_activity_service_records (record_id, activity_id, status) VALUES (?, ?, ?)
       ON CONFLICT (record_id) DO UPDATE SET activity_id = excluded.activity_id, status = excluded.status`,
    );
    const setRevision = db.prepare('UPDATE org_activities SET revision = ? WHERE activity_id = ?');
    const adjust = db.prepare(
      'UPDATE org_activities SET confirmed_records = confirmed_records + ? WHERE activity_id = ?',
    );
    return (recorded) => {
      const event = recorded as unknown as ActivityEvent | ServiceRecordEvent;
      if (event.type === 'ActivityScheduled') {
        insert.run({
          ...event.data,
          startsAtMs: instantMillis(event.data.startsAt),
          endsAtMs: instantMillis(event.data.endsAt),
          campaigns: JSON.stringify(event.data.campaigns),
          revision: recorded.revision,
        });
        return;
      }
      if (event.type === 'ActivityRecruitmentChanged') {
        // Recruitment is read from the journey read model; here it moves the activity's ETag.
        setRevision.run(recorded.revision, event.data.activityId);
        return;
      }
      const { recordId, activityId } = event.data;
      const before = recordBefore.get(recordId);
      const status = statusAfter(event);
      setStatus.run(recordId, activityId, status);
      const counted = before?.status === 'confirmed' ? before.activity_id : undefined;
      const counts = status === 'confirmed' ? activityId : undefined;
      if (counted === counts) return;
      if (counted !== undefined) adjust.run(-1, counted);
      if (counts !== undefined) adjust.run(1, counts);
    };
  },
};
