import { ManualClock } from '@ledger/application';
import { DateTime } from 'luxon';
import {
  activityBody,
  created,
  LUOYANG,
  pilotBody,
  projectBody,
  stationBody,
  teamBody,
  ZHONGMU,
  zhongmuResident,
} from '../organisation/organisation-helpers';
import type { HttpClient } from '../support/http-client';
import { ADMIN_PASSWORD, startTestApp, type TestApp } from '../support/test-app';

/**
 * The callers of the matrix. Resources live in 中牟县 410122; "@410300" callers are the same roles in
 * 洛阳市, outside it. The volunteer "(self)" is the account of the subject volunteer, "(other)" the
 * account of another volunteer of the same county.
 */
export const ACTORS = [
  'admin@410000',
  'admin@410100',
  'admin@410122',
  'organiser@410122',
  'auditor@410100',
  'partner@410122',
  'volunteer@410122(self)',
  'volunteer@410122(other)',
  'admin@410300',
  'organiser@410300',
  'auditor@410300',
  'partner@410300',
  'volunteer@410300',
  'anonymous',
] as const;
export type ActorKey = (typeof ACTORS)[number];
export type SignedInActor = Exclude<ActorKey, 'anonymous'>;

/** The region code an actor's account acts in (anonymous has none; the county stands in for bodies). */
export const regionOf = (actor: ActorKey): string =>
  actor === 'anonymous' ? ZHONGMU : /@(\d{6})/.exec(actor)![1];

const roleOf = (actor: SignedInActor): string => actor.split('@')[0];

/** What every cell can build its request from: the signed-in callers and the shared resources. */
export interface Fixtures {
  readonly t: TestApp;
  readonly clients: Record<SignedInActor, HttpClient>;
  readonly accountIds: Record<SignedInActor, string>;
  /** An organiser of the county outside the matrix: it records the fixtures' service, so no admin is their recorder. */
  readonly deskAccountId: string;
  /** The subject volunteer (410122), whose account is volunteer@410122(self). */
  readonly volunteerId: string;
  readonly pilotId: string;
  readonly teamId: string;
  readonly projectId: string;
  readonly stationId: string;
  readonly activityId: string;
  /** A pending record of the subject volunteer in the county's activity, for reads. */
  readonly recordId: string;
  readonly freshTeam: () => Promise<string>;
  readonly freshTeamWithMember: () => Promise<string>;
  readonly freshStation: () => Promise<string>;
  readonly freshVolunteer: () => Promise<string>;
  /** A pending record of the subject volunteer, recorded by the desk, in a time slot of its own. */
  readonly freshPendingRecord: () => Promise<string>;
  /** The county's partner venue (partner@410122 acts for it) and a one-point benefit it offers. */
  readonly partnerId: string;
  readonly benefitId: string;
  /** A one-time code the subject volunteer shows at the venue. */
  readonly freshVolunteerCode: () => Promise<string>;
  /** A held redemption of the subject volunteer for the benefit. */
  readonly freshHeldRedemption: () => Promise<string>;
  /** A volunteer account bound to the volunteer, signed in. */
  readonly accountOf: (volunteerId: string) => Promise<HttpClient>;
  /** 30 minutes of service in a slot no other call gets, so confirmations never overlap. */
  readonly nextSession: () => { startedAt: string; endedAt: string };
  readonly unique: (prefix: string) => string;
}

/** "Now" for the whole run: after every session the fixtures record, so none is in the future. */
const NOW = new Date('2026-06-15T02:00:00Z');
const FIRST_SLOT = DateTime.fromISO('2026-04-01T08:00:00', { zone: 'Asia/Shanghai' });

/** The real app on a temporary SQLite folder, its clock held at NOW. */
/** Webhooks of the matrix point at 127.0.0.1 (nothing listens there: deliveries fail and are retried). */
export const startMatrixApp = (): Promise<TestApp> =>
  startTestApp({ LEDGER_WEBHOOK_ALLOW_HOSTS: '127.0.0.1' }, undefined, new ManualClock(NOW));

