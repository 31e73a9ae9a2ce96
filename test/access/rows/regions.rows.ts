import { type Endpoint, EVERY_ACCOUNT } from '../endpoint';

/** The names of the GB/T 2260 divisions are public (docs/api.md, Regions): every caller, anonymous included. */
export const PUBLIC_REGION_ROWS: readonly Endpoint[] = [
  {
    method: 'GET',
    route: '/regions',
    allowed: EVERY_ACCOUNT,
    public: true,
    ok: 200,
    rule: 'the names of provinces, cities and counties are no secret',
    request: () => ({ path: '/regions?parent=410100' }),
  },
  {
    method: 'GET',
    route: '/regions/{code}',
    allowed: EVERY_ACCOUNT,
    public: true,
    ok: 200,
    rule: 'the names of provinces, cities and counties are no secret',
    request: () => ({ path: '/regions/410122' }),
  },
];
