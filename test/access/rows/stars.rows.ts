import { created, ZHONGMU } from '../../organisation/organisation-helpers';
import type { Fixtures } from '../access-fixtures';
import { ADMINS, type Endpoint, EVERY_ACCOUNT, READERS } from '../endpoint';

/** Admins who run and read rounds, and the city's auditor who reads them. */
const ROUND_READERS = [...ADMINS, 'auditor@410100'] as const;

/** A rule set with no notice days, defined once by the province administrator (the matrix's root). */
let noNoticeRules: Promise<string> | undefined;
const rulesWithoutNotice = (f: Fixtures): Promise<string> =>
  (noNoticeRules ??= f.clients['admin@410000']
    .post('/api/v1/rule-sets', {
      name: '矩阵测试标准（免公示）',
      thresholdsHours: [100, 300, 600, 1000, 1500],
      window: 'cumulative',
      noticeWorkingDays: 0,
    })
    .then((response) => created(response).id as string));

/** A fresh round of the county, opened by the province administrator, taken to `stage`. */
async function freshRound(f: Fixtures, stage: 'open' | 'drawn' | 'noticed' = 'open', ruleSetId?: string) {
  const root = f.clients['admin@410000'];
  const round = created(
    await root.post('/api/v1/star-rounds', {
      regionCode: ZHONGMU,
      cutoff: '2026-06-01',
      ...(ruleSetId ? { ruleSetId } : {}),
    }),
  );
  if (stage !== 'open') await root.post(`/api/v1/star-rounds/${round.id}/draw`);
  if (stage === 'noticed') await root.post(`/api/v1/star-rounds/${round.id}/notice`);
  return round.id as string;
}

const RUNS_ROUNDS =
  'PRODUCT: administrators run star-level certification rounds in their region (province > city > county)';

/** The access rows of the stars endpoints. */
export const STARS_ROWS: readonly Endpoint[] = [
  {
    method: 'POST',
    route: '/rule-sets',
    allowed: ['admin@410000'],
    ok: 201,
    rule: 'API: rule sets are defined by province administrators',
    request: (f) => ({
      path: '/rule-sets',
      body: {
        name: f.unique('矩阵标准'),
        thresholdsHours: [30, 60, 100, 200, 300],
        window: 'calendar-year',
        noticeWorkingDays: 5,
      },
    }),
  },
  {
    method: 'GET',
    route: '/rule-sets',
    // Every region reads the list: it holds the national set and the caller's province's.
    allowed: [...READERS, 'admin@410300', 'organiser@410300', 'auditor@410300'],
    ok: 200,
    rule: 'administrators choose a round’s rule set by name from the list; auditors and organisers read it',
    request: () => ({ path: '/rule-sets' }),
  },
  {
    method: 'GET',
    route: '/rule-sets/{id}',
    allowed: EVERY_ACCOUNT,
    ok: 200,
    rule: 'the star rules are public to every account (volunteers and partners see what a star needs)',
    request: () => ({ path: '/rule-sets/national' }),
  },
  {
    method: 'POST',
    route: '/star-rounds',
    allowed: ADMINS,
    ok: 201,
    rule: RUNS_ROUNDS,
    request: () => ({ path: '/star-rounds', body: { regionCode: ZHONGMU, cutoff: '2026-06-01' } }),
  },
  {
    method: 'GET',
    route: '/star-rounds/{id}',
    allowed: ROUND_READERS,
    ok: 200,
    rule: 'administrators and auditors of the region read a round',
    request: async (f) => ({ path: `/star-rounds/${await freshRound(f)}` }),
  },
  {
    method: 'GET',
    route: '/star-rounds/{id}/candidates',
    allowed: ROUND_READERS,
    ok: 200,
    rule: 'administrators and auditors of the region read a round’s candidates',
    request: async (f) => ({ path: `/star-rounds/${await freshRound(f, 'drawn')}/candidates` }),
  },
  {
    method: 'POST',
    route: '/star-rounds/{id}/draw',
    allowed: ADMINS,
    ok: 200,
    rule: RUNS_ROUNDS,
    request: async (f) => ({ path: `/star-rounds/${await freshRound(f)}/draw` }),
  },
  {
    method: 'POST',
    route: '/star-rounds/{id}/exclusions',
    allowed: ADMINS,
    // Nobody of the fixtures reaches 100 h: access passes, the rule refuses a non-candidate.
    ok: 422,
    rule: RUNS_ROUNDS,
    request: async (f) => ({
      path: `/star-rounds/${await freshRound(f, 'drawn')}/exclusions`,
      body: { volunteerId: f.volunteerId, reason: '矩阵测试' },
    }),
  },
  {
    method: 'POST',
    route: '/star-rounds/{id}/notice',
    allowed: ADMINS,
    ok: 200,
    rule: RUNS_ROUNDS,
    request: async (f) => ({ path: `/star-rounds/${await freshRound(f, 'drawn')}/notice` }),
  },
  {
    method: 'POST',
    route: '/star-rounds/{id}/finalize',
    allowed: ADMINS,
    ok: 200,
    rule: `${RUNS_ROUNDS}; the certifying level by star is checked by the rule (CERTIFYING_LEVEL_TOO_LOW)`,
    request: async (f) => ({
      path: `/star-rounds/${await freshRound(f, 'noticed', await rulesWithoutNotice(f))}/finalize`,
    }),
  },
  {
    method: 'POST',
    route: '/volunteers/{id}/stars/revoke',
    allowed: ADMINS,
    // A fresh volunteer holds no star: access passes, the rule refuses.
    ok: 422,
    rule: 'PRODUCT: a star can be revoked (by an administrator of the volunteer’s region)',
    request: async (f) => ({
      path: `/volunteers/${await f.freshVolunteer()}/stars/revoke`,
      body: { reason: '矩阵测试', banYears: 1 },
    }),
  },
];
