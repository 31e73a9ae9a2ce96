import { randomBytes } from 'node:crypto';
import {
  activityBody,
  created,
  projectBody,
  teamBody,
  ZHONGMU,
  zhongmuResident,
} from '../organisation/organisation-helpers';
import type { HttpClient } from '../support/http-client';
import type { TestApp } from '../support/test-app';

/** Business "now" of the journey tests is TEST_NOW (Wednesday 18 November 2026, 10:00 in Beijing). */
export const NEXT_WEEK = {
  startsAt: '2026-11-25T09:00:00+08:00',
  endsAt: '2026-11-25T11:30:00+08:00',
};

function nextSlot(): { startsAt: string; endsAt: string } {
  const start = Date.parse('2026-11-26T00:00:00+08:00') + 3 * 3600_000 * slot++;
  const iso = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().replace('.000Z', '+08:00');
  return { startsAt: iso(start), endsAt: iso(start + 150 * 60_000) };
}

export const recruitment = (extra: object = {}) => ({
  open: true,
  quota: 10,
  signupDeadline: '2026-11-24T18:00:00+08:00',
  approval: 'auto',
  audience: 'region',
  walkIns: false,
  ...extra,
});

/** A team and a project of 中牟县 the activities are held under. */
export async function projectIn(admin: HttpClient): Promise<{ teamId: string; projectId: string }> {
  const teamId = created(
    await admin.post('/api/v1/teams', teamBody({ name: `服务队${randomBytes(3).toString('hex')}` })),
  ).id as string;
  const projectId = created(await admin.post('/api/v1/projects', projectBody(teamId))).id as string;
  return { teamId, projectId };
}

let slot = 0;

/**
 * An activity of 中牟县 that recruits. Unless told its times, each gets a slot of its own from
 * 26 November on (3 hours apart), so the tests' sign-ups never overlap one another.
 */
export async function recruitingActivity(
  staff: HttpClient,
  projectId: string,
  recruitmentExtra: object = {},
  extra: object = {},
): Promise<string> {
  return created(
    await staff.post(
      '/api/v1/activities',
      activityBody(projectId, { ...nextSlot(), recruitment: recruitment(recruitmentExtra), ...extra }),
    ),
  ).id as string;
}

export interface VolunteerWithAccount {
  readonly id: string;
  readonly client: HttpClient;
}

/** Volunteers of 中牟县 (or `regionCode`), each with a volunteer account signed in. */
export async function volunteersWithAccounts(
  t: TestApp,
  admin: HttpClient,
  count: number,
  regionCode = ZHONGMU,
): Promise<VolunteerWithAccount[]> {
  const out: VolunteerWithAccount[] = [];
  // One registration at a time: the county's volunteer-number counter is shared.
  for (let i = 0; i < count; i++) {
    const id = created(await admin.post('/api/v1/volunteers', zhongmuResident({ regionCode }))).id as string;
    const username = `v.${randomBytes(5).toString('hex')}`;
    const password = `${username}-password`;
    created(
      await admin.post('/api/v1/accounts', {
        username,
        password,
        role: 'volunteer',
        regionCode,
        volunteerId: id,
      }),
    );
    out.push({ id, client: await t.http.signIn(username, password) });
  }
  return out;
}

export async function signupsOf(staff: HttpClient, activityId: string): Promise<any[]> {
  const response = await staff.get(`/api/v1/activities/${activityId}/signups?pageSize=100`);
  if (response.status !== 200)
    throw new Error(`signups: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.items;
}
