import {
  activityBody,
  ALL_MUSTS,
  pilotBody,
  projectBody,
  stationBody,
  teamBody,
  ZHONGMU,
  zhongmuResident,
} from '../organisation/organisation-helpers';
import { expectProblem } from '../support/problem';
import type { TestApp } from '../support/test-app';
import { ADMINS, type Endpoint, EVERY_ACCOUNT, ORGANISERS, READERS, VOLUNTEER_READERS } from './endpoint';
import { FEATURE_ROWS } from './rows';
import {
  ACTORS,
  type ActorKey,
  type Fixtures,
  headPosition,
  regionOf,
  setUpFixtures,
  startMatrixApp,
} from './access-fixtures';

const MANAGES = 'PRODUCT: administrators manage pilots, teams, projects and stations in their region';
const READS_ORGANISATION = 'administrators, organisers and auditors of the region read the organisation';
const READS_VOLUNTEER =
  'PRODUCT: a volunteer sees its own record; readers of the region see it; "a volunteer account only on itself"';
const ADDS_TO_RECORD =
  'PRODUCT: trainings, commendations, evaluations are recorded (by administrators, organisers)';

/**
 * The matrix: every endpoint under /api/v1 that needs a token, with who may call it. Subjects live
 * in 中牟县 410122 (volunteer, pilot, team, project, station, activity, service records).
 */
