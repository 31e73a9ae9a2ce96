import { ManualClock } from '@ledger/application';
import type { HttpClient } from '../support/http-client';
import { startTestApp, type TestApp } from '../support/test-app';
import { accountClient, registerVolunteer, scheduleActivity, session } from '../volunteering/support';

/** The ledger for a star-round scenario: its clock, a province admin, an organiser who records, an activity. */
export interface StarsWorld {
  readonly t: TestApp;
  readonly clock: ManualClock;
  /** Province administrator (410000): confirms what the organiser records, defines rule sets. */
  readonly admin: HttpClient;
  /** City organiser (410100): records service anywhere in 郑州市. */
  readonly organiser: HttpClient;
  readonly activityId: string;
  adminOf(regionCode: string): Promise<HttpClient>;
  volunteer(regionCode: string): Promise<string>;
  /** Records and confirms `minutes` of service on `date` at `start`. */
  serve(volunteerId: string, date: string, minutes: number, start?: string): Promise<string>;
  ruleSet(body: object): Promise<string>;
}

/** Tuesday 10 March 2026, 12:00 in Shanghai. */
export const STARS_NOW = '2026-03-10T04:00:00Z';

export async function startStarsWorld(now = STARS_NOW): Promise<StarsWorld> {
  const clock = new ManualClock(new Date(now));
  const t = await startTestApp({}, undefined, clock);
  const admin = await t.admin();
  const organiser = (await accountClient(t, admin, 'organiser', '410100')).client;
  const { activityId } = await scheduleActivity(t, {
    regionCode: '410122',
    startsAt: '2025-12-01T08:00:00+08:00',
    endsAt: '2026-03-31T20:00:00+08:00',
  });
  const admins = new Map<string, HttpClient>();
  return {
    t,
    clock,
    admin,
    organiser,
    activityId,
    async adminOf(regionCode) {
      if (!admins.has(regionCode))
        admins.set(regionCode, (await accountClient(t, admin, 'admin', regionCode)).client);
      return admins.get(regionCode)!;
    },
    async volunteer(regionCode) {
      return (await registerVolunteer(admin, { regionCode })).id;
    },
    async serve(volunteerId, date, minutes, start = '09:00') {
      const recorded = await organiser.post('/api/v1/service-records', {
        volunteerId,
        activityId,
        ...session(start, minutes, date),
        content: '社区科普讲座',
      });
      if (recorded.status !== 201)
        throw new Error(`record: ${recorded.status} ${JSON.stringify(recorded.body)}`);
      const confirmed = await admin.post(`/api/v1/service-records/${recorded.body.id}/confirm`);
      if (confirmed.status !== 200)
        throw new Error(`confirm: ${confirmed.status} ${JSON.stringify(confirmed.body)}`);
      return recorded.body.id as string;
    },
    async ruleSet(body) {
      const response = await admin.post('/api/v1/rule-sets', body);
      if (response.status !== 201)
        throw new Error(`rule set: ${response.status} ${JSON.stringify(response.body)}`);
      return response.body.id as string;
    },
  };
}

/** Small thresholds so that a few confirmed sessions reach every star: 1/2/3/4/5 hours. */
export const SMALL_THRESHOLDS = [1, 2, 3, 4, 5];
