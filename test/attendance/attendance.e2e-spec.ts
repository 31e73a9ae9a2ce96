import { createHmac } from 'node:crypto';
import { ManualClock, NoShowSweep } from '@ledger/application';
import { ALL_PROJECTIONS } from '@ledger/projections';
import { activityBody, created, headPosition, stationBody } from '../organisation/organisation-helpers';
import { liveAndRebuiltReadModels } from '../support/read-model-rebuild';
import type { HttpClient } from '../support/http-client';
import { expectProblem } from '../support/problem';
import { startTestApp, temporaryDataDir, type TestApp } from '../support/test-app';
import { TEST_NOW } from '../support/test-clock';
import {
  projectIn,
  recruitment,
  type VolunteerWithAccount,
  volunteersWithAccounts,
} from '../journey/journey-support';

/**
 * On-site check-in and check-out over real HTTP. The ledger's clock is a ManualClock at TEST_NOW
 * (Wednesday 18 November 2026, 10:00 in Beijing); the codes rotate with it.
 */
const MINUTE = 60_000;
const STATION = { lat: 34.7466, lng: 113.6253 };
const NEAR = { lat: 34.747, lng: 113.6258 };
const FAR = { lat: 34.8, lng: 113.6253 };

const TABLES = ALL_PROJECTIONS.filter(
  (p) => p.name === 'attendance-sessions' || p.name === 'journey-signups',
).flatMap((p) => p.tables);

