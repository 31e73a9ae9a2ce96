import type Database from 'better-sqlite3';
import { type Recruitment, regionLevel, type SignupStatus } from '@ledger/domain';
import { type PagedRows, PagedQuery, type Paging } from '../paged-query';

export interface SignupRow {
  readonly signupId: string;
  readonly activityId: string;
  readonly volunteerId: string;
  readonly status: SignupStatus;
  readonly signedUpAt: string;
  /** 1-based place in the activity's waiting line (waitlisted sign-ups only). */
  readonly waitlistPosition?: number;
}

export interface OpenActivityRow {
  readonly id: string;
  readonly title: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly regionCode: string;
  readonly quota: number;
  readonly accepted: number;
  readonly waitlisted: number;
  readonly signupDeadline: string;
  readonly mySignup?: { readonly id: string; readonly status: SignupStatus };
}

/** A volunteer's sign-up with its activity (我的报名). */
export interface VolunteerSignupRow {
  readonly signupId: string;
  readonly activity: {
    readonly id: string;
    readonly title: string;
    readonly startsAt: string;
    readonly endsAt: string;
    readonly regionCode: string;
  };
  readonly status: SignupStatus;
  readonly signedUpAt: string;
  readonly waitlistPosition?: number;
}

interface RawVolunteerSignup extends RawSignup {
  title: string;
  starts_at: string;
  ends_at: string;
  region_code: string;
}

interface RawSignup {
  signup_id: string;
  activity_id: string;
  volunteer_id: string;
  status: SignupStatus;
  signed_up_at: string;
  waitlist_position: number | null;
}

interface RawOpen {
  activity_id: string;
  title: string;
  starts_at: string;
  ends_at: string;
  region_code: string;
  quota: number;
  signup_deadline: string;
  accepted: number;
  waitlisted: number;
  my_id: string | null;
  my_status: SignupStatus | null;
}

const signupOf = (row: RawSignup): SignupRow => ({
  signupId: row.signup_id,
  activityId: row.activity_id,
  volunteerId: row.volunteer_id,
  status: row.status,
  signedUpAt: row.signed_up_at,
  ...(row.waitlist_position === null ? {} : { waitlistPosition: row.waitlist_position }),
});

const COUNT = (status: string) =>
  `(SELECT count(*) FROM journey_signups c WHERE c.activity_id = a.activity_id AND c.status = '${status}')`;

/** Reads over the recruitment and sign-up read model. */
export class SignupsReadModel {
  private readonly one: Database.Statement<[string], RawSignup>;
  private readonly recruitmentRow: Database.Statement<
    [string],
    { recruitment: string | null; revision: number; region_code: string }
  >;
  private readonly ofActivity: PagedQuery<RawSignup>;
  private readonly open: PagedQuery<RawOpen>;
  private readonly ofVolunteer: PagedQuery<RawVolunteerSignup>;
  private readonly accepted: Database.Statement<
    [string],
    { activity_id: string; starts_at: string; ends_at: string }
  >;
  private readonly ended: Database.Statement<[number, number], { activity_id: string }>;

  constructor(db: Database.Database) {
    this.one = db.prepare(
      `SELECT signup_id, activity_id, volunteer_id, status, signed_up_at, NULL AS waitlist_position
       FROM journey_signups WHERE signup_id = ?`,
    );
    this.recruitmentRow = db.prepare(
      'SELECT recruitment, revision, region_code FROM journey_activities WHERE activity_id = ?',
    );
    this.ofActivity = new PagedQuery<RawSignup>(db, {
      select: `s.signup_id, s.activity_id, s.volunteer_id, s.status, s.signed_up_at,
               CASE WHEN s.status = 'waitlisted' THEN
                 (SELECT count(*) FROM journey_signups w
                  WHERE w.activity_id = s.activity_id AND w.status = 'waitlisted' AND w.arrival <= s.arrival)
               END AS waitlist_position`,
      from: 'journey_signups s',
      orderBy: 's.arrival',
    });
    this.ofVolunteer = new PagedQuery<RawVolunteerSignup>(db, {
      select: `s.signup_id, s.activity_id, s.volunteer_id, s.status, s.signed_up_at,
               a.title, a.starts_at, a.ends_at, a.region_code,
               CASE WHEN s.status = 'waitlisted' THEN
                 (SELECT count(*) FROM journey_signups w
                  WHERE w.activity_id = s.activity_id AND w.status = 'waitlisted' AND w.arrival <= s.arrival)
               END AS waitlist_position`,
      from: 'journey_signups s JOIN journey_activities a ON a.activity_id = s.activity_id',
      orderBy: 'a.starts_at_ms DESC, a.activity_id DESC, s.arrival DESC',
    });
    this.open = new PagedQuery<RawOpen>(db, {
      select: `a.activity_id, a.title, a.starts_at, a.ends_at, a.region_code, a.quota, a.signup_deadline,
               ${COUNT('accepted')} AS accepted, ${COUNT('waitlisted')} AS waitlisted,
               (SELECT m.signup_id FROM journey_signups m WHERE m.activity_id = a.activity_id
                  AND m.volunteer_id = @volunteerId ORDER BY m.arrival DESC LIMIT 1) AS my_id,
               (SELECT m.status FROM journey_signups m WHERE m.activity_id = a.activity_id
                  AND m.volunteer_id = @volunteerId ORDER BY m.arrival DESC LIMIT 1) AS my_status`,
      from: 'journey_activities a',
      orderBy: 'a.starts_at_ms, a.activity_id',
    });
    this.accepted = db.prepare(
      `SELECT a.activity_id, a.starts_at, a.ends_at FROM journey_signups s
       JOIN journey_activities a ON a.activity_id = s.activity_id
       WHERE s.volunteer_id = ? AND s.status = 'accepted'`,
    );
    this.ended = db.prepare(
      // Only accepted sign-ups that never checked in are due: once marked, an activity drops out, so
      // the sweep's pages move on (a checked-in sign-up stays accepted and would hold a page forever).
      `SELECT a.activity_id FROM journey_activities a
       WHERE a.ends_at_ms <= ? AND EXISTS (
         SELECT 1 FROM journey_signups s
         WHERE s.activity_id = a.activity_id AND s.status = 'accepted' AND s.checked_in = 0)
       ORDER BY a.ends_at_ms, a.activity_id LIMIT ?`,
    );
  }

