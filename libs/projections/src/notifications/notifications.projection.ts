import { createHash } from 'node:crypto';
import {
  INBOX_EVENT_TYPES,
  type NotificationFacts,
  type NotificationsRead,
  notificationsOf,
  NOTIFYING_EVENT_TYPES,
  type Recipient,
} from '@ledger/domain';
import type { Projection } from '../projection';

export interface NotificationRow {
  notification_id: string;
  /** `volunteer:<id>`, `account:<id>`, `staff` or `admins` (then `region_code` says whose). */
  recipient: string;
  region_code: string | null;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  at: string;
  position: number;
}

export const recipientKey = (recipient: Recipient): string =>
  'volunteerId' in recipient
    ? `volunteer:${recipient.volunteerId}`
    : 'accountId' in recipient
      ? `account:${recipient.accountId}`
      : 'staffOfRegion' in recipient
        ? 'staff'
        : 'admins';

const regionOf = (recipient: Recipient): string | null =>
  'staffOfRegion' in recipient
    ? recipient.staffOfRegion
    : 'adminsOfRegion' in recipient
      ? recipient.adminsOfRegion
      : null;

/** One id per event and recipient: a rebuild gives every notification the id it had. */
export const notificationIdOf = (eventId: string, recipient: string): string =>
  `ntf-${createHash('sha256').update(`${eventId}\u0000${recipient}`).digest('hex').slice(0, 24)}`;

/** Instants in events that are not the moment the event happened. */
const NOT_THE_MOMENT = new Set(['startedAt', 'endedAt', 'activityEndedAt', 'startsAt', 'endsAt']);

/** The event's own business instant (confirmedAt, issuedAt, …), not the store's clock. */
function eventInstant(data: Record<string, unknown>, recordedAt: string): string {
  for (const [key, value] of Object.entries(data)) {
    if (typeof value === 'string' && key.endsWith('At') && !NOT_THE_MOMENT.has(key)) return value;
  }
  return recordedAt;
}

/**
 * Every account's inbox, fed from the log like every read model (its checkpoint advances in the
 * same transaction, so a rebuild lands the same inbox). The kinds and their Chinese texts are the
 * domain's (notification-kinds.ts); the read marks are NotificationsRead events on `inbox-<accountId>`.
 * It keeps the few facts the texts need (activity titles, record dates and minutes) from earlier events.
 */
export const notificationsProjection: Projection = {
  name: 'notifications',
  version: 1,
  tables: ['ntf_notifications', 'ntf_reads', 'ntf_read_through', 'ntf_activities', 'ntf_records'],
  schema: `
    CREATE TABLE IF NOT EXISTS ntf_notifications (
      notification_id TEXT PRIMARY KEY,
      recipient       TEXT NOT NULL,
      region_code     TEXT,
      kind            TEXT NOT NULL,
      title           TEXT NOT NULL,
      body            TEXT NOT NULL,
      link            TEXT,
      at              TEXT NOT NULL,
      position        INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS ntf_by_recipient ON ntf_notifications (recipient, position);
    CREATE INDEX IF NOT EXISTS ntf_by_staff_region ON ntf_notifications (region_code, position);
    CREATE TABLE IF NOT EXISTS ntf_reads (
      account_id      TEXT NOT NULL,
      notification_id TEXT NOT NULL,
      PRIMARY KEY (account_id, notification_id)
    );
    CREATE TABLE IF NOT EXISTS ntf_read_through (
      account_id TEXT PRIMARY KEY,
      position   INTEGER NOT NULL
    );
    CREATE TABLE IF NOT EXISTS ntf_activities (
      activity_id TEXT PRIMARY KEY,
      title       TEXT NOT NULL,
      region_code TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS ntf_records (
      record_id    TEXT PRIMARY KEY,
      service_date TEXT NOT NULL,
      minutes      INTEGER NOT NULL
    );`,
  eventTypes: [
    ...new Set([
      ...NOTIFYING_EVENT_TYPES,
      ...INBOX_EVENT_TYPES,
      'ActivityScheduled',
      'ServiceRecorded',
      'ServiceCorrected',
    ]),
  ],
  bind(db) {
    const insert = db.prepare(
      `INSERT OR IGNORE INTO ntf_notifications (notification_id, recipient, region_code, kind, title, body, link, at, position)
       VALUES (@notificationId, @recipient, @regionCode, @kind, @title, @body, @link, @at, @position)`,
    );
    const markRead = db.prepare(
      'INSERT OR IGNORE INTO ntf_reads (account_id, notification_id) VALUES (?, ?)',
    );
    const readThrough = db.prepare(
      `INSERT INTO ntf_read_through (account_id, position) VALUES (?, ?)
       ON CONFLICT (account_id) DO UPDATE SET position = max(position, excluded.position)`,
    );
    const activity = db.prepare(
      `INSERT INTO ntf_activities (activity_id, title, region_code) VALUES (?, ?, ?)
       ON CONFLICT (activity_id) DO UPDATE SET title = excluded.title, region_code = excluded.region_code`,
    );
    const record = db.prepare(
      `INSERT INTO ntf_records (record_id, service_date, minutes) VALUES (?, ?, ?)
       ON CONFLICT (record_id) DO UPDATE SET service_date = excluded.service_date, minutes = excluded.minutes`,
    );
    const activityOf = db.prepare<[string], { title: string; regionCode: string }>(
      'SELECT title, region_code AS regionCode FROM ntf_activities WHERE activity_id = ?',
    );
    const recordOf = db.prepare<[string], { serviceDate: string; minutes: number }>(
      'SELECT service_date AS serviceDate, minutes FROM ntf_records WHERE record_id = ?',
    );
    const facts: NotificationFacts = {
      activity: (id) => activityOf.get(id),
      record: (id) => recordOf.get(id),
    };
    return (event) => {
      const data = event.data as Record<string, unknown>;
      switch (event.type) {
        case 'ActivityScheduled':
          activity.run(String(data.activityId), String(data.title), String(data.regionCode));
          return;
        case 'ServiceRecorded':
        case 'ServiceCorrected':
          record.run(String(data.recordId), String(data.serviceDate), Number(data.minutes));
          return;
        case 'NotificationsRead': {
          const read = data as unknown as NotificationsRead['data'];
          for (const id of read.notificationIds) markRead.run(read.accountId, id);
          if (read.throughPosition !== null) readThrough.run(read.accountId, read.throughPosition);
          return;
        }
        default:
          break;
      }
      const at = eventInstant(data, event.recordedAt);
      for (const draft of notificationsOf(event.type, data, facts)) {
        const recipient = recipientKey(draft.recipient);
        insert.run({
          notificationId: notificationIdOf(event.id, recipient),
          recipient,
          regionCode: regionOf(draft.recipient),
          kind: draft.kind,
          title: draft.title,
          body: draft.body,
          link: draft.link,
          at,
          position: event.position,
        });
      }
    };
  },
};
