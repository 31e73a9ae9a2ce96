import { NEED_EVENT_TYPES, type NeedEvent } from '@ledger/domain';
import type { Projection } from '../projection';

export interface NeedRow {
  need_id: string;
  tracking_no: string;
  title: string;
  description: string;
  field: string;
  region_code: string;
  organisation: string | null;
  preferred_from: string | null;
  preferred_to: string | null;
  channel: string;
  /** The sealed contact (JSON), as in the event: the application opens it with the need's key; `null` once forgotten. */
  contact_sealed: string;
  access_token_hash: string;
  status: string;
  /** When the need entered its current status (overdue counts from here). */
  status_since: string;
  team_id: string | null;
  score: number | null;
  comment: string | null;
  submitted_by: string;
  submitted_at: string;
  revision: number;
}

export interface NeedTimelineRow {
  need_id: string;
  position: number;
  type: string;
  at: string;
  by: string;
  /** JSON: the step's own details (reason, teamId, activityId, score). */
  detail: string;
}

export interface NeedActivityRow {
  need_id: string;
  activity_id: string;
}

const entry = (e: NeedEvent): { at: string; by: string; detail: Record<string, unknown> } => {
  switch (e.type) {
    case 'NeedSubmitted':
      return { at: e.data.submittedAt, by: e.data.submittedBy, detail: { channel: e.data.channel } };
    case 'NeedAccepted':
      return { at: e.data.acceptedAt, by: e.data.acceptedBy, detail: {} };
    case 'NeedDeclined':
      return { at: e.data.declinedAt, by: e.data.declinedBy, detail: { reason: e.data.reason } };
    case 'NeedDispatched':
      return { at: e.data.dispatchedAt, by: e.data.dispatchedBy, detail: { teamId: e.data.teamId } };
    case 'NeedTaken':
      return { at: e.data.takenAt, by: e.data.takenBy, detail: { teamId: e.data.teamId } };
    case 'NeedReturned':
      return {
        at: e.data.returnedAt,
        by: e.data.returnedBy,
        detail: { teamId: e.data.teamId, reason: e.data.reason },
      };
    case 'NeedActivityLinked':
      return { at: e.data.linkedAt, by: e.data.linkedBy, detail: { activityId: e.data.activityId } };
    case 'NeedFulfilled':
      return { at: e.data.fulfilledAt, by: e.data.fulfilledBy, detail: { activityId: e.data.activityId } };
    case 'NeedRated':
      return { at: e.data.ratedAt, by: 'requester', detail: { score: e.data.score } };
    case 'NeedClosed':
      return { at: e.data.closedAt, by: e.data.closedBy, detail: { reason: e.data.reason } };
    case 'NeedContactRead':
      return { at: e.data.readAt, by: e.data.readBy, detail: {} };
    case 'NeedRequesterForgotten':
      return { at: e.data.forgottenAt, by: e.data.forgottenBy, detail: { reason: e.data.reason } };
  }
};

const STATUS_AFTER: Partial<Record<NeedEvent['type'], string>> = {
  NeedAccepted: 'accepted',
  NeedDeclined: 'declined',
  NeedDispatched: 'dispatched',
  NeedTaken: 'taken',
  NeedReturned: 'accepted',
  NeedFulfilled: 'fulfilled',
  NeedRated: 'rated',
  NeedClosed: 'closed',
};

