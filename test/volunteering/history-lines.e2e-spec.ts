import { ManualClock } from '@ledger/application';
import type { HttpClient } from '../support/http-client';
import { startTestApp, type TestApp } from '../support/test-app';
import { accountClient, registerVolunteer, scheduleActivity, session } from './support';

describe("a volunteer's history names the service behind each line", () => {
  let t: TestApp;
  let admin: HttpClient;
  // Confirmed on 10 March at 12:00 Beijing time.
  const clock = new ManualClock(new Date('2026-03-10T04:00:00Z'));

  beforeAll(async () => {
    t = await startTestApp({}, undefined, clock);
    admin = await t.admin();
  });
  afterAll(() => t.close());

  it('a line from a service record carries the activity and the Beijing day the service began', async () => {
    const countyAdmin = (await accountClient(t, admin, 'admin', '410122')).client;
    const organiser = (await accountClient(t, admin, 'organiser', '410122')).client;
    const { activityId } = await scheduleActivity(t, { regionCode: '410122', title: '青少年科技馆讲解' });
    const volunteerId = (await registerVolunteer(admin, { regionCode: '410122' })).id;
    // 00:30 on 5 March in Beijing is still 4 March in UTC: the day served is Beijing's.
    const recorded = await organiser.post('/api/v1/service-records', {
      volunteerId,
      activityId,
      ...session('00:30', 90),
      content: '展厅讲解',
    });
    expect(recorded.status).toBe(201);
    expect((await countyAdmin.post(`/api/v1/service-records/${recorded.body.id}/confirm`)).status).toBe(200);

    const history = await admin.get(`/api/v1/volunteers/${volunteerId}/history`);
    expect(history.status).toBe(200);
    const lines = history.body.items as Record<string, unknown>[];
    expect(lines.map((line) => line.kind).sort()).toEqual(['hours', 'points', 'time-bank']);
    for (const line of lines) {
      expect(line).toMatchObject({
        source: { type: 'service-record', id: recorded.body.id },
        activity: { id: activityId, title: '青少年科技馆讲解' },
        servedOn: '2026-03-05',
      });
    }
    // `at` stays the time of the change: the hours line's is the confirmation.
    const hours = lines.find((line) => line.kind === 'hours')!;
    expect(new Date(hours.at as string).toISOString()).toBe('2026-03-10T04:00:00.000Z');
    // No line moves nothing: the service earned points, so every delta is an amount.
    expect(lines.every((line) => line.delta !== 0)).toBe(true);
  });

  it('a line of no service record names none', async () => {
    const volunteerId = (await registerVolunteer(admin, { regionCode: '410122' })).id;
    const trained = await admin.post(`/api/v1/volunteers/${volunteerId}/trainings`, {
      course: '科普讲解员培训',
      completedOn: '2026-03-09',
      minutes: 120,
    });
    expect(trained.status).toBe(201);
    const lines = (await admin.get(`/api/v1/volunteers/${volunteerId}/history`)).body.items as Record<
      string,
      unknown
    >[];
    for (const line of lines) {
      expect(line.activity).toBeUndefined();
      expect(line.servedOn).toBeUndefined();
    }
  });
});
