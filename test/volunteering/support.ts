import { randomBytes } from 'node:crypto';
import { type ActivityScheduled, activityStream, residentIdCheckCharacter } from '@ledger/domain';
import { EVENT_STORE, type EventStore } from '@ledger/event-store';
import { DateTime } from 'luxon';
import type { HttpClient, Response } from '../support/http-client';
import type { TestApp } from '../support/test-app';

let counter = 0;

/** A fresh resident ID number with a valid check character (born in Zhengzhou some day after 1970). */
export function residentId(): string {
  counter++;
  const birth = DateTime.fromISO('1970-01-01').plus({
    days: (counter * 37 + Number(randomBytes(2).readUInt16BE() % 5000)) % 15000,
  });
  const first17 = `410105${birth.toFormat('yyyyMMdd')}${String((counter * 7) % 1000).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
}

export const volunteerBody = (overrides: Record<string, unknown> = {}) => ({
  name: '李华',
  idType: 'resident-id',
  idNumber: residentId(),
  phone: `139${String(10_000_000 + Math.floor(Math.random() * 89_999_999)).slice(0, 8)}`,
  regionCode: '410122',
  consent: true,
  ...overrides,
});

export async function registerVolunteer(client: HttpClient, overrides: Record<string, unknown> = {}) {
  const response = await client.post('/api/v1/volunteers', volunteerBody(overrides));
  if (response.status !== 201)
    throw new Error(`registration failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as { id: string; volunteerNo: string; regionCode: string };
}

/**
 * Schedules an activity by appending its event straight to the store, as the organisation feature
 * would: the service-record rules read only that event.
 */
export async function scheduleActivity(
  t: TestApp,
  data: Partial<ActivityScheduled['data']> = {},
): Promise<ActivityScheduled['data']> {
  const activityId = data.activityId ?? `act-${randomBytes(12).toString('hex')}`;
  const event: ActivityScheduled['data'] = {
    activityId,
    projectId: 'prj-000000000000000000000001',
    pilotId: 'plt-000000000000000000000001',
    title: '社区科普讲座',
    // A month-long exhibition, so that sessions on any day of March 2026 belong to it.
    startsAt: '2026-03-01T08:00:00+08:00',
    endsAt: '2026-03-31T20:00:00+08:00',
    regionCode: '410122',
    stationId: null,
    campaigns: ['xueleifeng-2026'],
    scheduledBy: 'acc-test',
    scheduledAt: '2026-03-01T09:00:00+08:00',
    ...data,
  };
  const store = t.app.get<EventStore>(EVENT_STORE);
  await store.append(
    activityStream(activityId),
    [{ id: randomBytes(16).toString('hex'), type: 'ActivityScheduled', data: event as never }],
    { expectedRevision: 'no_stream' },
  );
  return event;
}

/** A registered partner venue of a region: what a partner account belongs to. */
export async function partnerIn(admin: HttpClient, regionCode = '410122'): Promise<string> {
  const response = await admin.post('/api/v1/partners', {
    name: '中牟县科技馆',
    regionCode,
    venueType: 'science-museum',
  });
  if (response.status !== 201)
    throw new Error(`partner failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.id;
}

/** Creates an account and returns a client signed in as it. */
export async function accountClient(
  t: TestApp,
  admin: HttpClient,
  role: string,
  regionCode: string,
  extra: Record<string, string> = {},
): Promise<{ client: HttpClient; id: string; username: string }> {
  const username = `${role}.${randomBytes(5).toString('hex')}`;
  const password = `${username}-password`;
  const response = await admin.post('/api/v1/accounts', { username, password, role, regionCode, ...extra });
  if (response.status !== 201)
    throw new Error(`account failed: ${response.status} ${JSON.stringify(response.body)}`);
  return { client: await t.http.signIn(username, password), id: response.body.id, username };
}

export const headPosition = async (t: TestApp): Promise<number> =>
  (await t.http.get('/health')).body.eventLog.position;

export const fieldsOf = (response: Response): string[] =>
  (response.body.errors ?? []).map((e: { field: string }) => e.field).sort();

/** A session of the given length on 5 March 2026, starting at `start` (HH:mm). */
export const session = (start: string, minutes: number, date = '2026-03-05') => {
  const from = DateTime.fromISO(`${date}T${start}:00`, { zone: 'Asia/Shanghai' });
  return {
    startedAt: from.toISO({ suppressMilliseconds: true })!,
    endedAt: from.plus({ minutes }).toISO({ suppressMilliseconds: true })!,
  };
};
