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
  stationBody,
  teamBody,
  ZHONGMU,
} from './organisation-helpers';

describe('a county pilot’s progress over real HTTP', () => {
  const clock = new ManualClock(new Date('2026-03-01T09:00:00+08:00'));
  let t: TestApp;
  let admin: HttpClient;
  let pilotId: string;

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

  it('an empty pilot is behind on every target, with a year to go', async () => {
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
        teams: { required: 2, minMembers: 20, actual: 0, met: false },
        projects: { required: 2, actual: 0, met: false },
        activities: { required: 10, actual: 0, met: false },
        stations: { required: 2, actual: 0, met: false },
      },
      behind: [
        { target: 'teams', required: 2, actual: 0, missing: 2 },
        { target: 'projects', required: 2, actual: 0, missing: 2 },
        { target: 'activities', required: 10, actual: 0, missing: 10 },
        { target: 'stations', required: 2, actual: 0, missing: 2 },
      ],
    });
  });

  it('a team counts with 20 current members and a 大美志愿 number', async () => {
    const volunteers = await registerVolunteers(admin, 59);
    const teamA = await formTeamWith(volunteers.slice(0, 20), 'DMZY-410122-0001');
    const teamB = await formTeamWith(volunteers.slice(20, 40));
    await formTeamWith(volunteers.slice(40, 59), 'DMZY-410122-0003');
    expect((await progress()).targets.teams).toEqual({ required: 2, minMembers: 20, actual: 1, met: false });

    await admin.put(`/api/v1/teams/${teamB}/platform-registration`, {
      platformRegistrationNo: 'DMZY-410122-0002',
    });
    expect((await progress()).targets.teams.actual).toBe(2);

    await admin.post(`/api/v1/teams/${teamA}/members/${volunteers[0]}/exit`, { reason: '毕业离校' });
    expect((await progress()).targets.teams).toEqual({ required: 2, minMembers: 20, actual: 1, met: false });
    await admin.post(`/api/v1/teams/${teamA}/members`, { volunteerId: volunteers[0] });
    expect((await progress()).targets.teams).toEqual({ required: 2, minMembers: 20, actual: 2, met: true });
  });

  it('projects of the pilot count; a project without the pilot does not', async () => {
    const teamId = created(await admin.post('/api/v1/teams', teamBody({ pilotId }))).id;
    await admin.post('/api/v1/projects', projectBody(teamId, { pilotId }));
    await admin.post('/api/v1/projects', projectBody(teamId));
    expect((await progress()).targets.projects).toEqual({ required: 2, actual: 1, met: false });
    await admin.post('/api/v1/projects', projectBody(teamId, { pilotId, field: 'science-education' }));
    expect((await progress()).targets.projects).toEqual({ required: 2, actual: 2, met: true });
  });

  it('a station counts once all six musts hold', async () => {
    const first = created(await admin.post('/api/v1/stations', stationBody({ pilotId }))).id;
    const second = created(
      await admin.post('/api/v1/stations', stationBody({ pilotId, venueType: 'park' })),
    ).id;
    await admin.put(`/api/v1/stations/${first}/checklist`, ALL_MUSTS);
    await admin.put(`/api/v1/stations/${second}/checklist`, { ...ALL_MUSTS, rules: false });
    expect((await progress()).targets.stations).toEqual({ required: 2, actual: 1, met: false });
    await admin.put(`/api/v1/stations/${second}/checklist`, ALL_MUSTS);
    expect((await progress()).targets.stations).toEqual({ required: 2, actual: 2, met: true });
  });

  it('an activity that has ended but has no confirmed service record does not count yet', async () => {
    const teamId = created(await admin.post('/api/v1/teams', teamBody())).id;
    const projectId = created(await admin.post('/api/v1/projects', projectBody(teamId, { pilotId }))).id;
    for (let day = 2; day <= 11; day++) {
      const date = `2026-03-${String(day).padStart(2, '0')}`;
      await admin.post(
        '/api/v1/activities',
        activityBody(projectId, { startsAt: `${date}T09:00:00+08:00`, endsAt: `${date}T11:00:00+08:00` }),
      );
    }
    clock.set('2026-04-01T09:00:00+08:00');
    const now = await progress();
    expect(now.targets.activities).toEqual({ required: 10, actual: 0, met: false });
    expect(now.behind).toEqual([{ target: 'activities', required: 10, actual: 0, missing: 10 }]);
    expect(now.met).toBe(false);
  });

  it('the days left follow the clock in Asia/Shanghai, down to 0 after the last day', async () => {
    clock.set('2027-02-28T15:59:00Z'); // 23:59 on 28 February in Shanghai
    expect(await progress()).toMatchObject({ asOf: '2027-02-28', daysLeft: 1, ended: false });
    clock.set('2027-02-28T16:00:00Z'); // midnight: the last day
    expect(await progress()).toMatchObject({ asOf: '2027-03-01', daysLeft: 0, ended: false });
    clock.set('2027-06-01T12:00:00+08:00');
    expect(await progress()).toMatchObject({ asOf: '2027-06-01', daysLeft: 0, ended: true });
  });
});
