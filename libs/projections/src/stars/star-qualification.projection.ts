import type { ServiceRecordEvent, StarEvent, VolunteerForgotten, VolunteerRegistered } from '@ledger/domain';
import type { Projection } from '../projection';

type QualificationEvent = VolunteerRegistered | VolunteerForgotten | ServiceRecordEvent | StarEvent;

interface RecordRow {
  volunteer_id: string;
  service_date: string;
  minutes: number;
  confirmed: number;
}

/**
 * What a star round draws from (星级资格): confirmed minutes per volunteer and service date, with
 * each volunteer's region, awarded level and ban. A draw sums a volunteer's days up to the cutoff
 * (and from 1 January for a calendar-year window) in one indexed query, never replaying a stream.
 * It keeps each record's date, minutes and status itself, so it depends on no other read model.
 */
export const starQualificationProjection: Projection = {
  name: 'star-qualification',
  version: 1,
  tables: ['star_qualification_volunteers', 'star_qualification_records', 'star_qualification_days'],
  schema: `
    CREATE TABLE IF NOT EXISTS star_qualification_volunteers (
      volunteer_id TEXT PRIMARY KEY,
      region_code  TEXT NOT NULL,
      star_level   INTEGER NOT NULL DEFAULT 0,
      banned_until TEXT,
      forgotten    INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX IF NOT EXISTS star_qualification_volunteers_region
      ON star_qualification_volunteers (region_code, volunteer_id);
    CREATE TABLE IF NOT EXISTS star_qualification_records (
      record_id    TEXT PRIMARY KEY,
      volunteer_id TEXT NOT NULL,
      service_date TEXT NOT NULL,
      minutes      INTEGER NOT NULL,
      confirmed    INTEGER NOT NULL
    );
    CREATE TABLE IF NOT EXISTS star_qualification_days (
      volunteer_id TEXT NOT NULL,
      service_date TEXT NOT NULL,
      minutes      INTEGER NOT NULL,
      PRIMARY KEY (volunteer_id, service_date)
    ) WITHOUT ROWID;`,
  eventTypes: [
    'VolunteerRegistered',
    'VolunteerForgotten',
    'ServiceRecorded',
    'ServiceConfirmed',
    'ServiceVoided',
    'ServiceCorrected',
    'StarAwarded',
    'StarRevoked',
  ],
  bind(db) {
    const register = db.prepare(
      'INSERT OR IGNORE INTO star_qualification_volunteers (volunteer_id, region_code) VALUES (?, ?)',
    );
    const forget = db.prepare(
      'UPDATE star_qualification_volunteers SET forgotten = 1 WHERE volunteer_id = ?',
    );
    const setLevel = db.prepare(
      'UPDATE star_qualification_volunteers SET star_level = ? WHERE volunteer_id = ?',
    );
    const ban = db.prepare(
      'UPDATE star_qualification_volunteers SET star_level = ?, banned_until = ? WHERE volunteer_id = ?',
    );
    const getRecord = db.prepare<[string], RecordRow>(
      'SELECT volunteer_id, service_date, minutes, confirmed FROM star_qualification_records WHERE record_id = ?',
    );
    const putRecord = db.prepare(
      `INSERT INTO star_qualification_records (record_id, volunteer_id, service_date, minutes, confirmed)
       VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (record_id) DO UPDATE SET service_date = excluded.service_date,
         minutes = excluded.minutes, confirmed = excluded.confirmed`,
    );
    const addDay = db.prepare(
      `INSERT INTO star_qualification_days (volunteer_id, service_date, minutes) VALUES (?, ?, ?)
       ON CONFLICT (volunteer_id, service_date) DO UPDATE SET minutes = minutes + excluded.minutes`,
    );
    const dropEmptyDay = db.prepare(
      'DELETE FROM star_qualification_days WHERE volunteer_id = ? AND service_date = ? AND minutes = 0',
    );
    const moveDay = (volunteerId: string, date: string, minutes: number) => {
      if (minutes === 0) return;
      addDay.run(volunteerId, date, minutes);
      if (minutes < 0) dropEmptyDay.run(volunteerId, date);
    };

    return (recorded) => {
      const event = recorded as unknown as QualificationEvent;
      switch (event.type) {
        case 'VolunteerRegistered':
          register.run(event.data.volunteerId, event.data.regionCode);
          return;
        case 'VolunteerForgotten':
          forget.run(event.data.volunteerId);
          return;
        case 'StarAwarded':
          setLevel.run(event.data.level, event.data.volunteerId);
          return;
        case 'StarRevoked':
          ban.run(event.data.level, event.data.bannedUntil, event.data.volunteerId);
          return;
        case 'ServiceRecorded': {
          const d = event.data;
          putRecord.run(d.recordId, d.volunteerId, d.serviceDate, d.minutes, 0);
          return;
        }
        case 'ServiceConfirmed': {
          const record = getRecord.get(event.data.recordId);
          if (!record || record.confirmed) return;
          putRecord.run(event.data.recordId, record.volunteer_id, record.service_date, record.minutes, 1);
          moveDay(record.volunteer_id, record.service_date, record.minutes);
          return;
        }
        case 'ServiceRejected':
          return;
        case 'ServiceVoided': {
          const record = getRecord.get(event.data.recordId);
          if (!record) return;
          if (record.confirmed) moveDay(record.volunteer_id, record.service_date, -record.minutes);
          putRecord.run(event.data.recordId, record.volunteer_id, record.service_date, record.minutes, 0);
          return;
        }
        case 'ServiceCorrected': {
          const d = event.data;
          const record = getRecord.get(d.recordId);
          if (!record) return;
          if (record.confirmed) moveDay(record.volunteer_id, record.service_date, -record.minutes);
          const confirmed = d.status === 'confirmed';
          if (confirmed) moveDay(record.volunteer_id, d.serviceDate, d.minutes);
          putRecord.run(d.recordId, record.volunteer_id, d.serviceDate, d.minutes, confirmed ? 1 : 0);
          return;
        }
      }
    };
  },
};
