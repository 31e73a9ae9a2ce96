import { randomBytes } from 'node:crypto';
import type { HttpClient } from '../support/http-client';
import type { TestApp } from '../support/test-app';
import { accountClient, registerVolunteer, scheduleActivity } from '../volunteering/support';

/** A partner venue of 中牟县 with a signed-in venue account, ready to offer benefits. */
export async function partnerVenue(t: TestApp, admin: HttpClient, regionCode = '410122') {
  const partner = await admin.post('/api/v1/partners', {
    name: '中牟县科技馆',
    regionCode,
    venueType: 'science-museum',
  });
  if (partner.status !== 201)
    throw new Error(`partner failed: ${partner.status} ${JSON.stringify(partner.body)}`);
  const venue = await accountClient(t, admin, 'partner', regionCode, { partnerId: partner.body.id });
  return { partnerId: partner.body.id as string, venue: venue.client };
}

export async function offerBenefit(
  admin: HttpClient,
  partnerId: string,
  terms: Partial<{
    title: string;
    pointsCost: number;
    minStarLevel: number;
    stock: number;
    perVolunteerLimit: number;
    validFrom: string;
    validTo: string;
  }> = {},
): Promise<string> {
  const response = await admin.post(`/api/v1/partners/${partnerId}/benefits`, {
    title: '科技馆特展门票',
    pointsCost: 100,
    minStarLevel: 0,
    stock: 10,
    perVolunteerLimit: 5,
    validFrom: '2026-01-01',
    validTo: '2026-12-31',
    ...terms,
  });
  if (response.status !== 201)
    throw new Error(`benefit failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.id;
}

/**
 * A volunteer of 中牟县 with confirmed service worth some points, and an account of its own. Points
 * come the way they always come: records confirmed by an administrator who did not record them.
 */
export async function volunteerWithPoints(
  t: TestApp,
  admin: HttpClient,
  recorder: HttpClient,
  activityId: string,
  sessions: readonly { startedAt: string; endedAt: string }[],
) {
  const volunteerId = (await registerVolunteer(admin, { regionCode: '410122' })).id as string;
  for (const session of sessions) {
    const recorded = await recorder.post('/api/v1/service-records', {
      volunteerId,
      activityId,
      ...session,
      content: '科普讲解',
    });
    if (recorded.status !== 201) throw new Error(`record failed: ${JSON.stringify(recorded.body)}`);
    const confirmed = await admin.post(`/api/v1/service-records/${recorded.body.id}/confirm`);
    if (confirmed.status !== 200) throw new Error(`confirm failed: ${JSON.stringify(confirmed.body)}`);
  }
  const account = await accountClient(t, admin, 'volunteer', '410122', { volunteerId });
  return { volunteerId, client: account.client };
}

export async function activityIn(t: TestApp, startsAt: string, endsAt: string): Promise<string> {
  return (await scheduleActivity(t, { regionCode: '410122', startsAt, endsAt })).activityId;
}

export const key = () => randomBytes(12).toString('hex');

export const redeemAs = (client: HttpClient, body: Record<string, unknown>, idempotencyKey = key()) =>
  client.post('/api/v1/redemptions', body, { 'idempotency-key': idempotencyKey });
