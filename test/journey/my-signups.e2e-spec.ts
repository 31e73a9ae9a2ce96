import { ManualClock, NoShowSweep } from '@ledger/application';
import { created } from '../organisation/organisation-helpers';
import type { HttpClient } from '../support/http-client';
import { expectProblem } from '../support/problem';
import { startTestApp, temporaryDataDir, type TestApp } from '../support/test-app';
import { TEST_NOW } from '../support/test-clock';
import {
  projectIn,
  recruitingActivity,
  recruitment,
  type VolunteerWithAccount,
  volunteersWithAccounts,
} from './journey-support';

/** Activities of 中牟县 on days of their own, so the sign-ups never overlap. */
const day = (date: string) => ({ startsAt: `${date}T09:00:00+08:00`, endsAt: `${date}T11:00:00+08:00` });

describe('a volunteer’s own sign-ups (GET /volunteers/{id}/signups)', () => {
  const dataDir = temporaryDataDir();
  const clock = new ManualClock(new Date(TEST_NOW));
  let t: TestApp;
  let admin: HttpClient;
  let projectId: string;
  let me: VolunteerWithAccount;
  let other: VolunteerWithAccount;
  const activities: Record<string, string> = {};
  const signups: Record<string, string> = {};

  async function staffOf(role: string, regionCode: string): Promise<HttpClient> {
    const username = `my-signups.${role}.${regionCode}`;
    created(
      await admin.post('/api/v1/accounts', {
        username,
        password: `${username}-password`,
        role,
        regionCode,
      }),
    );
    return t.http.signIn(username, `${username}-password`);
  }

  beforeAll(async () => {
    t = await startTestApp({}, dataDir, clock);
    admin = await t.admin();
    ({ projectId } = await projectIn(admin));
    [me, other] = await volunteersWithAccounts(t, admin, 2);
    // 20 Nov: accepted, then the sweep makes it a no-show after its end.
    activities.ended = await recruitingActivity(
      admin,
      projectId,
      { signupDeadline: '2026-11-19T18:00:00+08:00' },
      day('2026-11-20'),
    );
    // 25 Nov: manual approval, still pending; recruitment closed afterwards.
    activities.closed = await recruitingActivity(admin, projectId, { approval: 'manual' }, day('2026-11-25'));
    // 27 Nov: quota 1 taken by the other volunteer, so mine waits first in line.
    activities.full = await recruitingActivity(admin, projectId, { quota: 1 }, day('2026-11-27'));
    // 29 Nov: signed up and withdrawn.
    activities.withdrawn = await recruitingActivity(admin, projectId, {}, day('2026-11-29'));
    // Another volunteer's activity only.
    activities.notMine = await recruitingActivity(admin, projectId, {}, day('2026-11-30'));

    signups.ended = created(await me.client.post(`/api/v1/activities/${activities.ended}/signups`)).id;
    signups.closed = created(await me.client.post(`/api/v1/activities/${activities.closed}/signups`)).id;
    created(await other.client.post(`/api/v1/activities/${activities.full}/signups`));
    signups.full = created(await me.client.post(`/api/v1/activities/${activities.full}/signups`)).id;
    signups.withdrawn = created(
      await me.client.post(`/api/v1/activities/${activities.withdrawn}/signups`),
    ).id;
    expect(
      (await me.client.post(`/api/v1/signups/${signups.withdrawn}/withdraw`, { reason: '有事' })).status,
    ).toBe(200);
    created(await other.client.post(`/api/v1/activities/${activities.notMine}/signups`));
    const closing = await admin.put(
      `/api/v1/activities/${activities.closed}/recruitment`,
      recruitment({ approval: 'manual', open: false }),
    );
    expect(closing.status).toBe(200);
    // After the 20th's end the sweep marks it a no-show; the list is read on the 21st.
    clock.set('2026-11-21T10:00:00+08:00');
    await t.app.get(NoShowSweep).run();
  });
  afterAll(() => t.close());

  it('lists every sign-up, also of activities closed, started or ended, the latest activity first', async () => {
    const answer = await me.client.get(`/api/v1/volunteers/${me.id}/signups`);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ total: 4, page: 1, pageSize: 20 });
    expect(answer.body.items).toEqual([
      {
        id: signups.withdrawn,
        activity: expect.objectContaining({ id: activities.withdrawn, ...day('2026-11-29') }),
        status: 'withdrawn',
        signedUpAt: expect.any(String),
      },
      {
        id: signups.full,
        activity: expect.objectContaining({ id: activities.full, ...day('2026-11-27') }),
        status: 'waitlisted',
        signedUpAt: expect.any(String),
        waitlistPosition: 1,
      },
      {
        id: signups.closed,
        activity: expect.objectContaining({ id: activities.closed, ...day('2026-11-25') }),
        status: 'pending',
        signedUpAt: expect.any(String),
      },
      {
        id: signups.ended,
        activity: {
          id: activities.ended,
          title: expect.any(String),
          regionCode: '410122',
          ...day('2026-11-20'),
        },
        status: 'no-show',
        signedUpAt: expect.any(String),
      },
    ]);
    // The ended and the closed ones are no longer on the open list.
    const open = await me.client.get('/api/v1/activities/open?pageSize=100');
    const openIds = open.body.items.map((i: { id: string }) => i.id);
    expect(openIds).not.toContain(activities.ended);
    expect(openIds).not.toContain(activities.closed);
  });

  it('pages', async () => {
    const first = await me.client.get(`/api/v1/volunteers/${me.id}/signups?page=1&pageSize=3`);
    const second = await me.client.get(`/api/v1/volunteers/${me.id}/signups?page=2&pageSize=3`);
    expect(first.body).toMatchObject({ total: 4, page: 1, pageSize: 3 });
    expect(first.body.items.map((s: { id: string }) => s.id)).toEqual([
      signups.withdrawn,
      signups.full,
      signups.closed,
    ]);
    expect(second.body).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(second.body.items.map((s: { id: string }) => s.id)).toEqual([signups.ended]);
    expectProblem(
      await me.client.get(`/api/v1/volunteers/${me.id}/signups?pageSize=0`),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('the volunteer and staff of its region read it; another volunteer and staff of another region do not', async () => {
    expectProblem(await other.client.get(`/api/v1/volunteers/${me.id}/signups`), 403, 'FORBIDDEN');
    const mine = (await me.client.get(`/api/v1/volunteers/${me.id}/signups`)).body.items;
    for (const [role, region] of [
      ['organiser', '410122'],
      ['auditor', '410100'],
    ]) {
      const staff = await staffOf(role, region);
      const read = await staff.get(`/api/v1/volunteers/${me.id}/signups`);
      expect(read.status).toBe(200);
      expect(read.body.items).toEqual(mine);
    }
    const luoyang = await staffOf('organiser', '410300');
    expectProblem(await luoyang.get(`/api/v1/volunteers/${me.id}/signups`), 403, 'FORBIDDEN');
    expectProblem(
      await admin.get('/api/v1/volunteers/vol-000000000000000000000000/signups'),
      404,
      'NOT_FOUND',
    );
    expectProblem(await admin.get('/api/v1/volunteers/nobody/signups'), 400, 'VALIDATION_FAILED');
    // The other volunteer's list holds its own sign-ups only.
    const theirs = await other.client.get(`/api/v1/volunteers/${other.id}/signups`);
    expect(theirs.body.items.map((s: { activity: { id: string } }) => s.activity.id)).toEqual([
      activities.notMine,
      activities.full,
    ]);
  });
});
