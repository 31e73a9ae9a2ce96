import {
  type ActivityRecruitmentChanged,
  type ActivityScheduled,
  instantMillis,
  SIGNUP_EVENT_TYPES,
  type SignupEvent,
  signupClosesAtMillis,
  type VolunteerCheckedIn,
} from '@ledger/domain';
import type { Projection } from '../projection';

/**
 * Recruiting activities and their sign-ups (招募与报名): the open list a volunteer browses, an
 * activity's sign-up list with each one's place in line, the accepted sign-ups a volunteer holds
 * (for SCHEDULE_CONFLICT) and the ended activities the no-show sweep visits. Everything comes from
 * the events, so a rebuild from zero lands on the same rows.
 */
export const signupsProjection: Projection = {
  name: 'journey-signups',
  // 2: sign-ups remember a check-in (checked_in), so the no-show sweep passes them by.
  version: 2,
  tables: ['journey_activities', 'journey_signups'],
  schema: `
    CREATE TABLE IF NOT EXISTS journey_activities (
      activity_id     TEXT PRIMARY KEY,
      title           TEXT NOT NULL,
      starts_at       TEXT NOT NULL,
      ends_at         TEXT NOT NULL,
      starts_at_ms    INTEGER NOT NULL,
      ends_at_ms      INTEGER NOT NULL,
      region_code     TEXT NOT NULL,
      -- The recruitment as JSON (null: it does not recruit) and the columns lists filter on.
      recruitment     TEXT,
      open            INTEGER NOT NULL DEFAULT 0,
      quota           INTEGER,
      signup_deadline TEXT,
      closes_at_ms    INTEGER,
      audience        TEXT,
      team_ids        TEXT NOT NULL DEFAULT '[]',
      revision        INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS journey_activities_open ON journey_activities (open, closes_at_ms);
    CREATE INDEX IF NOT EXISTS journey_activities_by_end ON journey_activities (ends_at_ms);
    CREATE TABLE IF NOT EXISTS journey_signups (
      signup_id    TEXT PRIMARY KEY,
      activity_id  TEXT NOT NULL,
      volunteer_id TEXT NOT NULL,
      status       TEXT NOT NULL,
      signed_up_at TEXT NOT NULL,
      arrival      INTEGER NOT NULL,
      -- 1 once the volunteer checked in under it: an accepted sign-up then never becomes a no-show.
      checked_in   INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX IF NOT EXISTS journey_signups_by_activity ON journey_signups (activity_id, status, arrival);
    CREATE INDEX IF NOT EXISTS journey_signups_by_volunteer ON journey_signups (volunteer_id, status);`,
  eventTypes: [
    'ActivityScheduled',
    'ActivityRecruitmentChanged',
    ...SIGNUP_EVENT_TYPES,
    'VolunteerCheckedIn',
  ],
  bind(db) {
    const insertActivity = db.prepare(
      `INSERT INTO journey_activities (activity_id, title, starts_at, ends_at, starts_at_ms, ends_at_ms, region_code, revision)
       VALUES (@activityId, @title, @startsAt, @endsAt, @startsAtMs, @endsAtMs, @regionCode, @revision)
       ON CONFLICT (activity_id) DO NOTHING`,
    );
    const setRecruitment = db.prepare(
      `UPDATE journey_activities SET recruitment = @recruitment, open = @open, quota = @quota,
              signup_deadline = @signupDeadline, closes_at_ms = @closesAtMs, audience = @audience,
              team_ids = @teamIds, revision = @revision
       WHERE activity_id = @activityId`,
    );
    const startsAtOf = db.prepare<[string], { starts_at: string }>(
      'SELECT starts_at FROM journey_activities WHERE activity_id = ?',
    );
    const insertSignup = db.prepare(
      `INSERT INTO journey_signups (signup_id, activity_id, volunteer_id, status, signed_up_at, arrival)
       VALUES (@signupId, @activityId, @volunteerId, @status, @signedUpAt,
               (SELECT COALESCE(MAX(arrival), 0) + 1 FROM journey_signups WHERE activity_id = @activityId))
       ON CONFLICT (signup_id) DO NOTHING`,
    );
    const setStatus = db.prepare('UPDATE journey_signups SET status = ? WHERE signup_id = ?');
    const setCheckedIn = db.prepare('UPDATE journey_signups SET checked_in = 1 WHERE signup_id = ?');
    return (recorded) => {
      const event = recorded as unknown as
        ActivityScheduled | ActivityRecruitmentChanged | SignupEvent | VolunteerCheckedIn;
      switch (event.type) {
        case 'ActivityScheduled':
          insertActivity.run({
            activityId: event.data.activityId,
            title: event.data.title,
            startsAt: event.data.startsAt,
            endsAt: event.data.endsAt,
            startsAtMs: instantMillis(event.data.startsAt),
            endsAtMs: instantMillis(event.data.endsAt),
            regionCode: event.data.regionCode,
            revision: recorded.revision,
          });
          return;
        case 'ActivityRecruitmentChanged': {
          const { recruitment, activityId } = event.data;
          const activity = startsAtOf.get(activityId);
          if (!activity) return;
          setRecruitment.run({
            activityId,
            recruitment: JSON.stringify(recruitment),
            open: recruitment.open ? 1 : 0,
            quota: recruitment.quota,
            signupDeadline: recruitment.signupDeadline,
            closesAtMs: signupClosesAtMillis(recruitment, activity.starts_at),
            audience: recruitment.audience,
            teamIds: JSON.stringify(recruitment.teamIds),
            revision: recorded.revision,
          });
          return;
        }
        case 'VolunteerSignedUp':
          insertSignup.run(event.data);
          return;
        case 'SignupApproved':
          setStatus.run(event.data.status, event.data.signupId);
          return;
        case 'SignupDeclined':
          setStatus.run('declined', event.data.signupId);
          return;
        case 'SignupWithdrawn':
          setStatus.run('withdrawn', event.data.signupId);
          return;
        case 'SignupPromotedFromWaitlist':
          setStatus.run('accepted', event.data.signupId);
          return;
        case 'SignupMarkedNoShow':
          setStatus.run('no-show', event.data.signupId);
          return;
        case 'VolunteerCheckedIn':
          // A walk-in has no sign-up to mark.
          if (event.data.signupId) setCheckedIn.run(event.data.signupId);
          return;
      }
    };
  },
};
