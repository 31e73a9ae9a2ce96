import { randomBytes } from 'node:crypto';
import { volunteerStream } from '@ledger/domain';
import { EVENT_STORE, type EventStore } from '@ledger/event-store';
import type { HttpClient, Response } from '../support/http-client';
import type { TestApp } from '../support/test-app';

export const ZHENGZHOU = '410100';
export const ZHONGMU = '410122';
export const XINZHENG = '410184';
export const LUOYANG = '410300';

export const headPosition = async (t: TestApp): Promise<number> =>
  (await t.http.get('/health')).body.eventLog.position;

/**
 * A volunteer exists when their stream has events. Volunteers are registered by the volunteering
 * feature; until these tests can call it, they put a marker event (no read model reads its type)
 * on the volunteer's stream.
 */
export async function seedVolunteers(t: TestApp, count: number): Promise<string[]> {
  const store = t.app.get<EventStore>(EVENT_STORE);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = `vol-${randomBytes(12).toString('hex')}`;
    await store.append(volunteerStream(id), [
      {
        id: randomBytes(16).toString('hex'),
        type: 'OrganisationTestVolunteerSeeded',
        data: { volunteerId: id },
      },
    ]);
    ids.push(id);
  }
  return ids;
}

export async function signInAs(
  t: TestApp,
  admin: HttpClient,
  username: string,
  role: string,
  regionCode: string,
  extra: object = {},
): Promise<HttpClient> {
  const password = `${username}-password`;
  const created = await admin.post('/api/v1/accounts', { username, password, role, regionCode, ...extra });
  if (created.status !== 201)
    throw new Error(`account ${username}: ${created.status} ${JSON.stringify(created.body)}`);
  return t.http.signIn(username, password);
}

export const pilotBody = (extra: object = {}) => ({
  name: '中牟县科技志愿服务体系建设试点',
  level: 'county',
  regionCode: ZHONGMU,
  fundedOn: '2026-03-01',
  ...extra,
});

export const teamBody = (extra: object = {}) => ({
  name: '郑州大学科技志愿服务队',
  regionCode: ZHONGMU,
  institution: { kind: 'university', name: '郑州大学' },
  ...extra,
});

export const projectBody = (teamId: string, extra: object = {}) => ({
  name: '乡村振兴科技服务行',
  teamId,
  regionCode: ZHONGMU,
  field: 'rural-revitalization',
  ...extra,
});

export const stationBody = (extra: object = {}) => ({
  name: '中牟县科技馆科技志愿服务站',
  regionCode: ZHONGMU,
  venueType: 'science-museum',
  ...extra,
});

export const ALL_MUSTS = {
  site: true,
  team: true,
  project: true,
  facilities: true,
  rules: true,
  signage: true,
};

export const activityBody = (projectId: string, extra: object = {}) => ({
  projectId,
  title: '学雷锋科普进社区',
  startsAt: '2026-03-05T09:00:00+08:00',
  endsAt: '2026-03-05T11:30:00+08:00',
  regionCode: ZHONGMU,
  ...extra,
});

export function created(response: Response): any {
  if (response.status !== 201)
    throw new Error(`expected 201, got ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

export const fieldsOf = (response: Response): string[] =>
  (response.body.errors ?? []).map((e: { field: string }) => e.field).sort();
