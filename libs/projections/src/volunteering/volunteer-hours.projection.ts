import type { ServiceRecordEvent, VolunteerRegistered } from '@ledger/domain';
import { SERVICE_RECORD_EVENT_TYPES } from '@ledger/domain';
import type Database from 'better-sqlite3';
import type { Projection } from '../projection';

export interface VolunteerHoursRow {
  volunteer_id: string;
  confirmed_minutes: number;
  pending_minutes: number;
}

export interface HoursHistoryRow {
  volunteer_id: string;
  position: number;
  at: string;
  delta: number;
  balance_after: number;
  reason: string;
  source_type: string;
  source_id: string;
  event_type: string;
}

interface RecordMinutes {
  volunteer_id: string;
  minutes: number;
  status: string;
}

const HOURS_HISTORY_REASONS = {
  confirmed: 'service record confirmed',
} as const;

/**
 * Confirmed and pending minutes per volunteer, and one history line for every change of the
 * confirmed total (confirmation, void, correction) with its reason and the record it came from.
 * It keeps each record's minutes and status itself, so it never depends on another read model.
 */
export const volunteerHoursProjection: Projection = {
  name: 'volunteer-hours',
  version: 1,
  tables: ['volunteer_hours', 'volunteer_hours_records', 'volunteer_hours_history'],
  schema: `
    CREATE TABLE IF NOT EXISTS volunteer_hours (
      volunteer_id      TEXT PRIMARY KEY,
      confirmed_minutes INTEGER NOT NULL,
      pending_minutes   INTEGER NOT NULL
    );
    CREATE TABLE IF NOT EXISTS volunteer_hours_records (
      record_id    TEXT PRIMARY KEY,
      volunteer_id TEXT NOT NULL,
      minutes      INTEGER NOT NULL,
      status       TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS volunteer_hours_history (
      volunteer_id  TEXT NOT NULL,
      position      INTEGER NOT NULL,
      at            TEXT NOT NULL,
      delta         INTEGER NOT NULL,
      balance_after INTEGER NOT NULL,
      reason        TEXT NOT NULL,
      source_type   TEXT NOT NULL,
      source_id     TEXT NOT NULL,
      event_type    TEXT NOT NULL,
      PRIMARY KEY (volunteer_id, position)
    );`,
  eventTypes: ['VolunteerRegistered', ...SERVICE_RECORD_EVENT_TYPES],
  bind(db: Database.Database) {
    const open = db.prepare(
      'INSERT OR IGNORE INTO volunteer_hours (volunteer_id, confirmed_minutes, pending_minutes) VALUES (?, 0, 0)',
    );
    const add = db.prepare(
      `UPDATE volunteer_hours SET confirmed_minutes = confirmed_minutes + @confirmed,
         pending_minutes = pending_minutes + @pending WHERE volunteer_id = @volunteerId`,
    );
    const totals = db.prepare<[string], VolunteerHoursRow>(
      'SELECT * FROM volunteer_hours WHERE volunteer_id = ?',
    );
    const putRecord = db.prepare(
      `INSERT INTO volunteer_hours_records (record_id, volunteer_id, minutes, status) VALUES (?, ?, ?, ?)
       ON CONFLICT (record_id) DO UPDATE SET minutes = excluded.minutes, status = excluded.status`,
    );
    const getRecord = db.prepare<[string], RecordMinutes>(
      'SELECT volunteer_id, minutes, status FROM volunteer_hours_records WHERE record_id = ?',
    );
    const line = db.prepare(
      `INSERT INTO volunteer_hours_history (volunteer_id, position, at, delta, balance_after, reason, source_type, source_id, event_type)
       VALUES (@volunteerId, @position, @at, @delta, @balanceAfter, @reason, 'service-record', @recordId, @eventType)`,
    );

    const change = (
      event: ServiceRecordEvent,
      position: number,
      at: string,
      confirmed: number,
      pending: number,
      reason: string | null,
    ) => {
      const { volunteerId, recordId } = event.data;
      add.run({ volunteerId, confirmed, pending });
      // A line for every event that moved the confirmed total or re-timed a confirmed record.
      if (reason === null) return;
      const balanceAfter = totals.get(volunteerId)?.confirmed_minutes ?? 0;
      line.run({
        volunteerId,
        position,
        at,
        delta: confirmed,
        balanceAfter,
        reason,
        recordId,
        eventType: event.type,
      });
    };

    return (recorded) => {
      const event = recorded as unknown as ServiceRecordEvent | VolunteerRegistered;
      const { position } = recorded;
      if (event.type === 'VolunteerRegistered') {
        open.run(event.data.volunteerId);
        return;
      }
      const d = event.data;
      const record = getRecord.get(d.recordId);
      switch (event.type) {
        case 'ServiceRecorded':
          putRecord.run(d.recordId, d.volunteerId, event.data.minutes, 'pending');
          change(event, position, event.data.recordedAt, 0, event.data.minutes, null);
          break;
        case 'ServiceConfirmed':
          if (!record) return;
          putRecord.run(d.recordId, d.volunteerId, record.minutes, 'confirmed');
          change(
            event,
            position,
            event.data.confirmedAt,
            record.minutes,
            -record.minutes,
            HOURS_HISTORY_REASONS.confirmed,
          );
          break;
        case 'ServiceRejected':
          if (!record) return;
          putRecord.run(d.recordId, d.volunteerId, record.minutes, 'rejected');
          change(event, position, event.data.rejectedAt, 0, -record.minutes, null);
          break;
        case 'ServiceVoided': {
          if (!record) return;
          const wasConfirmed = record.status === 'confirmed';
          putRecord.run(d.recordId, d.volunteerId, record.minutes, 'voided');
          if (wasConfirmed)
            change(event, position, event.data.voidedAt, -record.minutes, 0, event.data.reason);
          else change(event, position, event.data.voidedAt, 0, -record.minutes, null);
          break;
        }
        case 'ServiceCorrected': {
          if (!record) return;
          const { minutes, status, correctedAt, reason } = event.data;
          const wasConfirmed = record.status === 'confirmed';
          putRecord.run(d.recordId, d.volunteerId, minutes, status);
          const confirmed = (status === 'confirmed' ? minutes : 0) - (wasConfirmed ? record.minutes : 0);
          const pending = (status === 'pending' ? minutes : 0) - (wasConfirmed ? 0 : record.minutes);
          change(event, position, correctedAt, confirmed, pending, wasConfirmed ? reason : null);
          break;
        }
      }
    };
  },
};
