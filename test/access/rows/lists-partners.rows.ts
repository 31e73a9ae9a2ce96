import type { ActorKey } from '../access-fixtures';
import { ADMINS, type Endpoint, READERS } from '../endpoint';

/** Staff of any region: a list answers them, holding only the rows inside their region. */
const STAFF_OF_ANY_REGION: readonly ActorKey[] = [
  ...READERS,
  'admin@410300',
  'organiser@410300',
  'auditor@410300',
];
const PARTNERS: readonly ActorKey[] = ['partner@410122', 'partner@410300'];
const VOLUNTEERS: readonly ActorKey[] = [
  'volunteer@410122(self)',
  'volunteer@410122(other)',
  'volunteer@410300',
];

/** The access rows of the console's lists of partners, benefits, star rounds and certificates, the CSV and the code lookup. */
export const LISTS_PARTNERS_ROWS: readonly Endpoint[] = [
  {
    method: 'GET',
    route: '/partners',
    allowed: [...STAFF_OF_ANY_REGION, ...PARTNERS],
    ok: 200,
    rule: 'readers list the venues inside their region; a partner account lists only itself (as GET /partners/{id})',
    request: () => ({ path: '/partners' }),
  },
  {
    method: 'GET',
    route: '/partners/{id}/benefits',
    allowed: [...READERS, 'partner@410122', 'volunteer@410122(self)', 'volunteer@410122(other)'],
    ok: 200,
    rule: 'as GET /benefits/{id}: readers of its region, its venue, and volunteers on its region’s line',
    request: (f) => ({ path: `/partners/${f.partnerId}/benefits` }),
  },
  {
    method: 'GET',
    route: '/partners/{id}/redemptions.csv',
    allowed: [...ADMINS, 'auditor@410100', 'partner@410122'],
    ok: 200,
    rule: 'as GET /partners/{id}/redemptions: the venue itself, administrators and auditors of its region',
    request: (f) => ({ path: `/partners/${f.partnerId}/redemptions.csv` }),
  },
  {
    method: 'POST',
    route: '/redemption-codes/lookup',
    allowed: [...ADMINS, 'partner@410122'],
    ok: 200,
    rule:
      'a venue checks a code against its own benefits (the code is the volunteer’s consent); ' +
      'administrators of the venue’s region may check too',
    request: async (f) => ({
      path: '/redemption-codes/lookup',
      body: { code: await f.freshVolunteerCode(), partnerId: f.partnerId },
    }),
  },
  {
    method: 'GET',
    route: '/star-rounds',
    allowed: [...ADMINS, 'auditor@410100', 'admin@410300', 'auditor@410300'],
    ok: 200,
    rule: 'administrators and auditors list the rounds inside their region (as GET /star-rounds/{id})',
    request: () => ({ path: '/star-rounds' }),
  },
  {
    method: 'GET',
    route: '/certificates',
    allowed: [...STAFF_OF_ANY_REGION, ...VOLUNTEERS],
    ok: 200,
    rule: 'readers list the certificates of volunteers inside their region; a volunteer account lists its own',
    request: () => ({ path: '/certificates' }),
  },
  {
    method: 'GET',
    route: '/certificates',
    variant: 'a volunteer names another volunteer',
    allowed: [...STAFF_OF_ANY_REGION, 'volunteer@410122(self)'],
    ok: 200,
    rule: 'a volunteer account lists only its own certificates: naming another volunteer is 403',
    request: (f) => ({ path: `/certificates?volunteerId=${f.volunteerId}` }),
  },
];
