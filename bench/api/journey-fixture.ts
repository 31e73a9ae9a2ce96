/**
 * What the journey's lines need on the real ledger, made over HTTP outside the measured time:
 *
 * - **signup**: hot activities of 中牟县, each recruiting (automatic approval, region audience) with a
 *   quota smaller than the number of volunteers, so most sign-ups wait in line. The organiser signs
 *   the volunteers up one after another on one activity until every volunteer has signed up to it,
 *   then moves to the next (each on its own day, so an accepted sign-up never overlaps another);
 *   afterwards every activity's sign-ups are counted: accepted ≤ quota, and the quota filled.
 * - **checkin**: 100 activities of 中牟县 in progress, each taking walk-ins and with check-in open
 *   (as the organiser), and volunteer accounts with their tokens; each check-in is a different
 *   (volunteer, activity) pair, activities in rotation, the code being the QR text the session shows.
 */
import { type Client, homeCountyOf, inParallel, type LedgerFixture, shanghai } from './ledger-fixture';

const COUNTY = '410122'; // 中牟县
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** Places of each hot activity: far fewer than the volunteers who sign up to it. */
export const SIGNUP_QUOTA = 100;
/** Activities with check-in open at once, the check-ins spread over them in rotation. */
export const CHECKIN_ACTIVITIES = 100;

async function recruitingActivity(
  fixture: LedgerFixture,
  title: string,
  startsAt: number,
  endsAt: number,
  recruitment: { open: boolean; quota: number; signupDeadline: number; walkIns: boolean },
): Promise<string> {
  const activity = await fixture.admin.ok('POST', '/api/v1/activities', {
    projectId: fixture.projectId,
    title,
    startsAt: shanghai(startsAt),
    endsAt: shanghai(endsAt),
    regionCode: COUNTY,
    recruitment: {
      ...recruitment,
      signupDeadline: shanghai(recruitment.signupDeadline),
      approval: 'auto',
      audience: 'region',
    },
  });
  return activity.id as string;
}

export interface SignupRequest {
  readonly activityId: string;
  readonly volunteerId: string;
}

export interface OversubscriptionCheck {
  readonly activities: number;
  readonly signups: number;
  readonly accepted: number;
  readonly waitlisted: number;
  /** Activities with more accepted sign-ups than places (must be none). */
  readonly oversubscribed: number;
  /** Activities with places left while volunteers wait (must be none). */
  readonly underfilled: number;
}

/** The signup line's hot activities: sign-up k goes to activity ⌊k / V⌋, volunteer k mod V. */
export class HotActivities {
  private readonly activities: string[] = [];
  private next = 0;

  constructor(private readonly fixture: LedgerFixture) {}

  get used(): number {
    return this.next;
  }

  /** Makes sure the activities can take `count` more sign-ups (one activity per V of them). */
  async prepare(count: number): Promise<void> {
    const volunteers = this.fixture.volunteers.length;
    const needed = Math.ceil((this.next + count) / volunteers);
    const today = Math.floor(Date.now() / DAY) * DAY;
    while (this.activities.length < needed) {
      // Each on its own day, 09:00–11:00 Beijing from the day after tomorrow; sign-up until the day before.
      const startsAt = today + (2 + this.activities.length) * DAY + 1 * 60 * MINUTE;
      this.activities.push(
        await recruitingActivity(this.fixture, '科普日志愿者招募', startsAt, startsAt + 2 * 60 * MINUTE, {
          open: true,
          quota: SIGNUP_QUOTA,
          signupDeadline: startsAt - DAY,
          walkIns: false,
        }),
      );
    }
  }

  take(): SignupRequest {
    const k = this.next++;
    const volunteers = this.fixture.volunteers;
    const activityId = this.activities[Math.floor(k / volunteers.length)];
    if (!activityId) throw new Error('no hot activity prepared for this sign-up');
    return { activityId, volunteerId: volunteers[k % volunteers.length] };
  }

