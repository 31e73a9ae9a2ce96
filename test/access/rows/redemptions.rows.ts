import type { ActorKey, Fixtures } from '../access-fixtures';
import { ADMINS, type Endpoint, READERS } from '../endpoint';

const ALL_VOLUNTEERS_OF_THE_COUNTY: readonly ActorKey[] = [
  'volunteer@410122(self)',
  'volunteer@410122(other)',
];
const MANAGES_PARTNERS = 'PRODUCT: administrators manage partners and benefits in their region';
const OWN_ONLY = 'PRODUCT: partner accounts act only on their own benefits and redemptions';

/** Who redeems and with what: the volunteer for itself, the venue with the code, an administrator by name. */
async function redemptionBody(f: Fixtures, actor: ActorKey): Promise<Record<string, string>> {
  if (actor.startsWith('partner@'))
    return { benefitId: f.benefitId, volunteerCode: await f.freshVolunteerCode() };
  return { benefitId: f.benefitId, volunteerId: f.volunteerId };
}

/** The access rows of partners, benefits, volunteer codes and redemptions. */
export const REDEMPTIONS_ROWS: readonly Endpoint[] = [
  {
    method: 'POST',
    route: '/partners',
    allowed: ADMINS,
    ok: 201,
    rule: MANAGES_PARTNERS,
    request: (f) => ({
      path: '/partners',
      body: { name: f.unique('中牟县博物馆'), regionCode: '410122', venueType: 'museum' },
    }),
  },
  {
    method: 'GET',
    route: '/partners/{id}',
    allowed: [...READERS, 'partner@410122'],
    ok: 200,
    rule: 'readers of the region see a venue; a partner account sees itself',
    request: (f) => ({ path: `/partners/${f.partnerId}` }),
  },
  {
    method: 'POST',
    route: '/partners/{id}/benefits',
    allowed: ADMINS,
    ok: 201,
    rule: MANAGES_PARTNERS,
    request: (f) => ({
      path: `/partners/${f.partnerId}/benefits`,
      body: {
        title: '科普书一本',
        pointsCost: 50,
        minStarLevel: 0,
        stock: 10,
        perVolunteerLimit: 1,
        validFrom: '2026-06-01',
        validTo: '2026-12-31',
      },
    }),
  },
  {
    method: 'GET',
    route: '/partners/{id}/redemptions',
    allowed: [...ADMINS, 'auditor@410100', 'partner@410122'],
    ok: 200,
    rule: `${OWN_ONLY}; administrators and auditors of the region see them too`,
    request: (f) => ({ path: `/partners/${f.partnerId}/redemptions` }),
  },
  {
    method: 'GET',
    route: '/benefits/{id}',
    allowed: [...READERS, 'partner@410122', ...ALL_VOLUNTEERS_OF_THE_COUNTY],
    ok: 200,
    rule: 'a benefit is an offer: readers of its region, its venue, and volunteers on its region’s line see it',
    request: (f) => ({ path: `/benefits/${f.benefitId}` }),
  },
  {
    method: 'POST',
    route: '/volunteers/{id}/redemption-codes',
    allowed: ['volunteer@410122(self)'],
    ok: 201,
    rule: 'API: the one-time code is asked for by the volunteer itself',
    request: (f) => ({ path: `/volunteers/${f.volunteerId}/redemption-codes` }),
  },
  {
    method: 'POST',
    route: '/redemptions',
    allowed: [...ADMINS, 'partner@410122', 'volunteer@410122(self)'],
    ok: 201,
    rule:
      'API: a volunteer redeems for itself; a partner only its own benefits, with the volunteer’s code; ' +
      'an administrator of the region on the volunteer’s behalf',
    request: async (f, actor) => ({
      path: '/redemptions',
      body: await redemptionBody(f, actor),
      headers: { 'idempotency-key': f.unique('matrix.') },
    }),
  },
  {
    method: 'GET',
    route: '/redemptions/{id}',
    allowed: [...READERS, 'partner@410122', 'volunteer@410122(self)'],
    ok: 200,
    rule: 'its volunteer, its venue, and readers of its region see a redemption',
    request: async (f) => ({ path: `/redemptions/${await f.freshHeldRedemption()}` }),
  },
  {
    method: 'POST',
    route: '/redemptions/{id}/capture',
    allowed: [...ADMINS, 'partner@410122'],
    ok: 200,
    rule: `${OWN_ONLY}; an administrator of the region may capture`,
    request: async (f) => ({ path: `/redemptions/${await f.freshHeldRedemption()}/capture` }),
  },
  {
    method: 'POST',
    route: '/redemptions/{id}/void',
    allowed: [...ADMINS, 'partner@410122', 'volunteer@410122(self)'],
    ok: 200,
    rule: `${OWN_ONLY}; the volunteer may call its own off; an administrator of the region may void`,
    request: async (f) => ({
      path: `/redemptions/${await f.freshHeldRedemption()}/void`,
      body: { reason: '顾客取消' },
    }),
  },
];
