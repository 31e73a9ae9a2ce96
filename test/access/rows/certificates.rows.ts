import { created } from '../../organisation/organisation-helpers';
import type { ActorKey, Fixtures } from '../access-fixtures';
import { ADMINS, type Endpoint, EVERY_ACCOUNT, VOLUNTEER_READERS } from '../endpoint';

const issuerBody = (regionCode: string) => ({
  name: `科协 ${regionCode}`,
  regionCode,
  personInCharge: '负责人',
  handler: '经办人',
  contact: '0371-00000000',
});

/** The province's issuer, registered once by the matrix's root: every admin of Henan can issue through it. */
let provinceIssuer: Promise<string> | undefined;
const ensureProvinceIssuer = (f: Fixtures): Promise<string> =>
  (provinceIssuer ??= f.clients['admin@410000']
    .post('/api/v1/issuers', issuerBody('410000'))
    .then((response) => created(response).id as string));

/** A certificate of the subject volunteer, issued by the county's administrator. */
async function freshCertificate(f: Fixtures): Promise<string> {
  await ensureProvinceIssuer(f);
  return created(await f.clients['admin@410122'].post('/api/v1/certificates', { volunteerId: f.volunteerId }))
    .id;
}

/** Each admin registers the issuer of a region of its own that nobody else registers. */
const REGISTERED_REGION: Partial<Record<ActorKey, string>> = {
  'admin@410000': '410103',
  'admin@410100': '410102',
  'admin@410122': '410122',
};

/** The access rows of issuers and certificates that need a token; the public ones follow. */
export const CERTIFICATES_ROWS: readonly Endpoint[] = [
  {
    method: 'POST',
    route: '/issuers',
    allowed: ADMINS,
    ok: 201,
    rule: 'PRODUCT: administrators run their region; the issuing organisation of a region inside theirs',
    request: (_f, actor) => ({ path: '/issuers', body: issuerBody(REGISTERED_REGION[actor] ?? '410122') }),
  },
  {
    method: 'GET',
    route: '/issuers/{id}',
    allowed: EVERY_ACCOUNT,
    ok: 200,
    rule: 'an issuer, its person in charge, handler, contact and public keys are printed on every certificate',
    request: async (f) => ({ path: `/issuers/${await ensureProvinceIssuer(f)}` }),
  },
  {
    method: 'POST',
    route: '/issuers/{id}/keys/rotate',
    allowed: ['admin@410000'],
    ok: 200,
    rule: 'only administrators of the issuer’s region rotate its key (the province’s issuer: the province)',
    request: async (f) => ({ path: `/issuers/${await ensureProvinceIssuer(f)}/keys/rotate` }),
  },
  {
    method: 'POST',
    route: '/certificates',
    allowed: [...ADMINS, 'volunteer@410122(self)'],
    ok: 201,
    rule: 'PRODUCT/brief: administrators of the volunteer’s region issue; a volunteer account asks for its own',
    request: async (f) => {
      await ensureProvinceIssuer(f);
      return { path: '/certificates', body: { volunteerId: f.volunteerId } };
    },
  },
  {
    method: 'GET',
    route: '/certificates/{id}',
    allowed: VOLUNTEER_READERS,
    ok: 200,
    rule: 'readers of the volunteer’s region, and the volunteer itself',
    request: async (f) => ({ path: `/certificates/${await freshCertificate(f)}` }),
  },
  {
    method: 'POST',
    route: '/certificates/{id}/revoke',
    allowed: ADMINS,
    ok: 200,
    rule: 'PRODUCT: administrators issue and revoke certificates in their region',
    request: async (f) => ({
      path: `/certificates/${await freshCertificate(f)}/revoke`,
      body: { reason: '矩阵测试' },
    }),
  },
];

/**
 * Public routes (no token; API.md: `/api/v1/verify*` and the issuer keys): every caller, anonymous
 * included, gets the answer. The matrix has no notion of a public route yet (anonymous is always
 * expected to get 401), so these rows are kept here, out of FEATURE_ROWS, until it has one.
 */
export const PUBLIC_CERTIFICATE_ROWS: readonly Endpoint[] = [
  {
    method: 'GET',
    route: '/issuers/{id}/keys',
    allowed: EVERY_ACCOUNT,
    public: true,
    ok: 200,
    rule: 'API.md: public issuer keys',
    request: async (f) => ({ path: `/issuers/${await ensureProvinceIssuer(f)}/keys` }),
  },
  {
    method: 'GET',
    route: '/issuers/{id}/status-lists/{n}',
    allowed: EVERY_ACCOUNT,
    public: true,
    ok: 200,
    rule: 'the revocation list a credential points at is public',
    request: async (f) => ({ path: `/issuers/${await ensureProvinceIssuer(f)}/status-lists/2026` }),
  },
  {
    method: 'GET',
    route: '/verify/{number}',
    allowed: EVERY_ACCOUNT,
    public: true,
    ok: 200,
    rule: 'API.md: public verification by number',
    request: () => ({ path: '/verify/410000-2026-000001' }),
  },
  {
    method: 'POST',
    route: '/verify',
    allowed: EVERY_ACCOUNT,
    public: true,
    ok: 200,
    rule: 'API.md: public verification of a credential',
    request: () => ({ path: '/verify', body: { type: ['VerifiableCredential'] } }),
  },
];