/** Needs of the public: the inbox, each need's timeline and the activities linked to it. */
export const needsProjection: Projection = {
  name: 'needs',
  // 2: the requester forgotten (the sealed contact is dropped from the read model).
  version: 2,
  tables: ['needs', 'need_timeline', 'need_activities'],
  schema: `
    CREATE TABLE IF NOT EXISTS needs (
      need_id           TEXT PRIMARY KEY,
      tracking_no       TEXT NOT NULL UNIQUE,
      title             TEXT NOT NULL,
      description       TEXT NOT NULL,
      field             TEXT NOT NULL,
      region_code       TEXT NOT NULL,
      organisation      TEXT,
      preferred_from    TEXT,
      preferred_to      TEXT,
      channel           TEXT NOT NULL,
      contact_sealed    TEXT NOT NULL,
      access_token_hash TEXT NOT NULL,
      status            TEXT NOT NULL,
      status_since      TEXT NOT NULL,
      team_id           TEXT,
      score             INTEGER,
      comment           TEXT,
      submitted_by      TEXT NOT NULL,
      submitted_at      TEXT NOT NULL,
      revision          INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS needs_by_region ON needs (region_code, status);
    CREATE TABLE IF NOT EXISTS need_timeline (
      need_id  TEXT NOT NULL,
      position INTEGER NOT NULL,
      type     TEXT NOT NULL,
      at       TEXT NOT NULL,
      by       TEXT NOT NULL,
      detail   TEXT NOT NULL,
      PRIMARY KEY (need_id, position)
    );
    CREATE TABLE IF NOT EXISTS need_activities (
      need_id     TEXT NOT NULL,
      activity_id TEXT NOT NULL,
      PRIMARY KEY (need_id, activity_id)
    );
    CREATE INDEX IF NOT EXISTS need_activities_by_activity ON need_activities (activity_id);`,
  eventTypes: NEED_EVENT_TYPES,
  bind(db) {
    const insert = db.prepare(
      `INSERT INTO needs (need_id, tracking_no, title, description, field, region_code, organisation,
                          preferred_from, preferred_to, channel, contact_sealed, access_token_hash,
                          status, status_since, submitted_by, submitted_at, revision)
       VALUES (@needId, @trackingNo, @title, @description, @field, @regionCode, @organisation,
               @preferredFrom, @preferredTo, @channel, @contactSealed, @accessTokenHash,
               'submitted', @submittedAt, @submittedBy, @submittedAt, @revision)`,
    );
    const setStatus = db.prepare(
      'UPDATE needs SET status = ?, status_since = ?, team_id = ?, revision = ? WHERE need_id = ?',
    );
    const setRating = db.prepare('UPDATE needs SET score = ?, comment = ? WHERE need_id = ?');
    const touch = db.prepare('UPDATE needs SET revision = ? WHERE need_id = ?');
    const currentTeam = db.prepare<[string], { team_id: string | null }>(
      'SELECT team_id FROM needs WHERE need_id = ?',
    );
    const timeline = db.prepare(
      'INSERT OR REPLACE INTO need_timeline (need_id, position, type, at, by, detail) VALUES (?, ?, ?, ?, ?, ?)',
    );
    const dropContact = db.prepare(
      "UPDATE needs SET contact_sealed = 'null', revision = ? WHERE need_id = ?",
    );
    const link = db.prepare('INSERT OR IGNORE INTO need_activities (need_id, activity_id) VALUES (?, ?)');
    return (recorded) => {
      const event = recorded as unknown as NeedEvent & { revision: number; position: number };
      const needId = event.data.needId;
      const { at, by, detail } = entry(event);
      timeline.run(needId, recorded.position, event.type, at, by, JSON.stringify(detail));
      if (event.type === 'NeedSubmitted') {
        const d = event.data;
        insert.run({
          needId,
          trackingNo: d.trackingNo,
          title: d.title,
          description: d.description,
          field: d.field,
          regionCode: d.regionCode,
          organisation: d.organisation,
          preferredFrom: d.preferredFrom,
          preferredTo: d.preferredTo,
          channel: d.channel,
          contactSealed: JSON.stringify(d.contact),
          accessTokenHash: d.accessTokenHash,
          submittedAt: d.submittedAt,
          submittedBy: d.submittedBy,
          revision: recorded.revision,
        });
        return;
      }
      if (event.type === 'NeedRequesterForgotten') {
        dropContact.run(recorded.revision, needId);
        return;
      }
      if (event.type === 'NeedActivityLinked') link.run(needId, event.data.activityId);
      if (event.type === 'NeedRated') setRating.run(event.data.score, event.data.comment, needId);
      const status = STATUS_AFTER[event.type];
      if (status === undefined) {
        touch.run(recorded.revision, needId);
        return;
      }
      const team =
        event.type === 'NeedDispatched'
          ? event.data.teamId
          : event.type === 'NeedReturned'
            ? null
            : (currentTeam.get(needId)?.team_id ?? null);
      setStatus.run(status, at, team, recorded.revision, needId);
    };
  },
};
