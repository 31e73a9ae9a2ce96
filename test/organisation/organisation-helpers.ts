import { residentIdCheckCharacter } from '@ledger/domain';
import { DateTime } from 'luxon';
import type { HttpClient, Response } from '../support/http-client';
import type { TestApp } from '../support/test-app';

export const ZHENGZHOU = '410100';
export const ZHONGMU = '410122';
export const XINZHENG = '410184';
export const LUOYANG = '410300';

export const headPosition = async (t: TestApp): Promise<number> =>
  (await t.http.get('/health')).body.eventLog.position;

const SURNAMES = [...'王李张刘陈杨赵黄周吴徐孙马朱胡郭何'];
const GIVEN_NAMES = ['建国', '秀英', '志强', '丽娟', '海燕', '子涵', '浩然', '雨欣', '俊杰', '欣怡', '明辉'];
let residents = 0;

/**
 * A registration of a new resident of 中牟县 as the desk would enter it: a resident ID number of the
 * county with its GB 11643 check character (an adult, born 1960–2003), a mobile number, consent.
 * Each call is another person, so registrations never collide on the ID number.
 */
export function zhongmuResident(extra: object = {}) {
  const n = residents++;
  const born = DateTime.fromISO('1960-01-01').plus({ days: (n * 389) % 16_000 });
  const first17 = `${ZHONGMU}${born.toFormat('yyyyMMdd')}${String(n % 1000).padStart(3, '0')}`;
  return {
    name: SURNAMES[n % SURNAMES.length] + GIVEN_NAMES[n % GIVEN_NAMES.length],
    idType: 'resident-id',
    idNumber: first17 + residentIdCheckCharacter(first17),
    phone: `1390371${String(n % 10_000).padStart(4, '0')}`,
    regionCode: ZHONGMU,
    consent: true,
    ...extra,
  };
}

/**
 * Registers `count` volunteers through POST /volunteers, a few requests at a time (they share the
 * county's volunteer-number counter, so a whole crowd at once would only race on it).
 */
export async function registerVolunteers(
  client: HttpClient,
  count: number,
  extra: object = {},
  batchSize = 8,
): Promise<string[]> {
  const ids: string[] = [];
  while (ids.length < count) {
    const batch = Array.from({ length: Math.min(batchSize, count - ids.length) }, () =>
      client.post('/api/v1/volunteers', zhongmuResident(extra)),
    );
    for (const response of await Promise.all(batch)) ids.push(created(response).id);
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
