import type { HttpClient } from '../support/http-client';
import { expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  fieldsOf,
  headPosition,
  LUOYANG,
  pilotBody,
  registerVolunteers,
  signInAs,
  ZHENGZHOU,
  ZHONGMU,
} from './organisation-helpers';

describe('pilots over real HTTP', () => {
  let t: TestApp;
  let admin: HttpClient;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.admin();
  });
  afterAll(() => t.close());

  it('creates a county pilot with the county targets and a one-year period: 201, ETag, Location', async () => {
    const response = await admin.post('/api/v1/pilots', pilotBody());
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      id: expect.stringMatching(/^plt-[0-9a-f]{24}$/),
      name: '中牟县科技志愿服务体系建设试点',
      level: 'county',
      regionCode: ZHONGMU,
      fundedOn: '2026-03-01',
      endsOn: '2027-03-01',
      targets: {
        teams: { required: 2, minMembers: 20 },
        projects: { required: 2 },
        activities: { required: 10 },
        stations: { required: 2 },
      },
      targetsVersion: 'henan-pilot-plan-v1',
      createdAt: expect.any(String),
    });
    expect(response.headers.get('etag')).toBe('"0"');
    expect(response.headers.get('location')).toBe(`/api/v1/pilots/${response.body.id}`);
    const read = await admin.get(`/api/v1/pilots/${response.body.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(response.body);
    expect(read.headers.get('etag')).toBe('"0"');
  });

  it('creates a city pilot with the city targets', async () => {
    const response = await admin.post(
      '/api/v1/pilots',
      pilotBody({ name: '郑州市试点', level: 'city', regionCode: ZHENGZHOU, fundedOn: '2024-02-29' }),
    );
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      level: 'city',
      endsOn: '2025-02-28',
      targets: {
        teams: { required: 10, minMembers: 50 },
        projects: { required: 5 },
        activities: { required: 20 },
        stations: { required: 10 },
      },
    });
  });

  it('the same Idempotency-Key creates one pilot only', async () => {
    const first = await admin.post('/api/v1/pilots', pilotBody(), { 'idempotency-key': 'pilot-zhongmu-1' });
    const position = await headPosition(t);
    const again = await admin.post('/api/v1/pilots', pilotBody(), { 'idempotency-key': 'pilot-zhongmu-1' });
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(await headPosition(t)).toBe(position);
  });

  it('invalid input is 400 with every bad field named, and writes nothing', async () => {
    const before = await headPosition(t);
    const cases: Array<[unknown, string[]]> = [
      [{}, ['fundedOn', 'level', 'name', 'regionCode']],
      [pilotBody({ level: 'province' }), ['level']],
      [pilotBody({ level: 'city' }), ['regionCode']],
      [pilotBody({ regionCode: ZHENGZHOU }), ['regionCode']],
      [pilotBody({ regionCode: '999999' }), ['regionCode']],
      [pilotBody({ regionCode: 410122 }), ['regionCode']],
      [pilotBody({ fundedOn: '2026-02-30' }), ['fundedOn']],
      [pilotBody({ fundedOn: '2026-03-01T00:00:00Z' }), ['fundedOn']],
      [pilotBody({ fundedOn: 20260301 }), ['fundedOn']],
      [pilotBody({ name: '   ' }), ['name']],
      [pilotBody({ name: '试'.repeat(10_000) }), ['name']],
      [pilotBody({ name: 42 }), ['name']],
      [pilotBody({ targets: { teams: 1 } }), ['targets']],
      [pilotBody({ endsOn: '2030-01-01' }), ['endsOn']],
    ];
    for (const [body, fields] of cases) {
      const response = await admin.post('/api/v1/pilots', body);
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(fieldsOf(response)).toEqual([...fields].sort());
    }
    expectProblem(await admin.raw('POST', '/api/v1/pilots', '{"name":'), 400, 'VALIDATION_FAILED');
    expectProblem(await admin.post('/api/v1/pilots', [pilotBody()]), 400, 'VALIDATION_FAILED');
    expect(await headPosition(t)).toBe(before);
  });

  it('the OpenAPI document describes every organisation endpoint', async () => {
    const docs = await t.http.get('/api/docs-json');
    expect(docs.status).toBe(200);
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/pilots',
        '/api/v1/pilots/{id}',
        '/api/v1/pilots/{id}/progress',
        '/api/v1/teams',
        '/api/v1/teams/{id}',
        '/api/v1/teams/{id}/platform-registration',
        '/api/v1/teams/{id}/members',
        '/api/v1/teams/{id}/members/{volunteerId}/exit',
        '/api/v1/projects',
        '/api/v1/projects/{id}',
        '/api/v1/stations',
        '/api/v1/stations/{id}',
        '/api/v1/stations/{id}/checklist',
        '/api/v1/activities',
        '/api/v1/activities/{id}',
      ]),
    );
  });

  describe('roles and regions', () => {
    let cityAdmin: HttpClient;
    let countyAdmin: HttpClient;
    let organiser: HttpClient;
    let auditor: HttpClient;
    let luoyangAuditor: HttpClient;
    let volunteer: HttpClient;
    let pilotId: string;

    beforeAll(async () => {
      cityAdmin = await signInAs(t, admin, 'pilot.city.admin', 'admin', ZHENGZHOU);
      countyAdmin = await signInAs(t, admin, 'pilot.county.admin', 'admin', ZHONGMU);
      organiser = await signInAs(t, admin, 'pilot.organiser', 'organiser', ZHONGMU);
      auditor = await signInAs(t, admin, 'pilot.auditor', 'auditor', ZHENGZHOU);
      luoyangAuditor = await signInAs(t, admin, 'pilot.ly.auditor', 'auditor', LUOYANG);
      const [volunteerId] = await registerVolunteers(organiser, 1);
      volunteer = await signInAs(t, admin, 'pilot.volunteer', 'volunteer', ZHONGMU, { volunteerId });
      pilotId = (await countyAdmin.post('/api/v1/pilots', pilotBody())).body.id;
    });

    it.each([
      ['a county admin, its own county', 201, () => countyAdmin, pilotBody()],
      ['a city admin, one of its counties', 201, () => cityAdmin, pilotBody()],
      [
        'a city admin, its own city',
        201,
        () => cityAdmin,
        pilotBody({ level: 'city', regionCode: ZHENGZHOU }),
      ],
      ['a city admin, another city', 403, () => cityAdmin, pilotBody({ level: 'city', regionCode: LUOYANG })],
      [
        'a county admin, its city',
        403,
        () => countyAdmin,
        pilotBody({ level: 'city', regionCode: ZHENGZHOU }),
      ],
      ['an organiser', 403, () => organiser, pilotBody()],
      ['an auditor', 403, () => auditor, pilotBody()],
      ['a volunteer', 403, () => volunteer, pilotBody()],
    ])('%s creating a pilot → %d', async (_who, status, client, body) => {
      const response = await client().post('/api/v1/pilots', body);
      if (status === 201) expect(response.status).toBe(201);
      else expectProblem(response, 403, 'FORBIDDEN');
    });

    it.each([
      ['its county admin', 200, () => countyAdmin],
      ['an organiser of its county', 200, () => organiser],
      ['an auditor of its city', 200, () => auditor],
      ['an auditor of another city', 403, () => luoyangAuditor],
      ['a volunteer', 403, () => volunteer],
    ])('%s reading the pilot and its progress → %d', async (_who, status, client) => {
      for (const path of [`/api/v1/pilots/${pilotId}`, `/api/v1/pilots/${pilotId}/progress`]) {
        const response = await client().get(path);
        if (status === 200) expect(response.status).toBe(200);
        else expectProblem(response, 403, 'FORBIDDEN');
      }
    });

    it('an unknown pilot is 404, and no token is 401', async () => {
      expectProblem(await admin.get('/api/v1/pilots/plt-000000000000000000000000'), 404, 'NOT_FOUND');
      expectProblem(
        await admin.get('/api/v1/pilots/plt-000000000000000000000000/progress'),
        404,
        'NOT_FOUND',
      );
      expectProblem(await admin.get('/api/v1/pilots/not-an-id'), 404, 'NOT_FOUND');
      expectProblem(await t.http.get(`/api/v1/pilots/${pilotId}`), 401, 'UNAUTHENTICATED');
    });
  });
});