const ENDPOINTS: readonly Endpoint[] = [
  // Accounts
  {
    method: 'POST',
    route: '/accounts',
    allowed: ADMINS,
    ok: 201,
    rule: 'API: administrators create accounts; an account acts only inside its region',
    request: (f) => ({
      path: '/accounts',
      body: account(f.unique('m.new.'), { role: 'organiser', regionCode: ZHONGMU }),
    }),
  },
  {
    method: 'POST',
    route: '/accounts',
    variant: 'volunteer account bound to the 410122 volunteer, in the caller’s own region',
    allowed: ADMINS,
    ok: 201,
    rule:
      'PRODUCT: an administrator acts on nothing outside its region; binding an account to a volunteer ' +
      'of 410122 gives that account the volunteer’s record',
    request: (f, actor) => ({
      path: '/accounts',
      body: account(f.unique('m.bound.'), {
        role: 'volunteer',
        regionCode: regionOf(actor),
        volunteerId: f.volunteerId,
      }),
    }),
  },
  {
    method: 'GET',
    route: '/accounts/{id}',
    allowed: [...ADMINS, 'auditor@410100'],
    ok: 200,
    rule: 'administrators and auditors of its region read an account',
    request: (f) => ({ path: `/accounts/${f.deskAccountId}` }),
  },
  {
    method: 'GET',
    route: '/accounts/{id}',
    variant: 'its own account',
    allowed: EVERY_ACCOUNT,
    ok: 200,
    rule: 'every account reads itself',
    request: (f, actor) => ({
      path: `/accounts/${actor === 'anonymous' ? f.deskAccountId : f.accountIds[actor]}`,
    }),
  },
  // Pilots
  {
    method: 'POST',
    route: '/pilots',
    allowed: ADMINS,
    ok: 201,
    rule: MANAGES,
    request: () => ({ path: '/pilots', body: pilotBody() }),
  },
  {
    method: 'GET',
    route: '/pilots/{id}',
    allowed: READERS,
    ok: 200,
    rule: READS_ORGANISATION,
    request: (f) => ({ path: `/pilots/${f.pilotId}` }),
  },
  {
    method: 'GET',
    route: '/pilots/{id}/progress',
    allowed: READERS,
    ok: 200,
    rule: `PRODUCT: administrators watch the pilot dashboard; ${READS_ORGANISATION}`,
    request: (f) => ({ path: `/pilots/${f.pilotId}/progress` }),
  },
  // Teams
  {
    method: 'POST',
    route: '/teams',
    allowed: ADMINS,
    ok: 201,
    rule: MANAGES,
    request: () => ({ path: '/teams', body: teamBody() }),
  },
  {
    method: 'GET',
    route: '/teams/{id}',
    allowed: READERS,
    ok: 200,
    rule: READS_ORGANISATION,
    request: (f) => ({ path: `/teams/${f.teamId}` }),
  },
  {
    method: 'PUT',
    route: '/teams/{id}/platform-registration',
    allowed: ADMINS,
    ok: 200,
    rule: MANAGES,
    request: async (f) => ({
      path: `/teams/${await f.freshTeam()}/platform-registration`,
      body: { platformRegistrationNo: f.unique('DMZY-410122-') },
    }),
  },
  {
    method: 'POST',
    route: '/teams/{id}/members',
    allowed: [...ORGANISERS, 'volunteer@410122(self)'],
    ok: 201,
    rule: 'PRODUCT: organisers keep rosters; a volunteer "joins teams", and a volunteer account acts on itself',
    request: async (f) => ({
      path: `/teams/${await f.freshTeam()}/members`,
      body: { volunteerId: f.volunteerId },
    }),
  },
  {
    method: 'POST',
    route: '/teams/{id}/members/{volunteerId}/exit',
    allowed: ORGANISERS,
    ok: 200,
    rule: 'administrators and organisers of the team’s region record exits',
    request: async (f) => ({
      path: `/teams/${await f.freshTeamWithMember()}/members/${f.volunteerId}/exit`,
      body: { reason: '工作调动' },
    }),
  },
  // Projects
  {
    method: 'POST',
    route: '/projects',
    allowed: ADMINS,
    ok: 201,
    rule: MANAGES,
    request: (f) => ({ path: '/projects', body: projectBody(f.teamId) }),
  },
  {
    method: 'GET',
    route: '/projects/{id}',
    allowed: READERS,
    ok: 200,
    rule: READS_ORGANISATION,
    request: (f) => ({ path: `/projects/${f.projectId}` }),
  },
  // Stations
  {
    method: 'POST',
    route: '/stations',
    allowed: ADMINS,
    ok: 201,
    rule: MANAGES,
    request: () => ({ path: '/stations', body: stationBody() }),
  },
  {
    method: 'GET',
    route: '/stations/{id}',
    allowed: READERS,
    ok: 200,
    rule: READS_ORGANISATION,
    request: (f) => ({ path: `/stations/${f.stationId}` }),
  },
  {
    method: 'PUT',
    route: '/stations/{id}/checklist',
    allowed: ADMINS,
    ok: 200,
    rule: MANAGES,
    request: async (f) => ({ path: `/stations/${await f.freshStation()}/checklist`, body: ALL_MUSTS }),
  },
  // Activities
  {
    method: 'POST',
    route: '/activities',
    allowed: ORGANISERS,
    ok: 201,
    rule: 'PRODUCT: organisers (and administrators) schedule activities under projects',
    request: (f) => ({ path: '/activities', body: activityBody(f.projectId) }),
  },
  {
    method: 'GET',
    route: '/activities/{id}',
    allowed: READERS,
    ok: 200,
    rule: READS_ORGANISATION,
    request: (f) => ({ path: `/activities/${f.activityId}` }),
  },
  // Volunteers
  {
    method: 'POST',
    route: '/volunteers',
    allowed: ORGANISERS,
    ok: 201,
    rule: 'administrators and organisers register volunteers of their region, with consent',
    request: () => ({ path: '/volunteers', body: zhongmuResident() }),
  },
  ...volunteerReads([
    '',
    '/summary',
    '/history',
    '/service-records',
    '/trainings',
    '/commendations',
    '/evaluations',
  ]),
  {
    method: 'POST',
    route: '/volunteers/{id}/forget',
    allowed: ADMINS,
    ok: 200,
    rule: 'PRODUCT (personal information): administrators of the region forget a volunteer',
    request: async (f, actor) => {
      const volunteerId = await f.freshVolunteer();
      return {
        path: `/volunteers/${volunteerId}/forget`,
        body: { reason: '本人申请注销' },
        ...(actor === 'volunteer@410122(self)' ? { as: await f.accountOf(volunteerId) } : {}),
      };
    },
  },
  {
    method: 'POST',
    route: '/volunteers/{id}/trainings',
    allowed: ORGANISERS,
    ok: 201,
    rule: ADDS_TO_RECORD,
    request: (f) => ({
      path: `/volunteers/${f.volunteerId}/trainings`,
      body: { course: '科普讲解员培训', completedOn: '2026-03-01', minutes: 90 },
    }),
  },
  {
    method: 'POST',
    route: '/volunteers/{id}/commendations',
    allowed: ORGANISERS,
    ok: 201,
    rule: ADDS_TO_RECORD,
    request: (f) => ({
      path: `/volunteers/${f.volunteerId}/commendations`,
      body: { title: '优秀科技志愿者', awardedBy: '中牟县科协', awardedOn: '2026-01-10' },
    }),
  },
  {
    method: 'POST',
    route: '/volunteers/{id}/evaluations',
    allowed: ORGANISERS,
    ok: 201,
    rule: ADDS_TO_RECORD,
    request: (f) => ({
      path: `/volunteers/${f.volunteerId}/evaluations`,
      body: { period: '2025', rating: 'good' },
    }),
  },
  // Service records
  {
    method: 'POST',
    route: '/service-records',
    allowed: ORGANISERS,
    ok: 201,
    rule: 'PRODUCT: 谁组织谁记录 — organisers (and administrators) of the activity’s region record service',
    request: (f) => ({
      path: '/service-records',
      body: { volunteerId: f.volunteerId, activityId: f.activityId, ...f.nextSession(), content: '科普讲解' },
    }),
  },
  {
    method: 'POST',
    route: '/service-records/bulk',
    allowed: ORGANISERS,
    ok: 201,
    rule: 'as POST /service-records, for a whole roster',
    request: (f) => ({
      path: '/service-records/bulk',
      body: {
        activityId: f.activityId,
        entries: [{ volunteerId: f.volunteerId, ...f.nextSession(), content: '科普讲解' }],
      },
    }),
  },
  {
    method: 'GET',
    route: '/service-records/{id}',
    allowed: VOLUNTEER_READERS,
    ok: 200,
    rule: READS_VOLUNTEER,
    request: (f) => ({ path: `/service-records/${f.recordId}` }),
  },
  {
    method: 'POST',
    route: '/service-records/{id}/confirm',
    allowed: ADMINS,
    ok: 200,
    rule: 'PRODUCT: a record is confirmed by an administrator (here never its recorder)',
    request: async (f) => ({ path: `/service-records/${await f.freshPendingRecord()}/confirm` }),
  },
  {
    method: 'POST',
    route: '/service-records/{id}/reject',
    allowed: ADMINS,
    ok: 200,
    rule: 'PRODUCT: administrators reject records, with a reason',
    request: async (f) => ({
      path: `/service-records/${await f.freshPendingRecord()}/reject`,
      body: { reason: '时长与签到不符' },
    }),
  },
  {
    method: 'POST',
    route: '/service-records/{id}/void',
    allowed: ADMINS,
    ok: 200,
    rule: 'PRODUCT: administrators void records, with a reason',
    request: async (f) => ({
      path: `/service-records/${await f.freshPendingRecord()}/void`,
      body: { reason: '重复录入' },
    }),
  },
  {
    method: 'POST',
    route: '/service-records/{id}/corrections',
    allowed: ORGANISERS,
    ok: 200,
    rule: 'PRODUCT: administrators correct records; API: an organiser’s correction returns it to pending',
    request: async (f) => ({
      path: `/service-records/${await f.freshPendingRecord()}/corrections`,
      body: { ...f.nextSession(), reason: '签退时间录错' },
    }),
  },
];

