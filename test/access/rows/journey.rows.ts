import {
  activityBody,
  created,
  LUOYANG,
  projectBody,
  teamBody,
} from '../../organisation/organisation-helpers';
import type { ActorKey, Fixtures } from '../access-fixtures';
import { type Endpoint, ORGANISERS, READERS, VOLUNTEER_READERS } from '../endpoint';

const RECRUITS =
  'API: organisers and administrators of the activity’s region set recruitment and decide sign-ups';
const READS =
  'administrators, organisers and auditors of the region read an activity’s recruitment and sign-ups';
const VOLUNTEERS: readonly ActorKey[] = [
  'volunteer@410122(self)',
  'volunteer@410122(other)',
  'volunteer@410300',
];

/** Fresh activities a slot apart (after the matrix's "now", 2026-06-15), so sign-ups never overlap. */
let slot = 0;
const nextSlot = () => {
  const start = Date.parse('2026-07-01T08:00:00+08:00') + 3 * 3600_000 * slot++;
  const iso = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().replace('.000Z', '+08:00');
  return { startsAt: iso(start), endsAt: iso(start + 2 * 3600_000) };
};

const recruitment = (extra: object = {}) => ({
  open: true,
  quota: 100,
  signupDeadline: '2026-12-31T18:00:00+08:00',
  approval: 'auto',
  audience: 'region',
  walkIns: false,
  ...extra,
});

const root = (f: Fixtures) => f.clients['admin@410000'];

/** A recruiting activity of 中牟县 (the fixtures' project). */
async function recruiting(f: Fixtures, extra: object = {}): Promise<string> {
  return created(
    await root(f).post(
      '/api/v1/activities',
      activityBody(f.projectId, { ...nextSlot(), recruitment: recruitment(extra) }),
    ),
  ).id as string;
}

/** A recruiting activity of 洛阳市, for the volunteer of 洛阳 (中牟's activities do not reach it). */
async function recruitingInLuoyang(f: Fixtures): Promise<string> {
  const teamId = created(
    await root(f).post('/api/v1/teams', teamBody({ name: f.unique('洛阳服务队'), regionCode: LUOYANG })),
  ).id as string;
  const projectId = created(
    await root(f).post('/api/v1/projects', projectBody(teamId, { regionCode: LUOYANG })),
  ).id as string;
  return created(
    await root(f).post(
      '/api/v1/activities',
      activityBody(projectId, { ...nextSlot(), regionCode: LUOYANG, recruitment: recruitment() }),
    ),
  ).id as string;
}

/** A sign-up of the subject volunteer (added by the province), pending under manual approval. */
async function signupOfSubject(f: Fixtures, extra: object = {}): Promise<string> {
  const activityId = await recruiting(f, extra);
  return created(
    await root(f).post(`/api/v1/activities/${activityId}/signups`, { volunteerId: f.volunteerId }),
  ).id as string;
}

const shared = new WeakMap<Fixtures, Promise<string>>();
const sharedActivity = (f: Fixtures): Promise<string> => {
  if (!shared.has(f)) shared.set(f, recruiting(f));
  return shared.get(f)!;
};

/** The access rows of recruitment and sign-ups (test/journey holds their rules). */
export const JOURNEY_ROWS: readonly Endpoint[] = [
  {
    method: 'PUT',
    route: '/activities/{id}/recruitment',
    allowed: ORGANISERS,
    ok: 200,
    rule: RECRUITS,
    request: async (f) => ({
      path: `/activities/${await recruiting(f)}/recruitment`,
      body: recruitment({ quota: 5 }),
    }),
  },
  {
    method: 'GET',
    route: '/activities/{id}/recruitment',
    allowed: READERS,
    ok: 200,
    rule: READS,
    request: async (f) => ({ path: `/activities/${await sharedActivity(f)}/recruitment` }),
  },
  {
    method: 'GET',
    route: '/activities/open',
    allowed: VOLUNTEERS,
    ok: 200,
    rule: 'API: a volunteer account sees the recruiting activities of its city and province-wide ones',
    request: () => ({ path: '/activities/open' }),
  },
  {
    method: 'POST',
    route: '/activities/{id}/signups',
    allowed: [...ORGANISERS, ...VOLUNTEERS],
    ok: 201,
    rule:
      'API: a volunteer signs itself up for an activity that reaches it (洛阳’s volunteer, one of 洛阳; ' +
      'reach is NOT_IN_AUDIENCE, test/journey); organisers and administrators of the region name the volunteer',
    request: async (f, actor) => {
      if (actor === 'volunteer@410300')
        return { path: `/activities/${await recruitingInLuoyang(f)}/signups` };
      const path = `/activities/${await recruiting(f)}/signups`;
      return actor.startsWith('volunteer@') ? { path } : { path, body: { volunteerId: f.volunteerId } };
    },
  },
  {
    method: 'GET',
    route: '/activities/{id}/signups',
    allowed: READERS,
    ok: 200,
    rule: READS,
    request: async (f) => ({ path: `/activities/${await sharedActivity(f)}/signups` }),
  },
  {
    method: 'POST',
    route: '/signups/{id}/approve',
    allowed: ORGANISERS,
    ok: 200,
    rule: RECRUITS,
    request: async (f) => ({ path: `/signups/${await signupOfSubject(f, { approval: 'manual' })}/approve` }),
  },
  {
    method: 'POST',
    route: '/signups/{id}/decline',
    allowed: ORGANISERS,
    ok: 200,
    rule: RECRUITS,
    request: async (f) => ({
      path: `/signups/${await signupOfSubject(f, { approval: 'manual' })}/decline`,
      body: { reason: '名额已满' },
    }),
  },
  {
    method: 'POST',
    route: '/signups/{id}/withdraw',
    allowed: ['volunteer@410122(self)'],
    ok: 200,
    rule: 'API: the volunteer withdraws its own sign-up, before the start',
    request: async (f) => ({ path: `/signups/${await signupOfSubject(f)}/withdraw`, body: {} }),
  },
  {
    method: 'GET',
    route: '/volunteers/{id}/signups',
    allowed: VOLUNTEER_READERS,
    ok: 200,
    rule: 'API: a volunteer reads its own sign-ups (我的报名); administrators, organisers and auditors of its region read them',
    request: (f) => ({ path: `/volunteers/${f.volunteerId}/signups` }),
  },
];
