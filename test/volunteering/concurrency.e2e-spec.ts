import { ManualClock } from '@ledger/application';
import type { HttpClient } from '../support/http-client';
import { startTestApp, type TestApp } from '../support/test-app';
import { accountClient, registerVolunteer, scheduleActivity, session, volunteerBody } from './support';

describe('rules decided on the stream hold under concurrent requests', () => {
  let t: TestApp;
  let admin: HttpClient;
  let admins: HttpClient[];
  let organiser: HttpClient;
  let activityId: string;

  beforeAll(async () => {
    t = await startTestApp({}, undefined, new ManualClock(new Date('2026-03-10T04:00:00Z')));
    admin = await t.admin();
    admins = [];
    for (let i = 0; i < 4; i++) admins.push((await accountClient(t, admin, 'admin', '410122')).client);
    organiser = (await accountClient(t, admin, 'organiser', '410122')).client;
    activityId = (await scheduleActivity(t, { regionCode: '410122' })).activityId;
  });
  afterAll(() => t.close());

  it('confirming overlapping records of one volunteer in parallel: exactly one succeeds, the others are OVERLAPPING_SERVICE', async () => {
    for (let round = 0; round < 5; round++) {
      const volunteerId = (await registerVolunteer(admin, { regionCode: '410122' })).id;
      const ids: string[] = [];
      for (const start of ['09:00', '09:30', '10:00', '10:15']) {
        const response = await organiser.post('/api/v1/service-records', {
          volunteerId,
          activityId,
          ...session(start, 120),
          content: '讲解',
        });
        ids.push(response.body.id);
      }
      const answers = await Promise.all(
        ids.map((id, i) => admins[i].post(`/api/v1/service-records/${id}/confirm`)),
      );
      const statuses = answers.map((a) => a.status).sort();
      expect(statuses).toEqual([200, 422, 422, 422]);
      for (const a of answers.filter((x) => x.status === 422))
        expect(a.body.code).toBe('OVERLAPPING_SERVICE');
      const summary = (await admin.get(`/api/v1/volunteers/${volunteerId}/summary`)).body;
      expect(summary).toMatchObject({ confirmedMinutes: 120, pendingMinutes: 360 });
    }
  });

  it('registering the same ID number in parallel: exactly one 201, the others 409', async () => {
    const body = volunteerBody({ regionCode: '410122' });
    const answers = await Promise.all(admins.map((client) => client.post('/api/v1/volunteers', body)));
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409, 409]);
  });

  it('registering many volunteers in parallel hands out distinct, consecutive numbers', async () => {
    // A county of its own, so its counter starts at 1; the registering admins are of the city.
    const cityAdmins: HttpClient[] = [];
    for (let i = 0; i < 4; i++) cityAdmins.push((await accountClient(t, admin, 'admin', '410100')).client);
    const answers = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        cityAdmins[i % cityAdmins.length].post('/api/v1/volunteers', volunteerBody({ regionCode: '410183' })),
      ),
    );
    expect(answers.every((a) => a.status === 201)).toBe(true);
    const numbers = answers.map((a) => a.body.volunteerNo).sort();
    expect(numbers).toEqual(
      Array.from({ length: 16 }, (_, i) => `410183-2026-${String(i + 1).padStart(6, '0')}`),
    );
  });
});
