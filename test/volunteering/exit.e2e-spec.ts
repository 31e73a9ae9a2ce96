import { ManualClock } from '@ledger/application';
import type { HttpClient } from '../support/http-client';
import { expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';
import { accountClient, registerVolunteer, scheduleActivity, session } from './support';

describe('exit and rejoin over real HTTP', () => {
  const clock = new ManualClock(new Date('2026-03-10T04:00:00Z'));
  let t: TestApp;
  let admin: HttpClient;
  let countyAdmin: HttpClient;
  let otherCountyAdmin: HttpClient;
  let organiser: HttpClient;
  let activityId: string;

  beforeAll(async () => {
    t = await startTestApp({}, undefined, clock);
    admin = await t.admin();
    countyAdmin = (await accountClient(t, admin, 'admin', '410122')).client;
    otherCountyAdmin = (await accountClient(t, admin, 'admin', '410181')).client;
    organiser = (await accountClient(t, admin, 'organiser', '410122')).client;
    activityId = (await scheduleActivity(t, { regionCode: '410122' })).activityId;
  });
  afterAll(() => t.close());

  const record = (client: HttpClient, volunteerId: string, start = '09:00') =>
    client.post('/api/v1/service-records', {
      volunteerId,
      activityId,
      ...session(start, 60),
      content: '科普讲解',
    });

  it('a volunteer exits by itself: new records are refused with VOLUNTEER_EXITED, its hours stay, and it rejoins', async () => {
    const volunteer = await registerVolunteer(organiser);
    const self = (await accountClient(t, admin, 'volunteer', '410122', { volunteerId: volunteer.id })).client;
    const first = await record(organiser, volunteer.id);
    expect(first.status).toBe(201);
    expect((await countyAdmin.post(`/api/v1/service-records/${first.body.id}/confirm`)).status).toBe(200);
    const before = (await countyAdmin.get(`/api/v1/volunteers/${volunteer.id}/summary`)).body;
    expect(before.confirmedMinutes).toBe(60);

    const exited = await self.post(`/api/v1/volunteers/${volunteer.id}/exit`, {});
    expect(exited.status).toBe(200);
    expect(exited.body).toEqual({ status: 'exited' });
    expect(exited.headers.get('etag')).toBeDefined();

    const view = await countyAdmin.get(`/api/v1/volunteers/${volunteer.id}`);
    expect(view.body).toEqual(
      expect.objectContaining({ status: 'exited', exitedAt: expect.any(String), name: '李华' }),
    );
    const listed = await countyAdmin.get(`/api/v1/volunteers?q=${volunteer.volunteerNo}`);
    expect(listed.body.items).toEqual([
      expect.objectContaining({ id: volunteer.id, status: 'exited', name: '李华' }),
    ]);
    expectProblem(await record(organiser, volunteer.id, '14:00'), 422, 'VOLUNTEER_EXITED');
    // History, hours and points stay; confirming and correcting what was there goes on.
    const after = (await countyAdmin.get(`/api/v1/volunteers/${volunteer.id}/summary`)).body;
    expect(after).toEqual(before);
    expect((await self.get(`/api/v1/volunteers/${volunteer.id}/history`)).body.items.length).toBeGreaterThan(
      0,
    );

    // Exiting again records nothing more.
    const again = await self.post(`/api/v1/volunteers/${volunteer.id}/exit`, { reason: '再次' });
    expect(again.body).toEqual({ status: 'exited' });
    expect(again.headers.get('etag')).toBe(exited.headers.get('etag'));

    const rejoined = await self.post(`/api/v1/volunteers/${volunteer.id}/rejoin`);
    expect(rejoined.status).toBe(200);
    expect(rejoined.body).toEqual({ status: 'active' });
    expect((await countyAdmin.get(`/api/v1/volunteers/${volunteer.id}`)).body).toEqual(
      expect.objectContaining({ status: 'active', exitedAt: null }),
    );
    expect((await record(organiser, volunteer.id, '14:00')).status).toBe(201);
  });

  it('an exited volunteer leaves its teams, which say why; exiting again records nothing more', async () => {
    const volunteer = await registerVolunteer(organiser);
    const teams: string[] = [];
    for (const name of ['中牟县科普志愿服务队', '中牟县青年志愿服务队']) {
      const team = await countyAdmin.post('/api/v1/teams', {
        name,
        regionCode: '410122',
        institution: { kind: 'university', name: '郑州大学' },
      });
      expect(team.status).toBe(201);
      teams.push(team.body.id);
      expect(
        (await countyAdmin.post(`/api/v1/teams/${team.body.id}/members`, { volunteerId: volunteer.id }))
          .status,
      ).toBe(201);
    }
    expect(
      (await countyAdmin.post(`/api/v1/volunteers/${volunteer.id}/exit`, { reason: '迁出本县' })).body,
    ).toEqual({ status: 'exited' });
    for (const teamId of teams) {
      const members = await countyAdmin.get(`/api/v1/teams/${teamId}/members?status=all`);
      expect(members.body.items).toEqual([
        expect.objectContaining({
          volunteerId: volunteer.id,
          exitedAt: expect.any(String),
          exitReason: '志愿者退出服务：迁出本县',
        }),
      ]);
    }
    // Exiting again records nothing more, on the volunteer or its teams.
    const head = (await t.http.get('/health')).body.eventLog.position;
    await countyAdmin.post(`/api/v1/volunteers/${volunteer.id}/exit`, { reason: '迁出本县' });
    expect((await t.http.get('/health')).body.eventLog.position).toBe(head);
  });

  it('an administrator of the region records an exit with a reason; others may not', async () => {
    const volunteer = await registerVolunteer(organiser);
    const stranger = await registerVolunteer(organiser);
    const someoneElse = (await accountClient(t, admin, 'volunteer', '410122', { volunteerId: stranger.id }))
      .client;
    const noReason = await countyAdmin.post(`/api/v1/volunteers/${volunteer.id}/exit`, {});
    expectProblem(noReason, 400, 'VALIDATION_FAILED');
    expectProblem(
      await countyAdmin.post(`/api/v1/volunteers/${volunteer.id}/exit`, { reason: 'x', extra: 1 }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await otherCountyAdmin.post(`/api/v1/volunteers/${volunteer.id}/exit`, { reason: '迁出' }),
      403,
      'FORBIDDEN',
    );
    expectProblem(
      await organiser.post(`/api/v1/volunteers/${volunteer.id}/exit`, { reason: '迁出' }),
      403,
      'FORBIDDEN',
    );
    expectProblem(
      await someoneElse.post(`/api/v1/volunteers/${volunteer.id}/exit`, { reason: '迁出' }),
      403,
      'FORBIDDEN',
    );
    expectProblem(
      await countyAdmin.post('/api/v1/volunteers/vol-000000000000000000000000/exit', { reason: '迁出' }),
      404,
      'NOT_FOUND',
    );
    expect((await countyAdmin.get(`/api/v1/volunteers/${volunteer.id}`)).body.status).toBe('active');

    const exited = await countyAdmin.post(`/api/v1/volunteers/${volunteer.id}/exit`, { reason: '迁出本县' });
    expect(exited.body).toEqual({ status: 'exited' });
    expectProblem(
      await countyAdmin.post(`/api/v1/volunteers/${volunteer.id}/rejoin`, { reason: 'no body wanted' }),
      400,
      'VALIDATION_FAILED',
    );
    expect((await admin.post(`/api/v1/volunteers/${volunteer.id}/rejoin`)).body).toEqual({
      status: 'active',
    });
  });
});
