import { created } from '../../organisation/organisation-helpers';
import type { Fixtures } from '../access-fixtures';
import { ADMINS, type Endpoint, EVERY_ACCOUNT, ORGANISERS, READERS } from '../endpoint';

const STAFF_OF_ANY_REGION = [...READERS, 'admin@410300', 'organiser@410300', 'auditor@410300'] as const;
const HANDLES =
  'PRODUCT: the region’s administrator accepts or declines, dispatches and closes a need of its region';
const TEAM_STEP =
  'PRODUCT: the team takes it or hands it back — an organiser (or administrator) of the team’s region acts for it';

export const needBody = (f: Fixtures, extra: object = {}) => ({
  title: f.unique('果树病虫害防治指导'),
  description: '村里苹果树叶片发黄，希望专家来看看',
  field: 'rural-revitalization',
  regionCode: '410122',
  requester: { name: '王建国', phone: '13812345678', organisation: '某村村民委员会' },
  consent: true,
  ...extra,
});

const root = (f: Fixtures) => f.clients['admin@410000'];

/** A fresh need of 中牟县 entered by the province's administrator, brought to `steps`' end. */
async function needAt(f: Fixtures, steps: ('accept' | 'dispatch')[] = []) {
  const need = created(await root(f).post('/api/v1/needs', needBody(f)));
  for (const step of steps) {
    const body = step === 'dispatch' ? { teamId: f.teamId } : {};
    const response = await root(f).post(`/api/v1/needs/${need.id}/${step}`, body);
    if (response.status !== 200)
      throw new Error(`${step}: ${response.status} ${JSON.stringify(response.body)}`);
  }
  return need as { id: string; trackingNo: string; accessToken: string };
}

const shared = new WeakMap<Fixtures, ReturnType<typeof needAt>>();
const sharedNeed = (f: Fixtures) => {
  if (!shared.has(f)) shared.set(f, needAt(f));
  return shared.get(f)!;
};

/** The access rows of needs of the public (test/needs holds their rules). */
export const NEEDS_ROWS: readonly Endpoint[] = [
  {
    method: 'POST',
    route: '/public/needs',
    allowed: EVERY_ACCOUNT,
    public: true,
    ok: 201,
    rule: 'PRODUCT: anyone submits a need without an account (rate-limited per address)',
    request: (f) => ({ path: '/public/needs', body: needBody(f) }),
  },
  {
    method: 'GET',
    route: '/public/needs/{trackingNo}',
    allowed: EVERY_ACCOUNT,
    public: true,
    ok: 200,
    rule: 'PRODUCT: the tracking number and the secret follow a need, whoever asks',
    request: async (f) => {
      const need = await sharedNeed(f);
      return { path: `/public/needs/${need.trackingNo}`, headers: { 'X-Need-Token': need.accessToken } };
    },
  },
  {
    method: 'POST',
    route: '/public/needs/{trackingNo}/rating',
    allowed: EVERY_ACCOUNT,
    public: true,
    ok: 422,
    rule: 'PRODUCT: the secret rates a served need once (this one is not served yet: NEED_NOT_FULFILLED)',
    request: async (f) => {
      const need = await sharedNeed(f);
      return {
        path: `/public/needs/${need.trackingNo}/rating`,
        body: { score: 5 },
        headers: { 'X-Need-Token': need.accessToken },
      };
    },
  },
  {
    method: 'POST',
    route: '/needs',
    allowed: ORGANISERS,
    ok: 201,
    rule: 'PRODUCT: staff of the region enter a need for a caller',
    request: (f) => ({ path: '/needs', body: needBody(f) }),
  },
  {
    method: 'GET',
    route: '/needs',
    allowed: STAFF_OF_ANY_REGION,
    ok: 200,
    rule: 'the inbox of needs holds only needs inside the caller’s region',
    request: () => ({ path: '/needs' }),
  },
  {
    method: 'GET',
    route: '/needs/{id}',
    allowed: READERS,
    ok: 200,
    rule: 'readers of the region see a need, its contact masked',
    request: async (f) => ({ path: `/needs/${(await sharedNeed(f)).id}` }),
  },
  {
    method: 'GET',
    route: '/needs/{id}/contact',
    allowed: ORGANISERS,
    ok: 200,
    rule: 'PRODUCT: administrators and organisers of the region read the unmasked contact, each reading recorded',
    request: async (f) => ({ path: `/needs/${(await sharedNeed(f)).id}/contact` }),
  },
  {
    method: 'POST',
    route: '/needs/{id}/accept',
    allowed: ADMINS,
    ok: 200,
    rule: HANDLES,
    request: async (f) => ({ path: `/needs/${(await needAt(f)).id}/accept`, body: {} }),
  },
  {
    method: 'POST',
    route: '/needs/{id}/decline',
    allowed: ADMINS,
    ok: 200,
    rule: HANDLES,
    request: async (f) => ({
      path: `/needs/${(await needAt(f)).id}/decline`,
      body: { reason: '不属于科技志愿服务' },
    }),
  },
  {
    method: 'POST',
    route: '/needs/{id}/dispatch',
    allowed: ADMINS,
    ok: 200,
    rule: HANDLES,
    request: async (f) => ({
      path: `/needs/${(await needAt(f, ['accept'])).id}/dispatch`,
      body: { teamId: f.teamId },
    }),
  },
  {
    method: 'POST',
    route: '/needs/{id}/take',
    allowed: ORGANISERS,
    ok: 200,
    rule: TEAM_STEP,
    request: async (f) => ({ path: `/needs/${(await needAt(f, ['accept', 'dispatch'])).id}/take`, body: {} }),
  },
  {
    method: 'POST',
    route: '/needs/{id}/return',
    allowed: ORGANISERS,
    ok: 200,
    rule: TEAM_STEP,
    request: async (f) => ({
      path: `/needs/${(await needAt(f, ['accept', 'dispatch'])).id}/return`,
      body: { reason: '人手不足' },
    }),
  },
  {
    method: 'POST',
    route: '/needs/{id}/close',
    allowed: ADMINS,
    ok: 200,
    rule: HANDLES,
    request: async (f) => ({
      path: `/needs/${(await needAt(f)).id}/close`,
      body: { reason: '群众已自行解决' },
    }),
  },
  {
    method: 'POST',
    route: '/needs/{id}/forget',
    allowed: ADMINS,
    ok: 200,
    rule: 'PRODUCT: the requester’s contact is erasable (个人信息保护法); administrators of the region forget it',
    request: async (f) => ({
      path: `/needs/${(await needAt(f)).id}/forget`,
      body: { reason: '本人要求删除' },
    }),
  },
];
