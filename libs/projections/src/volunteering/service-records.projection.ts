import { SERVICE_RECORD_EVENT_TYPES, type ServiceRecordEvent } from '@ledger/domain';
import type { Projection } from '../projection';

export interface ServiceRecordRow {
  record_id: string;
  volunteer_id: string;
  activity_id: string;
  project_id: string;
  pilot_id: string | null;
  region_code: string;
  started_at: string;
  ended_at: string;
  minutes: number;
  service_date: string;
  content: string;
  status: 'pending' | 'confirmed' | 'rejected' | 'voided';
  recorded_by: string;
  recorded_at: string;
  /** Global position of the record's latest change. */
  position: number;
}

export interface ServiceRecordHistoryRow {
  record_id: string;
  position: number;
  action: 'recorded' | 'confirmed' | 'rejected' | 'voided' | 'corrected';
  at: string;
  by: string;
  reason: string | null;
  status: ServiceRecordRow['status'];
  minutes: number;
  started_at: string;
  ended_at: string;
}

/** Service records by id (and so which volunteer's stream holds each), with every change made to them. */
export const serviceRecordsProjection: Projection = {
  name: 'service-records',
  version: 2,
  tables: ['service_records', 'service_record_history'],
  schema: `
    CREATE TABLE IF NOT EXISTS service_records (
      record_id    TEXT PRIMARY KEY,
      volunteer_id TEXT NOT NULL,
      activity_id  TEXT NOT NULL,
      project_id   TEXT NOT NULL,
      pilot_id     TEXT,
      region_code  TEXT NOT NULL,
      started_at   TEXT NOT NULL,
      ended_at     TEXT NOT NULL,
      minutes      INTEGER NOT NULL,
      service_date TEXT NOT NULL,
      content      TEXT NOT NULL,
      status       TEXT NOT NULL,
      recorded_by  TEXT NOT NULL,
      recorded_at  TEXT NOT NULL,
      position     INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS service_records_by_volunteer ON service_records (volunteer_id, position);
    CREATE INDEX IF NOT EXISTS service_records_by_activity ON service_records (activity_id);
    CREATE INDEX IF NOT EXISTS service_records_by_status ON service_records (status, recorded_at);
    CREATE INDEX IF NOT EXISTS service_records_by_region ON service_records (region_code, recorded_at);
    CREATE TABLE IF NOT EXISTS service_record_history (
      record_id  TEXT NOT NULL,
      position   INTEGER NOT NULL,
      action     TEXT NOT NULL,
      at         TEXT NOT NULL,
      by         TEXT NOT NULL,
      reason     TEXT,
      status     TEXT NOT NULL,
      minutes    INTEGER NOT NULL,
      started_at TEXT NOT NULL,
      ended_at   TEXT NOT NULL,
      PRIMARY KEY (record_id, position)
    );`,
  eventTypes: SERVICE_RECORD_EVENT_TYPES,
  bind(db) {
    const insert = db.prepare(
      `INSERT INTO service_records (record_id, volunteer_id, activity_id, project_id, pilot_id, region_code, started_at, ended_at,
         minutes, service_date, content, status, recorded_by, recorded_at, position)
       VALUES (@recordId, @volunteerId, @activityId, @projectId, @pilotId, @regionCode, @startedAt, @endedAt,
         @minutes, @serviceDate, @content, 'pending', @recordedBy, @recordedAt, @position)`,
    );
    const setStatus = db.prepare('UPDATE service_records SET status = ?, position = ? WHERE record_id = ?');
    const setTimes = db.prepare(
      `UPDATE service_records SET started_at = @startedAt, ended_at = @endedAt, minutes = @minutes,
         service_date = @serviceDate, status = @status, position = @position WHERE record_id = @recordId`,
    );
    const current = db.prepare<[string], ServiceRecordRow>(
      'SELECT * FROM service_records WHERE record_id = ?',
    );
    const history = db.prepare(
      `INSERT INTO service_record_history (record_id, position, action, at, by, reason, status, minutes, started_at, ended_at)
       VALUES (@record_id, @position, @action, @at, @by, @reason, @status, @minutes, @started_at, @ended_at)`,
    );
    const remember = (
      recordId: string,
      position: number,
      action: ServiceRecordHistoryRow['action'],
      at: string,
      by: string,
      reason: string | null,
    ) => {
      const row = current.get(recordId);
      if (!row) return;
      history.run({
        record_id: recordId,
        position,
        action,
        at,
        by,
        reason,
        status: row.status,
        minutes: row.minutes,
        started_at: row.started_at,
        ended_at: row.ended_at,
      });
    };
    return (recorded) => {
      const event = recorded as unknown as ServiceRecordEvent;
      const { position } = recorded;
      const d = event.data;
      switch (event.type) {
        case 'ServiceRecorded':
          insert.run({ ...event.data, position });
          remember(d.recordId, position, 'recorded', event.data.recordedAt, event.data.recordedBy, null);
          break;
        case 'ServiceConfirmed':
          setStatus.run('confirmed', position, d.recordId);
          remember(d.recordId, position, 'confirmed', event.data.confirmedAt, event.data.confirmedBy, null);
          break;
        case 'ServiceRejected':
          setStatus.run('rejected', position, d.recordId);
          remember(
            d.recordId,
            position,
            'rejected',
            event.data.rejectedAt,
            event.data.rejectedBy,
            event.data.reason,
          );
          break;
        case 'ServiceVoided':
          setStatus.run('voided', position, d.recordId);
          remember(
            d.recordId,
            position,
            'voided',
            event.data.voidedAt,
            event.data.voidedBy,
            event.data.reason,
          );
          break;
        case 'ServiceCorrected':
          setTimes.run({ ...event.data, position });
          remember(
            d.recordId,
            position,
            'corrected',
            event.data.correctedAt,
            event.data.correctedBy,
            event.data.reason,
          );
          break;
      }
    };
  },
};