function volunteerReads(suffixes: readonly string[]): Endpoint[] {
  return suffixes.map((suffix) => ({
    method: 'GET',
    route: `/volunteers/{id}${suffix}`,
    allowed: VOLUNTEER_READERS,
    ok: 200,
    rule: READS_VOLUNTEER,
    request: (f: Fixtures) => ({ path: `/volunteers/${f.volunteerId}${suffix}` }),
  }));
}

function account(username: string, fields: Record<string, string>) {
  return { username, password: `${username}-password`, ...fields };
}

interface Cell {
  readonly name: string;
  readonly actor: ActorKey;
  readonly endpoint: Endpoint;
  readonly expected: number;
  /** The problem code of a refused call; none when access passes. */
  readonly refusal?: 'UNAUTHENTICATED' | 'FORBIDDEN';
}

const refusalOf = (endpoint: Endpoint, actor: ActorKey): Cell['refusal'] =>
  actor === 'anonymous'
    ? endpoint.public
      ? undefined
      : 'UNAUTHENTICATED'
    : endpoint.allowed.includes(actor)
      ? undefined
      : 'FORBIDDEN';
const STATUS_OF_REFUSAL = { UNAUTHENTICATED: 401, FORBIDDEN: 403 } as const;

const rowName = (e: Endpoint): string => `${e.method} ${e.route}${e.variant ? ` [${e.variant}]` : ''}`;