describe('on-site check-in and check-out over real HTTP', () => {
  const dataDir = temporaryDataDir();
  const clock = new ManualClock(new Date(TEST_NOW));
  let t: TestApp;
  let admin: HttpClient;
  let organiser: HttpClient;
  let organiserAccountId: string;
  let projectId: string;
  let stationId: string;
  let slot = 0;

  beforeAll(async () => {
    t = await startTestApp({}, dataDir, clock);
    admin = await t.admin();
    ({ projectId } = await projectIn(admin));
    const username = 'attendance.organiser';
    organiserAccountId = created(
      await admin.post('/api/v1/accounts', {
        username,
        password: `${username}-password`,
        role: 'organiser',
        regionCode: '410122',
      }),
    ).id;
    organiser = await t.http.signIn(username, `${username}-password`);
    stationId = created(await admin.post('/api/v1/stations', stationBody({ name: '中牟县科技馆签到站' }))).id;
    const set = await admin.put(`/api/v1/stations/${stationId}/coordinates`, STATION);
    expect(set.status).toBe(200);
    expect(set.body).toEqual({ stationId, ...STATION });
  });
  afterEach(() => clock.set(TEST_NOW));
  afterAll(() => t.close());

  /**
   * An activity at the station that starts 15 minutes after "now" (each one a day later than the
   * last, so no two overlap) with its volunteers signed up; the clock is then set 5 minutes before the start.
   */
  async function activityWith(
    count: number,
    options: { walkIns?: boolean; signUp?: boolean; day?: number } = {},
  ): Promise<{
    activityId: string;
    startsAt: string;
    endsAt: string;
    v: VolunteerWithAccount[];
    day: number;
  }> {
    const day = options.day ?? slot++;
    const base = Date.parse(TEST_NOW) + day * 24 * 3600_000;
    const iso = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().replace('.000Z', '+08:00');
    const startsAt = iso(base + 15 * MINUTE);
    const endsAt = iso(base + 135 * MINUTE);
    clock.set(new Date(base));
    const activityId = created(
      await organiser.post(
        '/api/v1/activities',
        activityBody(projectId, {
          startsAt,
          endsAt,
          stationId,
          recruitment: recruitment({
            signupDeadline: iso(base + 10 * MINUTE),
            walkIns: options.walkIns ?? false,
          }),
        }),
      ),
    ).id;
    const v = await volunteersWithAccounts(t, admin, count);
    if (options.signUp ?? true)
      for (const volunteer of v)
        expect(
          created(await volunteer.client.post(`/api/v1/activities/${activityId}/signups`, {})).status,
        ).toBe('accepted');
    clock.set(new Date(base + 10 * MINUTE));
    return { activityId, startsAt, endsAt, v, day };
  }

  async function open(activityId: string, by: HttpClient = organiser) {
    const response = await by.post(`/api/v1/activities/${activityId}/attendance`, {});
    return created(response) as { sessionId: string; code: string; qr: string; expiresAt: string };
  }

  it('a station’s coordinates show on it, and its ETag follows them (a checklist under If-Match still goes through)', async () => {
    const read = await admin.get(`/api/v1/stations/${stationId}`);
    expect(read.status).toBe(200);
    expect(read.body.coordinates).toEqual(STATION);
    const etag = read.headers.get('etag')!;
    const moved = await admin.put(`/api/v1/stations/${stationId}/coordinates`, STATION);
    expect(moved.headers.get('etag')).toBe(etag); // the same place again records nothing
    const checklist = await admin.put(
      `/api/v1/stations/${stationId}/checklist`,
      { site: true, team: true, project: true, facilities: true, rules: true, signage: true },
      { 'if-match': etag },
    );
    expect(checklist.status).toBe(200);
    expect(checklist.body.coordinates).toEqual(STATION);
  });

  it('opens check-in; the volunteer checks in with the QR text and out with the 6 digits: a pending record by the opener', async () => {
    const { activityId, v } = await activityWith(1);
    const session = await open(activityId);
    expect(session).toEqual({
      sessionId: expect.stringMatching(/^ats-[0-9a-f]{24}$/),
      code: expect.stringMatching(/^\d{6}$/),
      qr: expect.stringMatching(/\/check-in\?code=ats-[0-9a-f]{24}\.[0-9a-z]+\.[A-Za-z0-9_-]{22}$/),
      expiresAt: new Date(Math.floor(clock.now().getTime() / MINUTE + 1) * MINUTE).toISOString(),
    });
    // Opening again while it is open shows the same session.
    expect((await open(activityId)).sessionId).toBe(session.sessionId);

    const checkIn = await v[0].client.post('/api/v1/check-ins', { code: session.qr, location: NEAR });
    expect(checkIn.status).toBe(201);
    expect(checkIn.body).toEqual({
      attendanceId: expect.stringMatching(/^atn-/),
      activityId,
      checkedInAt: clock.now().toISOString(),
    });

    // The code rotates every minute; the organiser's screen fetches the current pair.
    clock.advance(50 * MINUTE);
    const current = await organiser.get(`/api/v1/attendance/${session.sessionId}/code`);
    expect(current.status).toBe(200);
    expect(current.body.sessionId).toBe(session.sessionId);
    expect(current.body.qr).not.toBe(session.qr);

    const checkOut = await v[0].client.post('/api/v1/check-outs', { code: current.body.code });
    expect(checkOut.status).toBe(200);
    // Checked in 5 minutes before the start: the record counts from the start, 45 minutes.
    expect(checkOut.body).toEqual({
      attendanceId: checkIn.body.attendanceId,
      checkedOutAt: clock.now().toISOString(),
      serviceRecordId: expect.any(String),
      minutes: 45,
    });
    const record = await admin.get(`/api/v1/service-records/${checkOut.body.serviceRecordId}`);
    expect(record.status).toBe(200);
    expect(record.body).toMatchObject({
      status: 'pending',
      minutes: 45,
      recordedBy: organiserAccountId,
      activityId,
    });
    const queue = await admin.get('/api/v1/service-records?status=pending&pageSize=100');
    expect(queue.body.items.map((r: { id: string }) => r.id)).toContain(checkOut.body.serviceRecordId);

    const list = await organiser.get(`/api/v1/activities/${activityId}/attendance`);
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([
      expect.objectContaining({
        volunteerId: v[0].id,
        signup: { id: expect.any(String), status: 'accepted' },
        checkedInAt: checkIn.body.checkedInAt,
        checkedOutAt: checkOut.body.checkedOutAt,
        minutes: 45,
        serviceRecordId: checkOut.body.serviceRecordId,
        farFromStation: false,
        location: NEAR,
      }),
    ]);
    // Checking out again: not checked in.
    expectProblem(
      await v[0].client.post('/api/v1/check-outs', { code: current.body.code }),
      422,
      'NOT_CHECKED_IN',
    );
  });

  it('refuses a code after its minute (and the minute of grace), a forged one, and one of another ledger', async () => {
    const { activityId, v } = await activityWith(1);
    const session = await open(activityId);
    clock.advance(2 * MINUTE);
    expectProblem(
      await v[0].client.post('/api/v1/check-ins', { code: session.qr }),
      422,
      'CHECKIN_CODE_INVALID',
    );
    const stale = await v[0].client.post('/api/v1/check-ins', { code: session.code });
    // The old digits match no open session now (unless by chance they are this minute's code).
    const now = (await organiser.get(`/api/v1/attendance/${session.sessionId}/code`)).body;
    if (now.code !== session.code) expectProblem(stale, 422, 'CHECKIN_CODE_INVALID');

    const token = now.qr.split('code=')[1] as string;
    const [sessionId, window] = token.split('.');
    const forged = `${sessionId}.${window}.${'A'.repeat(22)}`;
    expectProblem(await v[0].client.post('/api/v1/check-ins', { code: forged }), 422, 'CHECKIN_CODE_INVALID');
    const foreignMac = createHmac('sha256', 'another ledger').update(
      `attendance-qr|${sessionId}|${parseInt(window, 36)}`,
    );
    const foreign = `${sessionId}.${window}.${foreignMac.digest().subarray(0, 16).toString('base64url')}`;
    expectProblem(
      await v[0].client.post('/api/v1/check-ins', { code: foreign }),
      422,
      'CHECKIN_CODE_INVALID',
    );
    expectProblem(
      await v[0].client.post('/api/v1/check-ins', { code: 'hello' }),
      422,
      'CHECKIN_CODE_INVALID',
    );
    // A code of the minute before is still accepted (clock skew).
    clock.advance(MINUTE);
    const checkIn = await v[0].client.post('/api/v1/check-ins', { code: now.qr });
    expect(checkIn.status).toBe(201);
  });

  it('a code of another activity’s session does not check in to this one: NOT_SIGNED_UP there', async () => {
    const first = await activityWith(1);
    const second = await activityWith(1, { day: first.day });
    const sessionOfFirst = await open(first.activityId);
    const other = await open(second.activityId);
    // first.v[0] is signed up for the first activity only; the second's code names the second.
    expectProblem(
      await first.v[0].client.post('/api/v1/check-ins', { code: other.qr }),
      422,
      'NOT_SIGNED_UP',
    );
    // A token of the second session made to name the first: its signature no longer fits.
    const mine = (await organiser.get(`/api/v1/attendance/${sessionOfFirst.sessionId}/code`)).body;
    const [, window, mac] = (other.qr.split('code=')[1] as string).split('.');
    expectProblem(
      await first.v[0].client.post('/api/v1/check-ins', {
        code: `${sessionOfFirst.sessionId}.${window}.${mac}`,
      }),
      422,
      'CHECKIN_CODE_INVALID',
    );
    expect((await first.v[0].client.post('/api/v1/check-ins', { code: mine.qr })).status).toBe(201);
  });

  it('refuses check-out without check-in, and check-in outside the activity’s time', async () => {
    const { activityId, startsAt, endsAt, v } = await activityWith(2);
    const session = await open(activityId);
    expectProblem(await v[0].client.post('/api/v1/check-outs', { code: session.qr }), 422, 'NOT_CHECKED_IN');
    clock.set(new Date(Date.parse(startsAt) - 31 * MINUTE));
    const early = (await organiser.get(`/api/v1/attendance/${session.sessionId}/code`)).body;
    expectProblem(
      await v[0].client.post('/api/v1/check-ins', { code: early.qr }),
      422,
      'OUTSIDE_ACTIVITY_TIME',
    );
    clock.set(new Date(Date.parse(endsAt) + MINUTE));
    const late = (await organiser.get(`/api/v1/attendance/${session.sessionId}/code`)).body;
    expectProblem(
      await v[1].client.post('/api/v1/check-ins', { code: late.qr }),
      422,
      'OUTSIDE_ACTIVITY_TIME',
    );
  });

  it('two tabs checking in at once: exactly one wins', async () => {
    const { activityId, v } = await activityWith(1);
    const session = await open(activityId);
    const answers = await Promise.all([
      v[0].client.post('/api/v1/check-ins', { code: session.qr }),
      v[0].client.post('/api/v1/check-ins', { code: session.code }),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 422]);
    expectProblem(
      answers.find((a) => a.status === 422)!,
      422,
      'ALREADY_CHECKED_IN',
    );
    const list = await organiser.get(`/api/v1/activities/${activityId}/attendance`);
    expect(list.body.items.filter((i: { checkedInAt?: string }) => i.checkedInAt)).toHaveLength(1);
  });

  it('without a sign-up: refused unless the activity takes walk-ins', async () => {
    const closed = await activityWith(1, { signUp: false });
    const closedSession = await open(closed.activityId);
    expectProblem(
      await closed.v[0].client.post('/api/v1/check-ins', { code: closedSession.qr }),
      422,
      'NOT_SIGNED_UP',
    );
    const walkIns = await activityWith(1, { signUp: false, walkIns: true });
    const session = await open(walkIns.activityId);
    expect((await walkIns.v[0].client.post('/api/v1/check-ins', { code: session.qr })).status).toBe(201);
    const list = await organiser.get(`/api/v1/activities/${walkIns.activityId}/attendance`);
    expect(list.body.items).toEqual([
      expect.objectContaining({ volunteerId: walkIns.v[0].id, signup: null }),
    ]);
  });

  it('an exited volunteer is refused at both doors: VOLUNTEER_EXITED', async () => {
    const { activityId, v } = await activityWith(2);
    const session = await open(activityId);
    expect((await admin.post(`/api/v1/volunteers/${v[0].id}/exit`, { reason: '搬离本县' })).status).toBe(200);
    expectProblem(await v[0].client.post('/api/v1/check-ins', { code: session.qr }), 422, 'VOLUNTEER_EXITED');
    // In, then exited: no new record is written for it, so it cannot check out either.
    expect((await v[1].client.post('/api/v1/check-ins', { code: session.qr })).status).toBe(201);
    expect((await admin.post(`/api/v1/volunteers/${v[1].id}/exit`, { reason: '本人申请退出' })).status).toBe(
      200,
    );
    clock.advance(30 * MINUTE);
    const now = (await organiser.get(`/api/v1/attendance/${session.sessionId}/code`)).body;
    expectProblem(await v[1].client.post('/api/v1/check-outs', { code: now.code }), 422, 'VOLUNTEER_EXITED');
  });

  it('keeps the location and flags a check-in over 1 km from the station, never refusing it', async () => {
    const { activityId, v } = await activityWith(1);
    const session = await open(activityId);
    expect((await v[0].client.post('/api/v1/check-ins', { code: session.qr, location: FAR })).status).toBe(
      201,
    );
    const list = await organiser.get(`/api/v1/activities/${activityId}/attendance`);
    expect(list.body.items[0]).toMatchObject({ location: FAR, farFromStation: true });
    expect(list.body.items[0].distanceMetres).toBeGreaterThan(5000);
  });

  it('closing checks out whoever is still in at the end with a pending record by the opener', async () => {
    const { activityId, endsAt, v } = await activityWith(3);
    const session = await open(activityId);
    for (const volunteer of v.slice(0, 2))
      expect((await volunteer.client.post('/api/v1/check-ins', { code: session.qr })).status).toBe(201);
    clock.set(new Date(Date.parse(endsAt) + 20 * MINUTE));
    const close = await organiser.post(`/api/v1/attendance/${session.sessionId}/close`, {});
    expect(close.status).toBe(200);
    expect(close.body).toEqual({
      sessionId: session.sessionId,
      closedAt: clock.now().toISOString(),
      checkedOut: 2,
    });
    const list = await organiser.get(`/api/v1/activities/${activityId}/attendance`);
    const checkedIn = list.body.items.filter((item: { checkedInAt?: string }) => item.checkedInAt);
    expect(checkedIn).toHaveLength(2);
    for (const item of checkedIn) {
      expect(Date.parse(item.checkedOutAt)).toBe(Date.parse(endsAt));
      expect(item.minutes).toBe(120);
      const record = await admin.get(`/api/v1/service-records/${item.serviceRecordId}`);
      expect(record.body).toMatchObject({ status: 'pending', recordedBy: organiserAccountId });
    }
    expectProblem(
      await organiser.get(`/api/v1/attendance/${session.sessionId}/code`),
      422,
      'CHECKIN_CODE_INVALID',
    );
    // The no-show sweep after the end: only the one who never checked in is a no-show.
    await t.app.get(NoShowSweep).run();
    const signups = (await organiser.get(`/api/v1/activities/${activityId}/signups?pageSize=100`)).body.items;
    const statusOf = (volunteerId: string) =>
      signups.find((s: { volunteerId: string }) => s.volunteerId === volunteerId).status;
    expect(v.map((volunteer) => statusOf(volunteer.id))).toEqual(['accepted', 'accepted', 'no-show']);
    expectProblem(
      await v[0].client.post('/api/v1/check-outs', { code: session.qr }),
      422,
      'CHECKIN_CODE_INVALID',
    );
  });

  it('refuses junk with problem+json', async () => {
    const { activityId, v } = await activityWith(1);
    const session = await open(activityId);
    const before = await headPosition(t);
    expectProblem(await v[0].client.post('/api/v1/check-ins', {}), 400, 'VALIDATION_FAILED');
    expectProblem(
      await v[0].client.post('/api/v1/check-ins', { code: session.code, location: { lat: 95, lng: 0 } }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await v[0].client.post('/api/v1/check-ins', { code: session.code, extra: 1 }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(await organiser.get('/api/v1/attendance/nope/code'), 400, 'VALIDATION_FAILED');
    expectProblem(await organiser.get(`/api/v1/attendance/ats-${'0'.repeat(24)}/code`), 404, 'NOT_FOUND');
    expectProblem(
      await admin.put(`/api/v1/stations/${stationId}/coordinates`, { lat: 'x', lng: 1 }),
      400,
      'VALIDATION_FAILED',
    );
    expect(await headPosition(t)).toBe(before);
  });

  it('stops an account that keeps guessing codes (429 after the limit of wrong codes), and no one else', async () => {
    const { activityId, v } = await activityWith(2, { walkIns: true, signUp: false });
    const session = await open(activityId);
    const wrong = String((Number(session.code) + 500_000) % 1_000_000).padStart(6, '0');
    // LEDGER_LOGIN_FAILURE_LIMIT (10 by default) wrong codes in the window are refused one by one…
    for (let attempt = 0; attempt < 10; attempt++) {
      expectProblem(
        await v[0].client.post('/api/v1/check-ins', { code: wrong }),
        422,
        'CHECKIN_CODE_INVALID',
      );
    }
    // …then even the right one waits for the window to pass.
    expectProblem(await v[0].client.post('/api/v1/check-ins', { code: session.code }), 429, 'RATE_LIMITED');
    expectProblem(await v[0].client.post('/api/v1/check-outs', { code: session.code }), 429, 'RATE_LIMITED');
    // Another volunteer (behind the same address, as on a site's Wi-Fi) is not held up.
    const other = await v[1].client.post('/api/v1/check-ins', { code: session.code });
    expect(other.status).toBe(201);
  });
  it('a rebuild from the log lands the same sessions and sign-up read models', async () => {
    await t.close({ keepData: true });
    const { live, rebuilt } = await liveAndRebuiltReadModels(dataDir);
    const pick = (dump: Record<string, unknown>) =>
      Object.fromEntries(TABLES.map((table) => [table, dump[table]]));
    expect(pick(rebuilt)).toEqual(pick(live));
    expect((pick(live).attendance_sessions as unknown[]).length).toBeGreaterThan(5);
    t = await startTestApp({}, dataDir, clock);
  });
});