export async function setUpFixtures(t: TestApp): Promise<Fixtures> {
  // The first administrator (province) sets the fixtures up; it is also the matrix's admin@410000.
  const root = await t.admin();
  let counter = 0;
  const unique = (prefix: string) => `${prefix}${++counter}`;
  let slot = 0;
  const nextSession = () => {
    const from = FIRST_SLOT.plus({ minutes: 45 * slot++ });
    return {
      startedAt: from.toISO({ suppressMilliseconds: true })!,
      endedAt: from.plus({ minutes: 30 }).toISO({ suppressMilliseconds: true })!,
    };
  };

  const createAccount = async (role: string, regionCode: string, extra: object = {}) => {
    const username = unique(`m.${role}.${regionCode}.`);
    const password = `${username}-password`;
    const account = created(
      await root.post('/api/v1/accounts', { username, password, role, regionCode, ...extra }),
    );
    return { id: account.id as string, client: await t.http.signIn(username, password) };
  };
  const registerVolunteer = async (regionCode = ZHONGMU): Promise<string> =>
    created(await root.post('/api/v1/volunteers', zhongmuResident({ regionCode }))).id;

  // One at a time: registrations of a county share its volunteer-number counter.
  const volunteerId = await registerVolunteer();
  const otherVolunteerId = await registerVolunteer();
  const luoyangVolunteerId = await registerVolunteer(LUOYANG);
  // Partner accounts act for real partner venues, one in the county and one outside it.
  const partnerIn = async (regionCode: string, name: string): Promise<string> =>
    created(await root.post('/api/v1/partners', { name, regionCode, venueType: 'science-museum' })).id;
  const partnerId = await partnerIn(ZHONGMU, '中牟县科技馆');
  const luoyangPartnerId = await partnerIn(LUOYANG, '洛阳博物馆');
  const bindings: Partial<Record<SignedInActor, object>> = {
    'partner@410122': { partnerId },
    'partner@410300': { partnerId: luoyangPartnerId },
    'volunteer@410122(self)': { volunteerId },
    'volunteer@410122(other)': { volunteerId: otherVolunteerId },
    'volunteer@410300': { volunteerId: luoyangVolunteerId },
  };
  const others = ACTORS.filter((key): key is SignedInActor => key !== 'anonymous' && key !== 'admin@410000');
  const [desk, ...made] = await Promise.all([
    createAccount('organiser', ZHONGMU),
    ...others.map((key) => createAccount(roleOf(key), regionOf(key), bindings[key])),
  ]);
  const clients = { 'admin@410000': root } as Record<SignedInActor, HttpClient>;
  const accountIds = { 'admin@410000': await accountIdOf(t, 'admin', ADMIN_PASSWORD) } as Record<
    SignedInActor,
    string
  >;
  others.forEach((key, i) => {
    clients[key] = made[i].client;
    accountIds[key] = made[i].id;
  });

  const pilotId = created(await root.post('/api/v1/pilots', pilotBody())).id;
  const teamId = created(await root.post('/api/v1/teams', teamBody({ pilotId }))).id;
  const projectId = created(await root.post('/api/v1/projects', projectBody(teamId, { pilotId }))).id;
  const stationId = created(await root.post('/api/v1/stations', stationBody({ pilotId }))).id;
  // A month-long activity: every cell's session falls inside it, each in a slot of its own.
  const activityId = created(
    await root.post(
      '/api/v1/activities',
      activityBody(projectId, {
        stationId,
        startsAt: FIRST_SLOT.toISO({ suppressMilliseconds: true }),
        endsAt: FIRST_SLOT.plus({ days: 30 }).toISO({ suppressMilliseconds: true }),
      }),
    ),
  ).id;

  // The subject volunteer earns points: confirmed service (recorded by the desk, confirmed by root).
  for (let i = 0; i < 8; i++) {
    const recordId = created(
      await desk.client.post('/api/v1/service-records', {
        volunteerId,
        activityId,
        ...nextSession(),
        content: '科普讲解',
      }),
    ).id as string;
    const confirmed = await root.post(`/api/v1/service-records/${recordId}/confirm`);
    if (confirmed.status !== 200)
      throw new Error(`fixture: confirm failed ${JSON.stringify(confirmed.body)}`);
  }
  // A benefit of the county's venue costing one point, with stock and limit for every cell.
  const benefitId = created(
    await root.post(`/api/v1/partners/${partnerId}/benefits`, {
      title: '科技馆门票',
      pointsCost: 1,
      minStarLevel: 0,
      stock: 10_000,
      perVolunteerLimit: 10_000,
      validFrom: '2026-01-01',
      validTo: '2026-12-31',
    }),
  ).id as string;
  const self = clients['volunteer@410122(self)'];
  const freshVolunteerCode = async () =>
    created(await self.post(`/api/v1/volunteers/${volunteerId}/redemption-codes`)).code as string;
  const freshHeldRedemption = async () =>
    created(await self.post('/api/v1/redemptions', { benefitId }, { 'idempotency-key': unique('k.') }))
      .id as string;

  const freshTeam = async () => created(await root.post('/api/v1/teams', teamBody())).id as string;
  const freshPendingRecord = async () =>
    created(
      await desk.client.post('/api/v1/service-records', {
        volunteerId,
        activityId,
        ...nextSession(),
        content: '科普讲解',
      }),
    ).id as string;

  return {
    t,
    clients,
    accountIds,
    deskAccountId: desk.id,
    volunteerId,
    pilotId,
    teamId,
    projectId,
    stationId,
    activityId,
    recordId: await freshPendingRecord(),
    partnerId,
    benefitId,
    freshVolunteerCode,
    freshHeldRedemption,
    freshTeam,
    freshTeamWithMember: async () => {
      const id = await freshTeam();
      created(await root.post(`/api/v1/teams/${id}/members`, { volunteerId }));
      return id;
    },
    freshStation: async () => created(await root.post('/api/v1/stations', stationBody())).id as string,
    freshVolunteer: () => registerVolunteer(),
    freshPendingRecord,
    accountOf: async (id: string) => (await createAccount('volunteer', ZHONGMU, { volunteerId: id })).client,
    nextSession,
    unique,
  };
}

/** An account's id as the API tells it: the subject of the access token it signs in with. */
async function accountIdOf(t: TestApp, username: string, password: string): Promise<string> {
  const token = (await t.http.post('/api/v1/auth/token', { username, password })).body.accessToken as string;
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).sub as string;
}

export const headPosition = async (t: TestApp): Promise<number> =>
  (await t.http.get('/health')).body.eventLog.position;
