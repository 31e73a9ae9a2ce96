import { ManualClock } from '@ledger/application';
import type { HttpClient } from '../support/http-client';
import { startTestApp, type TestApp } from '../support/test-app';
import { accountClient, registerVolunteer, session } from './support';

/**
 * Across both features, through their real endpoints: an activity scheduled by the organisation
 * feature counts for its pilot once a service record of it is confirmed, stops counting when that
 * record is voided, and forgetting the volunteer changes none of it.
 */
describe('service records and pilot figures', () => {
  let t: TestApp;
  let admin: HttpClient;
  let organiser: HttpClient;
  let pilotId: string;
  let activityId: string;

  const created = (response: { status: number; body: any }) => {
    if (response.status !== 201) throw new Error(`${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  };
  const activitiesCounted = async () =>
    (await admin.get(`/api/v1/pilots/${pilotId}/progress`)).body.targets.activities.actual;

  beforeAll(async () => {
    t = await startTestApp({}, undefined, new ManualClock(new Date('2026-03-10T04:00:00Z')));
    admin = await t.admin();
    organiser = (await accountClient(t, admin, 'organiser', '410122')).client;
    pilotId = created(
      await admin.post('/api/v1/pilots', {
        name: '中牟县试点',
        level: 'county',
        regionCode: '410122',
        fundedOn: '2026-03-01',
      }),
    ).id;
    const teamId = created(
      await admin.post('/api/v1/teams', {
        name: '中牟县科技志愿服务队',
        regionCode: '410122',
        pilotId,
        institution: { kind: 'association', name: '中牟县科协' },
      }),
    ).id;
    const projectId = created(
      await admin.post('/api/v1/projects', {
        name: '科普进社区',
        teamId,
        regionCode: '410122',
        pilotId,
        field: 'science-education',
      }),
    ).id;
    activityId = created(
      await admin.post('/api/v1/activities', {
        projectId,
        title: '学雷锋科普进社区',
        startsAt: '2026-03-05T09:00:00+08:00',
        endsAt: '2026-03-05T11:30:00+08:00',
        regionCode: '410122',
      }),
    ).id;
  });
  afterAll(() => t.close());

  it('counts the activity once a record is confirmed; the record carries the pilot; forgetting changes nothing', async () => {
    const volunteerId = (await registerVolunteer(admin, { regionCode: '410122' })).id;
    const record = created(
      await organiser.post('/api/v1/service-records', {
        volunteerId,
        activityId,
        ...session('09:00', 150),
        content: '科普讲解',
      }),
    );
    expect(record).toMatchObject({ pilotId, regionCode: '410122', status: 'pending' });
    expect(await activitiesCounted()).toBe(0);
    expect((await admin.post(`/api/v1/service-records/${record.id}/confirm`)).status).toBe(200);
    expect(await activitiesCounted()).toBe(1);

    const before = (await admin.get(`/api/v1/pilots/${pilotId}/progress`)).body;
    expect(
      (await admin.post(`/api/v1/volunteers/${volunteerId}/forget`, { reason: '本人申请注销' })).status,
    ).toBe(200);
    expect((await admin.get(`/api/v1/pilots/${pilotId}/progress`)).body).toEqual(before);
    expect((await admin.get(`/api/v1/volunteers/${volunteerId}/summary`)).body.confirmedMinutes).toBe(150);

    expect(
      (await admin.post(`/api/v1/service-records/${record.id}/void`, { reason: '活动记录重复' })).status,
    ).toBe(200);
    expect(await activitiesCounted()).toBe(0);
  });
});
