import { ManualClock } from '@ledger/application';
import type { HttpClient } from '../support/http-client';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  activityBody,
  ALL_MUSTS,
  created,
  pilotBody,
  projectBody,
  registerVolunteers,
  signInAs,
  stationBody,
  teamBody,
  ZHONGMU,
} from './organisation-helpers';

describe('a county pilot’s progress over real HTTP', () => {
  const clock = new ManualClock(new Date('2026-03-01T09:00:00+08:00'));
  let t: TestApp;
  let admin: HttpClient;
  let pilotId: string;
  const activityIds: string[] = [];

  beforeAll(async () => {
    t = await startTestApp({}, undefined, clock);
    admin = await t.admin();
    pilotId = created(await admin.post('/api/v1/pilots', pilotBody({ fundedOn: '2026-03-01' }))).id;
  });
  afterAll(() => t.close());

  const progress = async () => {
    const response = await admin.get(`/api/v1/pilots/${pilotId}/progress`);
    expect(response.status).toBe(200);
    return response.body;
  };

  const formTeamWith = async (members: string[], platformRegistrationNo?: string) => {
    const team = created(await admin.post('/api/v1/teams', teamBody({ pilotId, platformRegistrationNo })));
    for (const volunteerId of members) {
      expect((await admin.post(`/api/v1/teams/${team.id}/members`, { volunteerId })).status).toBe(201);
    }
    return team.id as string;
  };

  it('an empty pilot misses every target but, on its funding day, is not behind the plan', async () => {
    expect(await progress()).toEqual({
      pilotId,
      level: 'county',
      regionCode: ZHONGMU,
      fundedOn: '2026-03-01',
      endsOn: '2027-03-01',
      asOf: '2026-03-01',
      daysLeft: 365,
      ended: false,
      met: false,
      targets: {
        teams: { required: 2, minMembers: 20, actual: 0, met: false, plannedByToday: 0, behindPlan: false },
        projects: { required: 2, actual: 0, met: false, plannedByToday: 0, behindPlan: false },
        activities: { required: 10, actual: 0, met: false, plannedByToday: 0, behindPlan: false },
        stations: { required: 2, actual: 0, met: false, plannedByToday: 0, behindPlan: false },
      },
      behind: [
        { target: 'teams', required: 2, actual: 0, missing: 2 },
        { target: 'projects', required: 2, actual: 0, missing: 2 },
        { target: 'activities', required: 10, actual: 0, missing: 10 },
        { target: 'stations', required: 2, actual: 0, missing: 2 },
      ],
      behindPlan: [],
      needs: { received: 0, fulfilled: 0, overdue: 0, averageRating: null },
    });
  });

  it('a team counts with 20 current members and a 大美志愿 number', async () => {
    const volunteers = await registerVolunteers(admin, 59);
    const teamA = await formTeamWith(volunteers.slice(0, 20), 'DMZY-410122-0001');
    const teamB = await formTeamWith(volunteers.slice(20, 40));
    await formTeamWith(volunteers.slice(40, 59), 'DMZY-410122-0003');
    expect((await progress()).targets.teams).toMatchObject({
      required: 2,
      minMembers: 20,
      actual: 1,
      met: false,
    });

    await admin.put(`/api/v1/teams/${teamB}/platform-registration`, {
      platformRegistrationNo: 'DMZY-410122-0002',
    });
    expect((await progress()).targets.teams.actual).toBe(2);

    await admin.post(`/api/v1/teams/${teamA}/members/${volunteers[0]}/exit`, { reason: '毕业离校' });
    expect((await progress()).targets.teams).toMatchObject({
      required: 2,
      minMembers: 20,
      actual: 1,
      met: false,
    });
    await admin.post(`/api/v1/teams/${teamA}/members`, { volunteerId: volunteers[0] });
    expect((await progress()).targets.teams).toMatchObject({
      required: 2,
      minMembers: 20,
      actual: 2,
      met: true,
    });
  });

  it('projects of the pilot count; a project without the pilot does not', async () => {
    const teamId = created(await admin.post('/api/v1/teams', teamBody({ pilotId }))).id;
    await admin.post('/api/v1/projects', projectBody(teamId, { pilotId }));
    await admin.post('/api/v1/projects', projectBody(teamId));
    expect((await progress()).targets.projects).toMatchObject({ required: 2, actual: 1, met: false });
    await admin.post('/api/v1/projects', projectBody(teamId, { pilotId, field: 'science-education' }));
    expect((await progress()).targets.projects).toMatchObject({ required: 2, actual: 2, met: true });
  });

  it('a station counts once all six musts hold', async () => {
    const first = created(await admin.post('/api/v1/stations', stationBody({ pilotId }))).id;
    const second = created(
      await admin.post('/api/v1/stations', stationBody({ pilotId, venueType: 'park' })),
    ).id;
    await admin.put(`/api/v1/stations/${first}/checklist`, ALL_MUSTS);
    await admin.put(`/api/v1/stations/${second}/checklist`, { ...ALL_MUSTS, rules: false });
    expect((await progress()).targets.stations).toMatchObject({ required: 2, actual: 1, met: false });
    await admin.put(`/api/v1/stations/${second}/checklist`, ALL_MUSTS);
    expect((await progress()).targets.stations).toMatchObject({ required: 2, actual: 2, met: true });
  });

  it('an activity that has ended but has no confirmed service record does not count yet', async () => {
    const teamId = created(await admin.post('/api/v1/teams', teamBody())).id;
    const projectId = created(await admin.post('/api/v1/projects', projectBody(teamId, { pilotId }))).id;
    for (let day = 2; day <= 11; day++) {
      const date = `2026-03-${String(day).padStart(2, '0')}`;
      const activity = await admin.post(
        '/api/v1/activities',
        activityBody(projectId, { startsAt: `${date}T09:00:00+08:00`, endsAt: `${date}T11:00:00+08:00` }),
      );
      activityIds.push(created(activity).id);
    }
    clock.set('2026-04-01T09:00:00+08:00');
    const now = await progress();
    // Day 31 of 365: 10 × 31/365 rounds down to 0, so missing all ten is not yet behind the plan.
    expect(now.targets.activities).toEqual({
      required: 10,
      actual: 0,
      met: false,
      plannedByToday: 0,
      behindPlan: false,
    });
    expect(now.behind).toEqual([{ target: 'activities', required: 10, actual: 0, missing: 10 }]);
    expect(now.behindPlan).toEqual([]);
    expect(now.met).toBe(false);
  });

  it('falls behind the plan as the days pass, and catches up when an activity counts', async () => {
    clock.set('2026-04-06T23:59:00+08:00'); // day 36: 10 × 36/365 = 0.99
    expect((await progress()).behindPlan).toEqual([]);
    clock.set('2026-04-07T00:00:00+08:00'); // day 37 in Shanghai: one activity is due
    const behind = await progress();
    expect(behind.targets.activities).toMatchObject({ actual: 0, plannedByToday: 1, behindPlan: true });
    expect(behind.behindPlan).toEqual([
      { target: 'activities', required: 10, actual: 0, plannedByToday: 1, short: 1 },
    ]);
    expect(behind.targets.teams).toMatchObject({ met: true, plannedByToday: 0, behindPlan: false });

    const organiser = await signInAs(t, admin, 'zhongmu-organiser', 'organiser', ZHONGMU);
    const [volunteerId] = await registerVolunteers(admin, 1);
    const record = created(
      await organiser.post('/api/v1/service-records', {
        volunteerId,
        activityId: activityIds[0],
        startedAt: '2026-03-02T09:00:00+08:00',
        endedAt: '2026-03-02T11:00:00+08:00',
        content: '科普讲解',
      }),
    );
    expect((await admin.post(`/api/v1/service-records/${record.id}/confirm`)).status).toBe(200);
    const onPlan = await progress();
    expect(onPlan.targets.activities).toMatchObject({ actual: 1, plannedByToday: 1, behindPlan: false });
    expect(onPlan.behindPlan).toEqual([]);
    expect(onPlan.behind).toEqual([{ target: 'activities', required: 10, actual: 1, missing: 9 }]);

    clock.set('2026-05-13T09:00:00+08:00'); // day 73: exactly two are due
    expect((await progress()).behindPlan).toEqual([
      { target: 'activities', required: 10, actual: 1, plannedByToday: 2, short: 1 },
    ]);
  });

  it('the days left follow the clock in Asia/Shanghai, down to 0 after the last day', async () => {
    const activitiesBehind = (plannedByToday: number) => [
      { target: 'activities', required: 10, actual: 1, plannedByToday, short: plannedByToday - 1 },
    ];
    clock.set('2027-02-28T15:59:00Z'); // 23:59 on 28 February in Shanghai
    expect(await progress()).toMatchObject({
      asOf: '2027-02-28',
      daysLeft: 1,
      ended: false,
      behindPlan: activitiesBehind(9),
    });
    clock.set('2027-02-28T16:00:00Z'); // midnight: the last day, when the whole target is due
    expect(await progress()).toMatchObject({
      asOf: '2027-03-01',
      daysLeft: 0,
      ended: false,
      behindPlan: activitiesBehind(10),
    });
    clock.set('2027-06-01T12:00:00+08:00');
    expect(await progress()).toMatchObject({
      asOf: '2027-06-01',
      daysLeft: 0,
      ended: true,
      behindPlan: activitiesBehind(10),
    });
  });
});