  signup(signupId: string): SignupRow | undefined {
    const row = this.one.get(signupId);
    return row && signupOf(row);
  }

  /** The activity's recruitment (null: it does not recruit) and its stream revision; undefined: unknown. */
  recruitment(
    activityId: string,
  ): { recruitment: Recruitment | null; revision: number; regionCode: string } | undefined {
    const row = this.recruitmentRow.get(activityId);
    if (!row) return undefined;
    return {
      recruitment: row.recruitment === null ? null : (JSON.parse(row.recruitment) as Recruitment),
      revision: row.revision,
      regionCode: row.region_code,
    };
  }

  /** An activity's sign-ups in arrival order. */
  signupsOf(activityId: string, paging: Paging): PagedRows<SignupRow> {
    const page = this.ofActivity.run(
      [{ sql: 's.activity_id = @activityId', params: { activityId } }],
      paging,
    );
    return { rows: page.rows.map(signupOf), total: page.total };
  }

  /**
   * Activities recruiting now that reach a volunteer of `regionCode`: those of its city and those of
   * its province as a whole (a province-level volunteer: the whole province). A `teams` audience is
   * listed only to current members of one of its teams. Soonest first.
   */
  openFor(
    volunteer: { volunteerId: string; regionCode: string },
    nowMs: number,
    paging: Paging,
  ): PagedRows<OpenActivityRow> {
    const { regionCode, volunteerId } = volunteer;
    const prefix = regionLevel(regionCode) === 'province' ? regionCode.slice(0, 2) : regionCode.slice(0, 4);
    const page = this.open.run(
      [
        { sql: 'a.open = 1 AND a.closes_at_ms > @nowMs', params: { nowMs, volunteerId } },
        {
          sql: '(substr(a.region_code, 1, @prefixLength) = @prefix OR a.region_code = @province)',
          params: { prefix, prefixLength: prefix.length, province: `${regionCode.slice(0, 2)}0000` },
        },
        {
          sql: `(a.audience = 'region' OR EXISTS (
                   SELECT 1 FROM json_each(a.team_ids) t
                   JOIN org_team_members tm ON tm.team_id = t.value
                   WHERE tm.volunteer_id = @volunteerId AND tm.status = 'current'))`,
        },
      ],
      paging,
    );
    return {
      rows: page.rows.map((row) => ({
        id: row.activity_id,
        title: row.title,
        startsAt: row.starts_at,
        endsAt: row.ends_at,
        regionCode: row.region_code,
        quota: row.quota,
        accepted: row.accepted,
        waitlisted: row.waitlisted,
        signupDeadline: row.signup_deadline,
        ...(row.my_id && row.my_status ? { mySignup: { id: row.my_id, status: row.my_status } } : {}),
      })),
      total: page.total,
    };
  }

  /**
   * A volunteer's sign-ups of every status, recruiting or not, with their activities: the latest
   * activity first (then the latest sign-up of one activity first).
   */
  signupsOfVolunteer(volunteerId: string, paging: Paging): PagedRows<VolunteerSignupRow> {
    const page = this.ofVolunteer.run(
      [{ sql: 's.volunteer_id = @volunteerId', params: { volunteerId } }],
      paging,
    );
    return {
      rows: page.rows.map((row) => ({
        signupId: row.signup_id,
        activity: {
          id: row.activity_id,
          title: row.title,
          startsAt: row.starts_at,
          endsAt: row.ends_at,
          regionCode: row.region_code,
        },
        status: row.status,
        signedUpAt: row.signed_up_at,
        ...(row.waitlist_position === null ? {} : { waitlistPosition: row.waitlist_position }),
      })),
      total: page.total,
    };
  }

  /** The volunteer's accepted sign-ups with their activities' times. */
  acceptedOf(volunteerId: string): { activityId: string; startsAt: string; endsAt: string }[] {
    return this.accepted
      .all(volunteerId)
      .map((row) => ({ activityId: row.activity_id, startsAt: row.starts_at, endsAt: row.ends_at }));
  }

  /** Activities ended by `nowMs` that still hold accepted sign-ups: the no-show sweep's work. */
  endedWithAcceptedSignups(nowMs: number, limit = 200): string[] {
    return this.ended.all(nowMs, limit).map((row) => row.activity_id);
  }
}
