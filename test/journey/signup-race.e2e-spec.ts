import { activitySignupsStream } from '@ledger/domain';
import { EVENT_STORE, type EventStore } from '@ledger/event-store';
import type { HttpClient } from '../support/http-client';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  projectIn,
  recruitingActivity,
  signupsOf,
  type VolunteerWithAccount,
  volunteersWithAccounts,
} from './journey-support';

describe('the quota under a crowd: 50 parallel sign-ups for 10 places', () => {
  let t: TestApp;
  let admin: HttpClient;
  let crowd: VolunteerWithAccount[];
  let projectId: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.admin();
    ({ projectId } = await projectIn(admin));
    crowd = await volunteersWithAccounts(t, admin, 50);
  }, 120_000);
  afterAll(() => t.close());

  it('accepts exactly 10 and puts 40 in line, in the order they arrived', async () => {
    const activityId = await recruitingActivity(admin, projectId, { quota: 10 });
    const answers = await Promise.all(
      crowd.map((volunteer) => volunteer.client.post(`/api/v1/activities/${activityId}/signups`)),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(50).fill(201));
    const statuses = answers.map((a) => a.body.status as string);
    expect(statuses.filter((s) => s === 'accepted')).toHaveLength(10);
    expect(statuses.filter((s) => s === 'waitlisted')).toHaveLength(40);

    // The sign-up stream is the order of arrival: the first ten events accept, the forty after wait.
    const store = t.app.get<EventStore>(EVENT_STORE);
    const events = [];
    for await (const event of store.readStream(activitySignupsStream(activityId))) events.push(event);
    expect(events.map((e) => (e.data as { status: string }).status)).toEqual([
      ...Array(10).fill('accepted'),
      ...Array(40).fill('waitlisted'),
    ]);
    // Each answer is what its event says; the list agrees, with places in line 1…40 in that order.
    const byId = new Map(answers.map((a) => [a.body.id as string, a.body.status as string]));
    for (const event of events) {
      const data = event.data as { signupId: string; status: string };
      expect(byId.get(data.signupId)).toBe(data.status);
    }
    const list = await signupsOf(admin, activityId);
    expect(list.map((s) => s.id)).toEqual(events.map((e) => (e.data as { signupId: string }).signupId));
    expect(list.filter((s) => s.status === 'waitlisted').map((s) => s.waitlistPosition)).toEqual(
      Array.from({ length: 40 }, (_, i) => i + 1),
    );
  });

  it('a retried sign-up (same Idempotency-Key) lands on the same sign-up, and no place is taken twice', async () => {
    const activityId = await recruitingActivity(admin, projectId, { quota: 1 });
    const [first, again] = await Promise.all([
      crowd[0].client.post(`/api/v1/activities/${activityId}/signups`, undefined, {
        'idempotency-key': 'race-k1',
      }),
      crowd[0].client.post(`/api/v1/activities/${activityId}/signups`, undefined, {
        'idempotency-key': 'race-k1',
      }),
    ]);
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.body).toEqual(first.body);
    expect(await signupsOf(admin, activityId)).toHaveLength(1);
  });
});
