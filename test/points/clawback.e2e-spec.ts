import { ManualClock } from '@ledger/application';
import type { HttpClient } from '../support/http-client';
import { startTestApp, type TestApp } from '../support/test-app';
import { accountClient, registerVolunteer, scheduleActivity, session } from '../volunteering/support';

/**
 * Points taken back by a void or a correction show in the summary as `clawedBack`, so that its
 * figures add up: earned − clawedBack − spent − expired − held = available. Figures by hand: 10
 * points a confirmed hour, 8 and 9 March 2026 outside every campaign, lots earned in 2026 last
 * until 2028-12-31.
 */
describe('points clawed back, in the summary', () => {
  let t: TestApp;
  let organiser: HttpClient;
  let countyAdmin: HttpClient;
  let admin: HttpClient;
  let activityId: string;
  const clock = new ManualClock(new Date('2026-03-10T04:00:00Z')); // 12:00 in Shanghai

  beforeAll(async () => {
    t = await startTestApp({}, undefined, clock);
    admin = await t.admin();
    organiser = (await accountClient(t, admin, 'organiser', '410122')).client;
    countyAdmin = (await accountClient(t, admin, 'admin', '410122')).client;
    activityId = (await scheduleActivity(t, { regionCode: '410122' })).activityId;
  });
  afterAll(() => t.close());

  const newVolunteer = async () => (await registerVolunteer(admin, { regionCode: '410122' })).id;
  const pointsOf = async (volunteerId: string) => {
    const response = await countyAdmin.get(`/api/v1/volunteers/${volunteerId}/summary`);
    expect(response.status).toBe(200);
    return response.body.points;
  };
  /** Records three hours on `date` from 09:00 (by the organiser) and confirms them (by the county). */
  const confirmedThreeHours = async (volunteerId: string, date: string): Promise<string> => {
    const recorded = await organiser.post('/api/v1/service-records', {
      volunteerId,
      activityId,
      ...session('09:00', 180, date),
      content: '社区科普讲座',
    });
    expect(recorded.status).toBe(201);
    const id = recorded.body.id as string;
    expect((await countyAdmin.post(`/api/v1/service-records/${id}/confirm`)).status).toBe(200);
    return id;
  };

  it('a void takes back the 30 points of a 3-hour record: earned 30, clawed back 30, available 0', async () => {
    const volunteerId = await newVolunteer();
    const id = await confirmedThreeHours(volunteerId, '2026-03-09');
    expect(await pointsOf(volunteerId)).toEqual({
      available: 30,
      held: 0,
      earned: 30,
      clawedBack: 0,
      spent: 0,
      expired: 0,
      expiring: [{ expiresOn: '2028-12-31', points: 30 }],
    });

    const voided = await countyAdmin.post(`/api/v1/service-records/${id}/void`, { reason: '重复登记' });
    expect(voided.status).toBe(200);
    expect(await pointsOf(volunteerId)).toEqual({
      available: 0,
      held: 0,
      earned: 30,
      clawedBack: 30,
      spent: 0,
      expired: 0,
      expiring: [],
    });
  });

  it('a correction from 3 hours to 1 takes back 20 of 30: earned 30, clawed back 20, available 10', async () => {
    const volunteerId = await newVolunteer();
    const id = await confirmedThreeHours(volunteerId, '2026-03-08');
    expect(await pointsOf(volunteerId)).toMatchObject({ available: 30, earned: 30, clawedBack: 0 });

    const corrected = await countyAdmin.post(`/api/v1/service-records/${id}/corrections`, {
      ...session('09:00', 60, '2026-03-08'),
      reason: '结束时间登记有误',
    });
    expect(corrected.status).toBe(200);
    expect(corrected.body).toMatchObject({ status: 'confirmed', minutes: 60 });
    expect(await pointsOf(volunteerId)).toEqual({
      available: 10,
      held: 0,
      earned: 30,
      clawedBack: 20,
      spent: 0,
      expired: 0,
      expiring: [{ expiresOn: '2028-12-31', points: 10 }],
    });
  });

  it('the OpenAPI document names the six figures of API.md’s points object', async () => {
    const docs = await t.http.get('/api/docs-json');
    expect(docs.status).toBe(200);
    const summary = docs.body.components.schemas.VolunteerSummaryDto;
    const points = docs.body.components.schemas[summary.properties.points.$ref.split('/').pop()];
    expect(Object.keys(points.properties)).toEqual(
      expect.arrayContaining(['available', 'held', 'earned', 'clawedBack', 'spent', 'expired', 'expiring']),
    );
    expect(points.required).toEqual(expect.arrayContaining(['clawedBack']));
  });
});