const MATRIX: readonly Cell[] = [...ENDPOINTS, ...FEATURE_ROWS].flatMap((endpoint) =>
  ACTORS.map((actor) => {
    const refusal = refusalOf(endpoint, actor);
    const expected = refusal ? STATUS_OF_REFUSAL[refusal] : endpoint.ok;
    return { name: `${actor} ${rowName(endpoint)} → ${expected}`, actor, endpoint, expected, refusal };
  }),
);

const cells = MATRIX;

describe('access matrix: roles × every /api/v1 endpoint, in and out of region', () => {
  let t: TestApp | undefined;
  let f: Fixtures;

  beforeAll(async () => {
    t = await startMatrixApp();
    f = await setUpFixtures(t);
  });
  afterAll(() => t?.close());

  it('the table has a row for every route the OpenAPI document serves (but the public sign-in)', async () => {
    const document = (await f.t.http.get('/api/docs-json')).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const served = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations)
        .filter((method) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
        .map((method) => `${method.toUpperCase()} ${path.replace(/^\/api\/v1/, '')}`),
    );
    const expected = served.filter(
      (route) => route !== 'POST /auth/token' && !route.startsWith('GET /health'),
    );
    const covered = new Set([...ENDPOINTS, ...FEATURE_ROWS].map((e) => `${e.method} ${e.route}`));
    expect([...covered].sort()).toEqual([...new Set(expected)].sort());
  });

  it.each(cells.map((cell) => [cell.name, cell] as const))('%s', async (_name, cell) => {
    await check(f, cell);
  });
});

/**
 * One cell: an allowed call answers its status; a refused one answers 403 FORBIDDEN (401
 * UNAUTHENTICATED without a token) as problem+json and writes nothing to the log.
 */
async function check(f: Fixtures, cell: Cell): Promise<void> {
  const request = await cell.endpoint.request(f, cell.actor);
  const client = cell.actor === 'anonymous' ? f.t.http : (request.as ?? f.clients[cell.actor]);
  const before = await headPosition(f.t);
  const response = await client.request(
    cell.endpoint.method,
    `/api/v1${request.path}`,
    request.body,
    request.headers,
  );
  if (!cell.refusal) {
    expect({
      status: response.status,
      body: response.status === cell.expected ? 'as expected' : response.body,
    }).toEqual({ status: cell.expected, body: 'as expected' });
    return;
  }
  expectProblem(response, cell.expected, cell.refusal);
  expect(await headPosition(f.t)).toBe(before);
}
