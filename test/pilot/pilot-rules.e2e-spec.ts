import { ManualClock } from '@ledger/application';
import { created, registerVolunteers, signInAs, ZHONGMU } from '../organisation/organisation-helpers';
import type { HttpClient } from '../support/http-client';
import { startTestApp, type TestApp } from '../support/test-app';

/** Rules at the edges of a pilot: its period, and who may still join its teams. */
describe('pilot rules at the edges', () => {
  const clock = new ManualClock(new Date('2026-03-20T09:00:00+08:00'));
  let t: TestApp;
  let county: HttpClient;
  let organiser: HttpClient;
  let province: HttpClient;
  let pilotId: string;
  let projectId: string;
  let teamId: string;
  beforeAll(async () => {
    t = await startTestApp({}, undefined, clock);
    province = await t.admin();
    county = await signInAs(t, province, 'zhongmu.admin', 'admin', ZHONGMU);
    organiser = await signInAs(t, province, 'zhongmu.organiser', 'organiser', ZHONGMU);
    pilotId = created(
      await county.post('/api/v1/pilots', {
        name: '中牟县试点',
        level: 'county',
        regionCode: ZHONGMU,
        fundedOn: '2026-03-01',
      }),
    ).id;
    teamId = created(
      await county.post('/api/v1/teams', {
        name: '服务队',
        regionCode: ZHONGMU,
        pilotId,
        institution: { kind: 'other', name: '中牟县科协' },
      }),
    ).id;
    projectId = created(
      await county.post('/api/v1/projects', {
        name: '科普进社区',
        teamId,
        regionCode: ZHONGMU,
        pilotId,
        field: 'science-education',
      }),
    ).id;
  });
  afterAll(() => t.close());
  const activitiesCounted = async () =>
    (await county.get(`/api/v1/pilots/${pilotId}/progress`)).body.targets.activities.actual;
  const holdAndConfirm = async (startsAt: string, endsAt: string) => {
    const [volunteerId] = await registerVolunteers(organiser, 1);
    const activity = created(
      await organiser.post('/api/v1/activities', {
        projectId,
        title: '科普讲座',
        startsAt,
        endsAt,
        regionCode: ZHONGMU,
      }),
    );
    const record = created(
      await organiser.post('/api/v1/service-records', {
        volunteerId,
        activityId: activity.id,
        startedAt: startsAt,
        endedAt: endsAt,
        content: '讲解',
      }),
    );
    expect((await county.post(`/api/v1/service-records/${record.id}/confirm`)).status).toBe(200);
  };

  it('an activity held before the pilot was funded does not count toward it', async () => {
    await holdAndConfirm('2025-06-01T09:00:00+08:00', '2025-06-01T11:00:00+08:00');
    expect(await activitiesCounted()).toBe(0);
  });

  it('a forgotten volunteer cannot join a team', async () => {
    const [volunteerId] = await registerVolunteers(organiser, 1);
    expect(
      (await county.post(`/api/v1/volunteers/${volunteerId}/forget`, { reason: '本人申请注销' })).status,
    ).toBe(200);
    const joined = await organiser.post(`/api/v1/teams/${teamId}/members`, { volunteerId });
    expect({ status: joined.status, code: joined.body.code }).toEqual({
      status: 422,
      code: 'VOLUNTEER_FORGOTTEN',
    });
  });

  it('an activity held after the pilot ended does not count toward it', async () => {
    clock.set('2027-05-02T09:00:00+08:00');
    const before = await activitiesCounted();
    await holdAndConfirm('2027-05-01T09:00:00+08:00', '2027-05-01T11:00:00+08:00');
    expect(await activitiesCounted()).toBe(before);
  });
});
