import type { HttpClient } from '../support/http-client';
import { expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  activityBody,
  created,
  fieldsOf,
  headPosition,
  LUOYANG,
  pilotBody,
  projectBody,
  registerVolunteers,
  signInAs,
  stationBody,
  teamBody,
  XINZHENG,
  ZHENGZHOU,
  ZHONGMU,
} from './organisation-helpers';

describe('activities over real HTTP', () => {
  let t: TestApp;
  let admin: HttpClient;
  let pilotId: string;
  let projectId: string;
  let stationId: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.admin();
    pilotId = created(await admin.post('/api/v1/pilots', pilotBody())).id;
    const teamId = created(await admin.post('/api/v1/teams', teamBody({ pilotId }))).id;
    projectId = created(await admin.post('/api/v1/projects', projectBody(teamId, { pilotId }))).id;
    stationId = created(await admin.post('/api/v1/stations', stationBody({ pilotId }))).id;
  });
  afterAll(() => t.close());

  it('schedules an activity under a project, at a station, with the campaigns it falls in', async () => {
    const response = await admin.post('/api/v1/activities', activityBody(projectId, { stationId }));
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      id: expect.stringMatching(/^act-[0-9a-f]{24}$/),
      projectId,
      pilotId,
      title: '学雷锋科普进社区',
      startsAt: '2026-03-05T09:00:00+08:00',
      endsAt: '2026-03-05T11:30:00+08:00',
      regionCode: ZHONGMU,
      stationId,
      campaigns: [
        {
          id: 'xueleifeng-2026',
          name: 'Learn from Lei Feng week',
          nameZh: '学雷锋志愿服务周',
          from: '2026-03-01',
          to: '2026-03-07',
          pointsMultiplier: 2,
        },
      ],
      confirmedRecords: 0,
      scheduledAt: expect.any(String),
    });
    expect(response.headers.get('etag')).toBe('"0"');
    expect(response.headers.get('location')).toBe(`/api/v1/activities/${response.body.id}`);
    const read = await admin.get(`/api/v1/activities/${response.body.id}`);
    expect(read.body).toEqual(response.body);
  });

  it.each([
    [
      'a 科普日 week of an earlier year',
      ['science-day-2024'],
      '2024-09-20T14:00:00+08:00',
      '2024-09-20T16:00:00+08:00',
    ],
    [
      'September from 2025 (科普月)',
      ['science-month-2026'],
      '2026-09-10T14:00:00+08:00',
      '2026-09-10T16:00:00+08:00',
    ],
    ['30 May, given in UTC', ['scientists-day-2026'], '2026-05-29T17:00:00Z', '2026-05-29T19:00:00Z'],
    ['5 December', ['volunteer-day-2026'], '2026-12-05T09:00:00+08:00', '2026-12-05T10:00:00+08:00'],
    [
      'a summer 三下乡 week crossing into 科普月',
      ['science-month-2026', 'sanxiaxiang-summer-2026'],
      '2026-08-28T08:00:00+08:00',
      '2026-09-03T18:00:00+08:00',
    ],
    ['an ordinary day', [], '2026-04-15T09:00:00+08:00', '2026-04-15T11:00:00+08:00'],
  ])('%s → %j', async (_case, campaigns, startsAt, endsAt) => {
    const response = await admin.post('/api/v1/activities', activityBody(projectId, { startsAt, endsAt }));
    expect(response.status).toBe(201);
    expect(response.body.campaigns.map((c: { id: string }) => c.id)).toEqual(campaigns);
  });

  it('refuses a region outside the project, a station elsewhere, unknown project and station; writes nothing', async () => {
    const elsewhere = created(await admin.post('/api/v1/stations', stationBody({ regionCode: XINZHENG })));
    const before = await headPosition(t);
    expectProblem(
      await admin.post('/api/v1/activities', activityBody(projectId, { regionCode: ZHENGZHOU })),
      422,
      'OUTSIDE_PROJECT_REGION',
    );
    expectProblem(
      await admin.post('/api/v1/activities', activityBody(projectId, { stationId: elsewhere.id })),
      422,
      'STATION_OUTSIDE_REGION',
    );
    expectProblem(
      await admin.post('/api/v1/activities', activityBody('prj-000000000000000000000000')),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await admin.post(
        '/api/v1/activities',
        activityBody(projectId, { stationId: 'stn-000000000000000000000000' }),
      ),
      404,
      'NOT_FOUND',
    );
    expectProblem(await admin.get('/api/v1/activities/act-000000000000000000000000'), 404, 'NOT_FOUND');
    expect(await headPosition(t)).toBe(before);
  });

  it('invalid input is 400 with every bad field named, and writes nothing', async () => {
    const before = await headPosition(t);
    const cases: Array<[unknown, string[]]> = [
      [{}, ['endsAt', 'projectId', 'regionCode', 'startsAt', 'title']],
      [activityBody(projectId, { startsAt: '2026-02-30T09:00:00+08:00' }), ['startsAt']],
      [activityBody(projectId, { endsAt: '2026-03-05T24:30:00+08:00' }), ['endsAt']],
      [activityBody(projectId, { startsAt: '2026-03-05T09:00:00' }), ['startsAt']],
      [activityBody(projectId, { startsAt: '2026-03-05' }), ['startsAt']],
      [activityBody(projectId, { startsAt: 1772672400000 }), ['startsAt']],
      [activityBody(projectId, { endsAt: '2026-03-05T08:00:00+08:00' }), ['endsAt']],
      [activityBody(projectId, { endsAt: '2026-03-05T09:00:00+08:00' }), ['endsAt']],
      [activityBody(projectId, { endsAt: '2026-05-05T09:00:00+08:00' }), ['endsAt']],
      [
        activityBody(projectId, {
          startsAt: '1970-01-01T09:00:00+08:00',
          endsAt: '1970-01-01T10:00:00+08:00',
        }),
        ['startsAt'],
      ],
      [activityBody(projectId, { title: '' }), ['title']],
      [activityBody(projectId, { title: '活'.repeat(201) }), ['title']],
      [activityBody(projectId, { regionCode: '41012x' }), ['regionCode']],
      [activityBody(projectId, { stationId: 'somewhere' }), ['stationId']],
      [activityBody('prj-1'), ['projectId']],
      [activityBody(projectId, { campaigns: ['xueleifeng-2026'] }), ['campaigns']],
    ];
    for (const [body, fields] of cases) {
      const response = await admin.post('/api/v1/activities', body);
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect({ body, fields: fieldsOf(response) }).toEqual({ body, fields: [...fields].sort() });
    }
    expect(await headPosition(t)).toBe(before);
  });

  it('administrators and organisers of the region schedule; auditors read; others get 403', async () => {
    const organiser = await signInAs(t, admin, 'act.organiser', 'organiser', ZHONGMU);
    const auditor = await signInAs(t, admin, 'act.auditor', 'auditor', ZHONGMU);
    const luoyang = await signInAs(t, admin, 'act.ly.organiser', 'organiser', LUOYANG);
    const [volunteerId] = await registerVolunteers(organiser, 1);
    const volunteer = await signInAs(t, admin, 'act.volunteer', 'volunteer', ZHONGMU, { volunteerId });
    const activity = created(await organiser.post('/api/v1/activities', activityBody(projectId)));
    expectProblem(await auditor.post('/api/v1/activities', activityBody(projectId)), 403, 'FORBIDDEN');
    expectProblem(await luoyang.post('/api/v1/activities', activityBody(projectId)), 403, 'FORBIDDEN');
    expectProblem(await volunteer.post('/api/v1/activities', activityBody(projectId)), 403, 'FORBIDDEN');
    expect((await auditor.get(`/api/v1/activities/${activity.id}`)).status).toBe(200);
    expectProblem(await luoyang.get(`/api/v1/activities/${activity.id}`), 403, 'FORBIDDEN');
    expectProblem(await volunteer.get(`/api/v1/activities/${activity.id}`), 403, 'FORBIDDEN');
  });
});
