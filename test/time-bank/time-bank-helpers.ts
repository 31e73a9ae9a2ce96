import { DateTime } from 'luxon';
import type { HttpClient } from '../support/http-client';
import type { TestApp } from '../support/test-app';
import { accountClient, registerVolunteer, scheduleActivity } from '../volunteering/support';

/** Summary and history of a volunteer are JSON from the API. */
export interface Summary {
  timeBank: { balanceMinutes: number };
  points: {
    available: number;
    held: number;
    earned: number;
    spent: number;
    expired: number;
    expiring: { expiresOn: string; points: number }[];
  };
  [field: string]: unknown;
}

/**
 * A county (中牟县 410122) with an organiser who records service and the province administrator
 * who confirms it: each `deposit` is a confirmed session, so its minutes reach the time bank the
 * way the product deposits them. Sessions of a volunteer fall on days of their own in the activity.
 */
export async function timeBankCounty(t: TestApp, year = 2026) {
  const admin = await t.admin();
  const countyAdmin = (await accountClient(t, admin, 'admin', '410122')).client;
  const organiser = (await accountClient(t, admin, 'organiser', '410122')).client;
  const activity = await scheduleActivity(t, {
    regionCode: '410122',
    startsAt: `${year}-03-01T08:00:00+08:00`,
    endsAt: `${year}-03-28T20:00:00+08:00`,
    scheduledAt: `${year}-03-01T07:00:00+08:00`,
    campaigns: [],
  });
  const days = new Map<string, number>();

  const volunteer = async (overrides: Record<string, unknown> = {}) =>
    (await registerVolunteer(admin, { regionCode: '410122', ...overrides })).id;

  /** Records `minutes` (≤ 600) of service for the volunteer and confirms it. */
  const deposit = async (volunteerId: string, minutes: number): Promise<void> => {
    const day = (days.get(volunteerId) ?? 0) + 1;
    days.set(volunteerId, day);
    const from = DateTime.fromISO(`${year}-03-01T08:00:00`, { zone: 'Asia/Shanghai' }).plus({
      days: day - 1,
    });
    const recorded = await organiser.post('/api/v1/service-records', {
      volunteerId,
      activityId: activity.activityId,
      startedAt: from.toISO({ suppressMilliseconds: true }),
      endedAt: from.plus({ minutes }).toISO({ suppressMilliseconds: true }),
      content: '社区科普讲解',
    });
    if (recorded.status !== 201)
      throw new Error(`record: ${recorded.status} ${JSON.stringify(recorded.body)}`);
    const confirmed = await admin.post(`/api/v1/service-records/${recorded.body.id}/confirm`);
    if (confirmed.status !== 200)
      throw new Error(`confirm: ${confirmed.status} ${JSON.stringify(confirmed.body)}`);
  };

  const summaryOf = async (volunteerId: string): Promise<Summary> =>
    (await admin.get(`/api/v1/volunteers/${volunteerId}/summary`)).body;

  const historyOf = async (volunteerId: string) =>
    (await admin.get(`/api/v1/volunteers/${volunteerId}/history`)).body.items as {
      kind: string;
      delta: number;
      balanceAfter: number;
      reason: string;
      source: { type: string; id: string };
    }[];

  /** A volunteer account bound to the volunteer, signed in. */
  const selfOf = async (volunteerId: string): Promise<HttpClient> =>
    (await accountClient(t, admin, 'volunteer', '410122', { volunteerId })).client;

  return { admin, countyAdmin, organiser, activity, volunteer, deposit, summaryOf, historyOf, selfOf };
}

export const balanceOf = async (
  county: { summaryOf: (id: string) => Promise<Summary> },
  volunteerId: string,
): Promise<number> => (await county.summaryOf(volunteerId)).timeBank.balanceMinutes;
