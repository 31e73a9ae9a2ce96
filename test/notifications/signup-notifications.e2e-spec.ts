import { created, LUOYANG } from '../organisation/organisation-helpers';
import {
  projectIn,
  recruitingActivity,
  type VolunteerWithAccount,
  volunteersWithAccounts,
} from '../journey/journey-support';
import type { HttpClient } from '../support/http-client';
import { startTestApp, type TestApp } from '../support/test-app';
import { accountClient } from '../volunteering/support';

interface Notification {
  kind: string;
  title: string;
  body: string;
  link?: string;
  read: boolean;
}

const inbox = async (client: HttpClient): Promise<Notification[]> => {
  const response = await client.get('/api/v1/notifications?pageSize=100');
  expect(response.status).toBe(200);
  return response.body.items;
};

describe('notifications of sign-ups: the volunteer hears the decision, staff hear what waits', () => {
  let t: TestApp;
  let admin: HttpClient;
  let organiser: HttpClient;
  let luoyangOrganiser: HttpClient;
  let projectId: string;
  let v: VolunteerWithAccount[];

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.admin();
    ({ projectId } = await projectIn(admin));
    organiser = (await accountClient(t, admin, 'organiser', '410122')).client;
    luoyangOrganiser = (await accountClient(t, admin, 'organiser', LUOYANG)).client;
    v = await volunteersWithAccounts(t, admin, 4);
  });
  afterAll(() => t.close());

  it('accepted, waiting, and moved up when a place comes free', async () => {
    const activityId = await recruitingActivity(organiser, projectId, { quota: 1 });
    const first = created(await v[0].client.post(`/api/v1/activities/${activityId}/signups`));
    created(await v[1].client.post(`/api/v1/activities/${activityId}/signups`));
    expect(await inbox(v[0].client)).toEqual([
      expect.objectContaining({
        kind: 'signup-accepted',
        title: '报名成功',
        body: '您已报名「学雷锋科普进社区」。',
      }),
    ]);
    expect(await inbox(v[1].client)).toEqual([
      expect.objectContaining({ kind: 'signup-waitlisted', title: '已进入候补名单' }),
    ]);

    expect(
      (await v[0].client.post(`/api/v1/signups/${first.id}/withdraw`, { reason: '临时有事' })).status,
    ).toBe(200);
    const moved = await inbox(v[1].client);
    expect(moved[0]).toEqual({
      id: expect.any(String),
      at: expect.any(String),
      kind: 'waitlist-promoted',
      title: '候补递补成功',
      body: '「学雷锋科普进社区」有名额空出，您已从候补名单递补为正式参加。',
      link: `/activities/${activityId}/signups`,
      read: false,
    });
    // The one who withdrew hears nothing more.
    expect(await inbox(v[0].client)).toHaveLength(1);
  });

  it('manual approval: staff of the region hear of the pending sign-up; the volunteer hears approval or decline', async () => {
    const activityId = await recruitingActivity(organiser, projectId, { quota: 5, approval: 'manual' });
    const pending = created(await v[2].client.post(`/api/v1/activities/${activityId}/signups`));
    const other = created(await v[3].client.post(`/api/v1/activities/${activityId}/signups`));
    expect(pending.status).toBe('pending');

    const staff = (await inbox(organiser)).filter((n) => n.kind === 'signup-awaiting-approval');
    expect(staff).toEqual([
      expect.objectContaining({ title: '有报名待审核', body: '「学雷锋科普进社区」有新的报名等待审核。' }),
      expect.objectContaining({ title: '有报名待审核' }),
    ]);
    // The province's administrator sees them too; another city's staff and the volunteers do not.
    expect((await inbox(admin)).filter((n) => n.kind === 'signup-awaiting-approval')).toHaveLength(2);
    expect(await inbox(luoyangOrganiser)).toEqual([]);
    expect((await inbox(v[2].client)).map((n) => n.kind)).toEqual([]);

    expect((await organiser.post(`/api/v1/signups/${pending.id}/approve`, {})).status).toBe(200);
    expect(
      (await organiser.post(`/api/v1/signups/${other.id}/decline`, { reason: '名额已内定给讲解员' })).status,
    ).toBe(200);
    expect(await inbox(v[2].client)).toEqual([
      expect.objectContaining({
        kind: 'signup-approved',
        title: '报名已通过',
        body: '您报名的「学雷锋科普进社区」已通过审核。',
      }),
    ]);
    expect(await inbox(v[3].client)).toEqual([
      expect.objectContaining({
        kind: 'signup-declined',
        title: '报名未通过',
        body: '您报名的「学雷锋科普进社区」未通过：名额已内定给讲解员',
      }),
    ]);
  });
});
