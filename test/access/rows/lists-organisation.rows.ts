import { ADMINS, type Endpoint, EVERY_ACCOUNT, READERS, VOLUNTEER_READERS } from '../endpoint';

/**
 * A list answers every staff role of any region: it holds only the rows inside the caller's region
 * (another region's staff get a page without the county's rows, not a refusal). Partner and
 * volunteer accounts have no such lists.
 */
const STAFF_OF_ANY_REGION = [...READERS, 'admin@410300', 'organiser@410300', 'auditor@410300'] as const;
const LISTS_ORGANISATION =
  'administrators, organisers and auditors list the organisation; a list holds only rows inside their region';
const READS_VOLUNTEER =
  'PRODUCT: a volunteer sees its own record; readers of the region see it; "a volunteer account only on itself"';

const list = (route: string, rule: string, allowed: Endpoint['allowed'] = STAFF_OF_ANY_REGION): Endpoint => ({
  method: 'GET',
  route,
  allowed,
  ok: 200,
  rule,
  request: () => ({ path: route }),
});

/** The access rows of the console's lists of the organisation, people and records, and of /auth/me. */
export const LISTS_ORGANISATION_ROWS: readonly Endpoint[] = [
  list('/auth/me', 'every account reads who it is', EVERY_ACCOUNT),
  list('/accounts', 'API: administrators manage accounts, each only inside its region', [
    ...ADMINS,
    'admin@410300',
  ]),
  list('/pilots', LISTS_ORGANISATION),
  list('/teams', LISTS_ORGANISATION),
  {
    method: 'GET',
    route: '/teams/{id}/members',
    allowed: READERS,
    ok: 200,
    rule: 'a team’s members are read by whoever reads the team: its region’s administrators, organisers and auditors',
    request: (f) => ({ path: `/teams/${f.teamId}/members?status=all` }),
  },
  list('/projects', LISTS_ORGANISATION),
  list('/stations', LISTS_ORGANISATION),
  list('/activities', LISTS_ORGANISATION),
  list('/volunteers', 'readers of a region find its volunteers; a volunteer account reads only itself'),
  list(
    '/service-records',
    'PRODUCT: administrators confirm records of their region (organisers record them, auditors read)',
  ),
  {
    method: 'GET',
    route: '/volunteers/{id}/monthly-hours',
    allowed: VOLUNTEER_READERS,
    ok: 200,
    rule: READS_VOLUNTEER,
    request: (f) => ({ path: `/volunteers/${f.volunteerId}/monthly-hours` }),
  },
  {
    method: 'GET',
    route: '/volunteers/{id}/family',
    allowed: VOLUNTEER_READERS,
    ok: 200,
    rule: `${READS_VOLUNTEER}; the family it registered is whom it may give time-bank minutes`,
    request: (f) => ({ path: `/volunteers/${f.volunteerId}/family` }),
  },
];
