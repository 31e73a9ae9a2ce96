import { ManualClock } from '@ledger/application';
import { headPosition } from '../organisation/organisation-helpers';
import type { HttpClient } from '../support/http-client';
import { startTestApp, type TestApp } from '../support/test-app';
import { TEST_NOW } from '../support/test-clock';
import {
  projectIn,
  recruitingActivity,
  signupsOf,
  type VolunteerWithAccount,
  volunteersWithAccounts,
} from './journey-support';

/**
 * PRODUCT.md: an exited volunteer leaves its teams and its sign-ups. Each open sign-up of an activity
 * that has not begun is withdrawn, so the place goes to the first in line; its past stays.
 */
describe('an exit withdraws the volunteer’s open sign-ups', () => {
  const clock = new ManualClock(new Date(TEST_NOW));
  let t: TestApp;
  let admin: HttpClient;
  let projectId: string;
  let v: VolunteerWithAccount[];

  beforeAll(async () => {
    t = await startTestApp({}, undefined, clock);
    admin = await t.admin();
    ({ projectId } = await projectIn(admin));
    v = await volunteersWithAccounts(t, admin, 3);
  });
  afterAll(() => t?.close());

  const signUp = async (volunteer: VolunteerWithAccount, activityId: string) => {
    const answer = await volunteer.client.post(`/api/v1/activities/${activityId}/signups`, {});
    expect(answer.status).toBe(201);
    return answer.body as { id: string; status: string };
  };

  it('withdraws an accepted place and places in line, once', async () => {
    const small = await recruitingActivity(admin, projectId, { quota: 1 });
    const other = await recruitingActivity(admin, projectId, { quota: 1 });
    expect((await signUp(v[0], small)).status).toBe('accepted');
    expect((await signUp(v[1], small)).status).toBe('waitlisted');
    expect((await signUp(v[2], other)).status).toBe('accepted');
    expect((await signUp(v[1], other)).status).toBe('waitlisted');

    const exit = await admin.post(`/api/v1/volunteers/${v[1].id}/exit`, { reason: '工作调动' });
    expect(exit.status).toBe(200);
    expect(exit.body.status).toBe('exited');

    for (const activityId of [small, other]) {
      const mine = (await signupsOf(admin, activityId)).find((s) => s.volunteerId === v[1].id);
      expect(mine.status).toBe('withdrawn');
    }

    // An accepted place is given up too: v[0] exits, and nobody is left in line for it.
    expect((await v[0].client.post(`/api/v1/volunteers/${v[0].id}/exit`, {})).status).toBe(200);
    expect((await signupsOf(admin, small)).map((s) => [s.volunteerId, s.status])).toEqual([
      [v[0].id, 'withdrawn'],
      [v[1].id, 'withdrawn'],
    ]);

    // Exiting again records nothing more: no event is appended anywhere.
    const before = await headPosition(t);
    expect((await admin.post(`/api/v1/volunteers/${v[1].id}/exit`, { reason: '工作调动' })).status).toBe(200);
    expect(await headPosition(t)).toBe(before);
  });

  it('moves the first in line up when an accepted volunteer exits', async () => {
    const [first, second] = await volunteersWithAccounts(t, admin, 2);
    const activityId = await recruitingActivity(admin, projectId, { quota: 1 });
    expect((await signUp(first, activityId)).status).toBe('accepted');
    expect((await signUp(second, activityId)).status).toBe('waitlisted');
    expect((await first.client.post(`/api/v1/volunteers/${first.id}/exit`, {})).status).toBe(200);
    const list = await signupsOf(admin, activityId);
    expect(list.find((s) => s.volunteerId === first.id).status).toBe('withdrawn');
    expect(list.find((s) => s.volunteerId === second.id).status).toBe('accepted');
  });
});
