import { ManualClock } from '@ledger/application';
import type { HttpClient } from '../support/http-client';
import { expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';
import { TEST_NOW } from '../support/test-clock';
import {
  NEXT_WEEK,
  projectIn,
  recruitingActivity,
  signupsOf,
  volunteersWithAccounts,
} from './journey-support';

/** One volunteer holds no two accepted sign-ups that overlap, also when staff approve one. */
describe('approving a sign-up that overlaps one the volunteer already holds', () => {
  const clock = new ManualClock(new Date(TEST_NOW));
  let t: TestApp;
  let admin: HttpClient;

  beforeAll(async () => {
    t = await startTestApp({}, undefined, clock);
    admin = await t.admin();
  });
  afterAll(() => t?.close());

  it('is refused with SCHEDULE_CONFLICT; the sign-up stays pending', async () => {
    const { projectId } = await projectIn(admin);
    const manual = await recruitingActivity(admin, projectId, { approval: 'manual' }, NEXT_WEEK);
    const auto = await recruitingActivity(admin, projectId, {}, NEXT_WEEK);
    const [volunteer] = await volunteersWithAccounts(t, admin, 1);
    const pending = await volunteer.client.post(`/api/v1/activities/${manual}/signups`, {});
    expect(pending.body.status).toBe('pending');
    // Only pending there, so the overlapping activity accepts it.
    expect((await volunteer.client.post(`/api/v1/activities/${auto}/signups`, {})).body.status).toBe(
      'accepted',
    );

    expectProblem(await admin.post(`/api/v1/signups/${pending.body.id}/approve`), 422, 'SCHEDULE_CONFLICT');
    expect((await signupsOf(admin, manual)).map((s) => s.status)).toEqual(['pending']);
  });
});
