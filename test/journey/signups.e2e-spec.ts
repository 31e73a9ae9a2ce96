import { ManualClock, NoShowSweep } from '@ledger/application';
import { ALL_PROJECTIONS } from '@ledger/projections';
import { created, headPosition, LUOYANG } from '../organisation/organisation-helpers';
import type { HttpClient } from '../support/http-client';
import { expectProblem } from '../support/problem';
import { liveAndRebuiltReadModels } from '../support/read-model-rebuild';
import { startTestApp, temporaryDataDir, type TestApp } from '../support/test-app';
import { TEST_NOW } from '../support/test-clock';
import {
  NEXT_WEEK,
  projectIn,
  recruitingActivity,
  recruitment,
  signupsOf,
  type VolunteerWithAccount,
  volunteersWithAccounts,
} from './journey-support';

const AFTERNOON = { startsAt: '2026-11-25T14:00:00+08:00', endsAt: '2026-11-25T16:00:00+08:00' };
const JOURNEY_TABLES = ALL_PROJECTIONS.find((p) => p.name === 'journey-signups')!.tables;

describe('recruitment and sign-ups over real HTTP', () => {
  const dataDir = temporaryDataDir();
  const clock = new ManualClock(new Date(TEST_NOW));
  let t: TestApp;
  let admin: HttpClient;
  let organiser: HttpClient;
  let teamId: string;
  let projectId: string;
  let v: VolunteerWithAccount[];

  beforeAll(async () => {
    t = await startTestApp({}, dataDir, clock);
    admin = await t.admin();
    ({ teamId, projectId } = await projectIn(admin));
    const username = 'journey.organiser';
    created(
      await admin.post('/api/v1/accounts', {
        username,
        password: `${username}-password`,
        role: 'organiser',
        regionCode: '410122',
      }),
    );
    organiser = await t.http.signIn(username, `${username}-password`);
    v = await volunteersWithAccounts(t, admin, 6);
  });
  afterEach(() => clock.set(TEST_NOW));
  afterAll(() => t.close());

  it('an activity is scheduled with its recruitment; the recruitment is read and changed under If-Match', async () => {
    const activityId = await recruitingActivity(organiser, projectId, { quota: 3 });
    const read = await organiser.get(`/api/v1/activities/${activityId}/recruitment`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual({ recruitment: { ...recruitment({ quota: 3 }), teamIds: [] } });
    // ActivityScheduled is revision 0, ActivityRecruitmentChanged revision 1: the activity's ETag.
    expect(read.headers.get('etag')).toBe('"1"');
    expect((await organiser.get(`/api/v1/activities/${activityId}`)).headers.get('etag')).toBe('"1"');

    const stale = await organiser.put(
      `/api/v1/activities/${activityId}/recruitment`,
      recruitment({ quota: 5 }),
      {
        'if-match': '"0"',
      },
    );
    expect(stale.status).toBe(409);
    const changed = await organiser.put(
      `/api/v1/activities/${activityId}/recruitment`,
      recruitment({ quota: 5 }),
      {
        'if-match': '"1"',
      },
    );
    expect(changed.status).toBe(200);
    expect(changed.body.recruitment.quota).toBe(5);
    expect(changed.headers.get('etag')).toBe('"2"');
  });

  it('a volunteer signs itself up once; staff add a volunteer by id; closing recruitment keeps who is in', async () => {
    const activityId = await recruitingActivity(organiser, projectId);
    const mine = await v[0].client.post(`/api/v1/activities/${activityId}/signups`);
    expect(mine.status).toBe(201);
    expect(mine.body).toEqual({ id: expect.stringMatching(/^sgn-[0-9a-f]{24}$/), status: 'accepted' });
    expectProblem(
      await v[0].client.post(`/api/v1/activities/${activityId}/signups`),
      422,
      'ALREADY_SIGNED_UP',
    );
    // A volunteer account names no one else.
    expect(
      (await v[0].client.post(`/api/v1/activities/${activityId}/signups`, { volunteerId: v[1].id })).status,
    ).toBe(403);
    const added = await organiser.post(`/api/v1/activities/${activityId}/signups`, { volunteerId: v[1].id });
    expect(added.status).toBe(201);
    expectProblem(
      await organiser.post(`/api/v1/activities/${activityId}/signups`, {}),
      400,
      'VALIDATION_FAILED',
    );

    expect(
      (await organiser.put(`/api/v1/activities/${activityId}/recruitment`, recruitment({ open: false })))
        .status,
    ).toBe(200);
    expectProblem(await v[2].client.post(`/api/v1/activities/${activityId}/signups`), 422, 'SIGNUP_CLOSED');
    const list = await signupsOf(organiser, activityId);
    expect(list.map((s) => [s.volunteerId, s.status])).toEqual([
      [v[0].id, 'accepted'],
      [v[1].id, 'accepted'],
    ]);
    expect(list[0]).toEqual({
      id: mine.body.id,
      volunteerId: v[0].id,
      status: 'accepted',
      signedUpAt: expect.any(String),
    });
  });

  it('sign-up closes at the deadline, and at the start when the deadline is later', async () => {
    const activityId = await recruitingActivity(organiser, projectId);
    clock.set('2026-11-24T18:00:00+08:00');
    expectProblem(await v[0].client.post(`/api/v1/activities/${activityId}/signups`), 422, 'SIGNUP_CLOSED');
    const late = await recruitingActivity(
      organiser,
      projectId,
      { signupDeadline: '2026-11-26T00:00:00+08:00' },
      NEXT_WEEK,
    );
    clock.set('2026-11-25T09:00:00+08:00');
    expectProblem(await v[0].client.post(`/api/v1/activities/${late}/signups`), 422, 'SIGNUP_CLOSED');
  });

  it('a withdrawal before the start moves the first in line up; after the start it is refused', async () => {
    const activityId = await recruitingActivity(organiser, projectId, { quota: 1 }, NEXT_WEEK);
    const ids: string[] = [];
    for (const volunteer of v.slice(0, 3))
      ids.push(created(await volunteer.client.post(`/api/v1/activities/${activityId}/signups`)).id);
    let list = await signupsOf(organiser, activityId);
    expect(list.map((s) => [s.status, s.waitlistPosition])).toEqual([
      ['accepted', undefined],
      ['waitlisted', 1],
      ['waitlisted', 2],
    ]);
    // Only the volunteer itself withdraws.
    expect((await v[1].client.post(`/api/v1/signups/${ids[0]}/withdraw`, {})).status).toBe(403);
    const withdrawn = await v[0].client.post(`/api/v1/signups/${ids[0]}/withdraw`, { reason: '临时有事' });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toEqual({ id: ids[0], status: 'withdrawn' });
    list = await signupsOf(organiser, activityId);
    expect(list.map((s) => [s.status, s.waitlistPosition])).toEqual([
      ['withdrawn', undefined],
      ['accepted', undefined],
      ['waitlisted', 1],
    ]);
    // A raised quota lets the next in line in.
    const raised = await organiser.put(
      `/api/v1/activities/${activityId}/recruitment`,
      recruitment({ quota: 2 }),
    );
    expect(raised.status).toBe(200);
    expect((await signupsOf(organiser, activityId)).map((s) => s.status)).toEqual([
      'withdrawn',
      'accepted',
      'accepted',
    ]);
    clock.set(NEXT_WEEK.startsAt);
    expectProblem(await v[1].client.post(`/api/v1/signups/${ids[1]}/withdraw`), 422, 'ACTIVITY_STARTED');
  });

  it('an audience of teams takes their members only', async () => {
    const activityId = await recruitingActivity(organiser, projectId, {
      audience: 'teams',
      teamIds: [teamId],
    });
    expectProblem(await v[3].client.post(`/api/v1/activities/${activityId}/signups`), 422, 'NOT_IN_AUDIENCE');
    created(await admin.post(`/api/v1/teams/${teamId}/members`, { volunteerId: v[3].id }));
    expect((await v[3].client.post(`/api/v1/activities/${activityId}/signups`)).body.status).toBe('accepted');
    expectProblem(
      await organiser.post('/api/v1/activities', {
        projectId,
        title: '队伍招募',
        ...NEXT_WEEK,
        regionCode: '410122',
        recruitment: recruitment({ audience: 'teams', teamIds: ['tm-000000000000000000000000'] }),
      }),
      404,
      'NOT_FOUND',
    );
  });

  it('manual approval: sign-ups wait; approval accepts within the quota; a decline says why', async () => {
    const activityId = await recruitingActivity(organiser, projectId, { approval: 'manual', quota: 1 });
    const a = created(await v[0].client.post(`/api/v1/activities/${activityId}/signups`));
    const b = created(await v[1].client.post(`/api/v1/activities/${activityId}/signups`));
    const c = created(await v[2].client.post(`/api/v1/activities/${activityId}/signups`));
    expect([a.status, b.status, c.status]).toEqual(['pending', 'pending', 'pending']);
    expect((await organiser.post(`/api/v1/signups/${a.id}/approve`)).body).toEqual({
      id: a.id,
      status: 'accepted',
    });
    expect((await organiser.post(`/api/v1/signups/${b.id}/approve`)).body.status).toBe('waitlisted');
    expectProblem(await organiser.post(`/api/v1/signups/${a.id}/approve`), 422, 'SIGNUP_WRONG_STATUS');
    expectProblem(await organiser.post(`/api/v1/signups/${c.id}/decline`, {}), 400, 'VALIDATION_FAILED');
    expect(
      (await organiser.post(`/api/v1/signups/${c.id}/decline`, { reason: '名额已满' })).body.status,
    ).toBe('declined');
    // A volunteer decides nothing.
    expect((await v[1].client.post(`/api/v1/signups/${b.id}/approve`)).status).toBe(403);
    // Declining the accepted one frees its place for the first in line.
    await organiser.post(`/api/v1/signups/${a.id}/decline`, { reason: '不符合要求' });
    expect((await signupsOf(organiser, activityId)).map((s) => s.status)).toEqual([
      'declined',
      'accepted',
      'declined',
    ]);
  });

  it('an overlapping accepted sign-up of the same volunteer is refused', async () => {
    const first = await recruitingActivity(
      organiser,
      projectId,
      {},
      { startsAt: '2026-12-01T09:00:00+08:00', endsAt: '2026-12-01T11:30:00+08:00' },
    );
    const overlapping = await recruitingActivity(
      organiser,
      projectId,
      {},
      {
        startsAt: '2026-12-01T11:00:00+08:00',
        endsAt: '2026-12-01T12:00:00+08:00',
      },
    );
    const after = await recruitingActivity(
      organiser,
      projectId,
      {},
      {
        startsAt: '2026-12-01T11:30:00+08:00',
        endsAt: '2026-12-01T12:00:00+08:00',
      },
    );
    created(await v[4].client.post(`/api/v1/activities/${first}/signups`));
    expectProblem(
      await v[4].client.post(`/api/v1/activities/${overlapping}/signups`),
      422,
      'SCHEDULE_CONFLICT',
    );
    expect((await v[4].client.post(`/api/v1/activities/${after}/signups`)).status).toBe(201);
  });

  it('an exited volunteer is refused', async () => {
    const [gone] = await volunteersWithAccounts(t, admin, 1);
    const exited = await admin.post(`/api/v1/volunteers/${gone.id}/exit`, { reason: '工作调动' });
    expect(exited.status).toBe(200);
    const activityId = await recruitingActivity(organiser, projectId);
    expectProblem(
      await gone.client.post(`/api/v1/activities/${activityId}/signups`),
      422,
      'VOLUNTEER_EXITED',
    );
  });

  it('the open list shows what recruits in the volunteer’s city and province, with its own sign-up', async () => {
    const activityId = await recruitingActivity(organiser, projectId, { quota: 2 }, NEXT_WEEK);
    const signup = created(await v[5].client.post(`/api/v1/activities/${activityId}/signups`));
    const closed = await recruitingActivity(organiser, projectId, { open: false });
    const open = await v[5].client.get('/api/v1/activities/open?pageSize=100');
    expect(open.status).toBe(200);
    const item = open.body.items.find((i: { id: string }) => i.id === activityId);
    expect(item).toEqual({
      id: activityId,
      title: '学雷锋科普进社区',
      ...NEXT_WEEK,
      regionCode: '410122',
      quota: 2,
      accepted: 1,
      waitlisted: 0,
      signupDeadline: '2026-11-24T18:00:00+08:00',
      mySignup: { id: signup.id, status: 'accepted' },
    });
    expect(open.body.items.map((i: { id: string }) => i.id)).not.toContain(closed);
    expect(open.body).toMatchObject({ page: 1, pageSize: 100, total: open.body.items.length });
    // A volunteer of 洛阳 does not see 中牟's activities; staff have no open list.
    const [luoyang] = await volunteersWithAccounts(t, admin, 1, LUOYANG);
    const far = await luoyang.client.get('/api/v1/activities/open');
    expect(far.body.items.map((i: { id: string }) => i.id)).not.toContain(activityId);
    expect((await organiser.get('/api/v1/activities/open')).status).toBe(403);
  });

  it('after the end, the sweep marks accepted sign-ups without a check-in as no-shows', async () => {
    const activityId = await recruitingActivity(organiser, projectId, { quota: 1 }, AFTERNOON);
    created(await v[0].client.post(`/api/v1/activities/${activityId}/signups`));
    created(await v[1].client.post(`/api/v1/activities/${activityId}/signups`));
    const sweep = t.app.get(NoShowSweep);
    clock.set('2026-11-25T15:59:00+08:00');
    await sweep.run();
    expect((await signupsOf(organiser, activityId)).map((s) => s.status)).toEqual(['accepted', 'waitlisted']);
    clock.set(AFTERNOON.endsAt);
    const summary = await sweep.run();
    expect(summary.noShows).toBeGreaterThanOrEqual(1);
    expect((await signupsOf(organiser, activityId)).map((s) => s.status)).toEqual(['no-show', 'waitlisted']);
    expect((await sweep.run()).noShows).toBe(0);
  });

  it('refuses junk with problem+json and writes nothing', async () => {
    const activityId = await recruitingActivity(organiser, projectId);
    const before = await headPosition(t);
    const junk: [string, string, unknown][] = [
      ['PUT', `/api/v1/activities/${activityId}/recruitment`, recruitment({ quota: 0 })],
      ['PUT', `/api/v1/activities/${activityId}/recruitment`, recruitment({ signupDeadline: '2026-11-24' })],
      ['PUT', `/api/v1/activities/${activityId}/recruitment`, recruitment({ audience: 'teams' })],
      ['PUT', `/api/v1/activities/${activityId}/recruitment`, recruitment({ teamIds: ['x'] })],
      ['PUT', `/api/v1/activities/${activityId}/recruitment`, { ...recruitment(), extra: 1 }],
      ['PUT', '/api/v1/activities/act-1/recruitment', recruitment()],
      ['POST', `/api/v1/activities/${activityId}/signups`, { volunteerId: 'nobody' }],
      ['POST', '/api/v1/signups/sgn-1/approve', {}],
      ['POST', '/api/v1/signups/sgn-000000000000000000000000/approve', { note: 1 }],
    ];
    for (const [method, path, body] of junk) {
      const response = method === 'PUT' ? await organiser.put(path, body) : await organiser.post(path, body);
      expectProblem(response, 400, 'VALIDATION_FAILED');
    }
    expectProblem(
      await organiser.post('/api/v1/signups/sgn-000000000000000000000000/approve'),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await organiser.post('/api/v1/activities/act-000000000000000000000000/signups', {
        volunteerId: v[0].id,
      }),
      404,
      'NOT_FOUND',
    );
    expect(await headPosition(t)).toBe(before);
  });

  it('a rebuild from the log lands the same recruitment and sign-up read model', async () => {
    await t.close({ keepData: true });
    const { live, rebuilt } = await liveAndRebuiltReadModels(dataDir);
    const pick = (dump: Record<string, unknown>) =>
      Object.fromEntries(JOURNEY_TABLES.map((table) => [table, dump[table]]));
    expect(pick(rebuilt)).toEqual(pick(live));
    expect((pick(live).journey_signups as unknown[]).length).toBeGreaterThan(5);
    t = await startTestApp({}, dataDir, clock);
  });
});
