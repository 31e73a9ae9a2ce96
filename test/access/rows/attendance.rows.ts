import { activityBody, created } from '../../organisation/organisation-helpers';
import type { ActorKey, Fixtures } from '../access-fixtures';
import { ADMINS, type Endpoint, ORGANISERS, READERS } from '../endpoint';

const OPENS =
  'API: organisers and administrators of the activity’s region open and close check-in and show its code';
const VOLUNTEERS: readonly ActorKey[] = [
  'volunteer@410122(self)',
  'volunteer@410122(other)',
  'volunteer@410300',
];

const root = (f: Fixtures) => f.clients['admin@410000'];

/**
 * An activity of 中牟县 happening at the matrix's "now" (2026-06-15 10:00 in Beijing) that takes
 * walk-ins, so any volunteer may check in, with check-in open.
 */
async function openSession(f: Fixtures): Promise<{ activityId: string; sessionId: string; qr: string }> {
  const activityId = created(
    await root(f).post(
      '/api/v1/activities',
      activityBody(f.projectId, {
        title: f.unique('现场签到活动'),
        startsAt: '2026-06-15T09:00:00+08:00',
        endsAt: '2026-06-15T12:00:00+08:00',
        recruitment: {
          open: true,
          quota: 10,
          signupDeadline: '2026-06-15T08:00:00+08:00',
          approval: 'auto',
          audience: 'region',
          walkIns: true,
        },
      }),
    ),
  ).id as string;
  const session = created(await root(f).post(`/api/v1/activities/${activityId}/attendance`, {}));
  return { activityId, sessionId: session.sessionId, qr: session.qr };
}

const shared = new WeakMap<Fixtures, ReturnType<typeof openSession>>();
const sharedSession = (f: Fixtures) => {
  if (!shared.has(f)) shared.set(f, openSession(f));
  return shared.get(f)!;
};

/** The access rows of on-site check-in and check-out (test/attendance holds their rules). */
export const ATTENDANCE_ROWS: readonly Endpoint[] = [
  {
    method: 'POST',
    route: '/activities/{id}/attendance',
    allowed: ORGANISERS,
    ok: 201,
    rule: OPENS,
    request: async (f) => ({ path: `/activities/${(await openSession(f)).activityId}/attendance`, body: {} }),
  },
  {
    method: 'GET',
    route: '/attendance/{sessionId}/code',
    allowed: ORGANISERS,
    ok: 200,
    rule: OPENS,
    request: async (f) => ({ path: `/attendance/${(await sharedSession(f)).sessionId}/code` }),
  },
  {
    method: 'POST',
    route: '/attendance/{sessionId}/close',
    allowed: ORGANISERS,
    ok: 200,
    rule: OPENS,
    request: async (f) => ({ path: `/attendance/${(await openSession(f)).sessionId}/close`, body: {} }),
  },
  {
    method: 'GET',
    route: '/activities/{id}/attendance',
    allowed: READERS,
    ok: 200,
    rule: 'administrators, organisers and auditors of the region read who is in and out',
    request: async (f) => ({ path: `/activities/${(await sharedSession(f)).activityId}/attendance` }),
  },
  {
    method: 'POST',
    route: '/check-ins',
    allowed: VOLUNTEERS,
    ok: 201,
    rule: 'API: a volunteer account checks itself in with the code on screen (a walk-in here)',
    request: async (f) => ({ path: '/check-ins', body: { code: (await openSession(f)).qr } }),
  },
  {
    method: 'POST',
    route: '/check-outs',
    allowed: VOLUNTEERS,
    // Access passes; the volunteer never checked in to this session.
    ok: 422,
    rule: 'API: a volunteer account checks itself out (NOT_CHECKED_IN without a check-in)',
    request: async (f) => ({ path: '/check-outs', body: { code: (await openSession(f)).qr } }),
  },
  {
    method: 'PUT',
    route: '/stations/{id}/coordinates',
    allowed: ADMINS,
    ok: 200,
    rule: 'API: administrators of the station’s region say where it is (as they establish stations)',
    request: async (f) => ({
      path: `/stations/${await f.freshStation()}/coordinates`,
      body: { lat: 34.7466, lng: 113.6253 },
    }),
  },
];