  /** Counts every hot activity's sign-ups as GET /activities/{id}/signups lists them. */
  async check(reader: Client): Promise<OversubscriptionCheck> {
    let signups = 0;
    let accepted = 0;
    let waitlisted = 0;
    let oversubscribed = 0;
    let underfilled = 0;
    let used = 0;
    for (const activityId of this.activities) {
      const count: Record<string, number> = {};
      let total = 0;
      for (let page = 1; ; page++) {
        const body = await reader.ok(
          'GET',
          `/api/v1/activities/${activityId}/signups?page=${page}&pageSize=100`,
        );
        total = body.total as number;
        for (const item of body.items as Array<{ status: string }>)
          count[item.status] = (count[item.status] ?? 0) + 1;
        if (page * 100 >= total) break;
      }
      if (total === 0) continue; // prepared for a run that did not need it
      used++;
      const a = count.accepted ?? 0;
      const w = count.waitlisted ?? 0;
      signups += total;
      accepted += a;
      waitlisted += w;
      if (a > SIGNUP_QUOTA) oversubscribed++;
      if (a < SIGNUP_QUOTA && w > 0) underfilled++;
    }
    return { activities: used, signups, accepted, waitlisted, oversubscribed, underfilled };
  }
}

export interface CheckinFixture {
  readonly sessions: ReadonlyArray<{ readonly activityId: string; readonly sessionId: string }>;
  /** The volunteers' tokens (account i is volunteer i of the fixture). */
  readonly tokens: readonly string[];
}

/**
 * 100 activities in progress (started an hour ago, ending in 12 hours), taking walk-ins, check-in
 * open on each; `accounts` volunteer accounts signed in.
 */
export async function prepareCheckins(
  fixture: LedgerFixture,
  accounts: number,
  log: (line: string) => void,
): Promise<CheckinFixture> {
  const started = Date.now();
  const hour = Math.floor(Date.now() / (60 * MINUTE)) * 60 * MINUTE;
  const sessions = await inParallel(CHECKIN_ACTIVITIES, 4, async (i) => {
    const activityId = await recruitingActivity(
      fixture,
      `社区科普活动 ${i + 1}`,
      hour - 60 * MINUTE,
      hour + 12 * 60 * MINUTE,
      { open: false, quota: 1, signupDeadline: hour - 60 * MINUTE, walkIns: true },
    );
    const session = await fixture.organiser.ok('POST', `/api/v1/activities/${activityId}/attendance`, {});
    return { activityId, sessionId: session.sessionId as string };
  });
  const count = Math.min(accounts, fixture.volunteers.length);
  const tokens = await inParallel(count, 4, async (i) => {
    const username = `bench.volunteer${i}`;
    const password = `${username}-password`;
    await fixture.admin.ok('POST', '/api/v1/accounts', {
      username,
      password,
      role: 'volunteer',
      regionCode: homeCountyOf(i),
      volunteerId: fixture.volunteers[i],
    });
    return (await fixture.anonymous.signIn(username, password)).token!;
  });
  log(
    `opened check-in on ${sessions.length} activities and signed in ${tokens.length} volunteer accounts in ` +
      `${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return { sessions, tokens };
}

/**
 * The check-in line's requests: check-in k goes to activity k mod 100, volunteer ⌊k / 100⌋, with the
 * code its session shows now (fetched again every 30 s: a code is accepted in its minute and the next).
 */
export class CheckinRotation {
  private next = 0;
  private codes: string[] = [];
  private fetchedAt = 0;
  private refreshing: Promise<void> | undefined;

  constructor(
    private readonly fixture: LedgerFixture,
    private readonly checkins: CheckinFixture,
  ) {}

  get capacity(): number {
    return this.checkins.sessions.length * this.checkins.tokens.length;
  }

  get used(): number {
    return this.next;
  }

  async refresh(): Promise<void> {
    const at = Date.now();
    this.codes = await inParallel(this.checkins.sessions.length, 4, async (i) => {
      const code = await this.fixture.organiser.ok(
        'GET',
        `/api/v1/attendance/${this.checkins.sessions[i].sessionId}/code`,
      );
      return code.qr as string;
    });
    this.fetchedAt = at;
  }

  take(): { code: string; token: string } | undefined {
    if (Date.now() - this.fetchedAt > 30_000 && !this.refreshing) {
      this.refreshing = this.refresh().finally(() => (this.refreshing = undefined));
    }
    const k = this.next++;
    if (k >= this.capacity) return undefined;
    const n = this.checkins.sessions.length;
    return { code: this.codes[k % n], token: this.checkins.tokens[Math.floor(k / n)] };
  }
}
