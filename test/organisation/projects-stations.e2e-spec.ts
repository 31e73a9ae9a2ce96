import type { HttpClient } from '../support/http-client';
import { expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  ALL_MUSTS,
  created,
  fieldsOf,
  headPosition,
  LUOYANG,
  pilotBody,
  projectBody,
  signInAs,
  stationBody,
  teamBody,
  XINZHENG,
  ZHENGZHOU,
  ZHONGMU,
} from './organisation-helpers';

describe('projects and stations over real HTTP', () => {
  let t: TestApp;
  let admin: HttpClient;
  let pilotId: string;
  let teamId: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.admin();
    pilotId = created(await admin.post('/api/v1/pilots', pilotBody())).id;
    teamId = created(await admin.post('/api/v1/teams', teamBody({ pilotId }))).id;
  });
  afterAll(() => t.close());

  describe('projects', () => {
    it('a team designs a project of the pilot: 201, ETag, Location; it reads back', async () => {
      const response = await admin.post('/api/v1/projects', projectBody(teamId, { pilotId }));
      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        id: expect.stringMatching(/^prj-[0-9a-f]{24}$/),
        name: '乡村振兴科技服务行',
        teamId,
        regionCode: ZHONGMU,
        pilotId,
        field: 'rural-revitalization',
        createdAt: expect.any(String),
      });
      expect(response.headers.get('etag')).toBe('"0"');
      expect(response.headers.get('location')).toBe(`/api/v1/projects/${response.body.id}`);
      expect((await admin.get(`/api/v1/projects/${response.body.id}`)).body).toEqual(response.body);
    });

    it('the team must exist (404) and work in a region nesting with the project’s (422)', async () => {
      const before = await headPosition(t);
      expectProblem(
        await admin.post('/api/v1/projects', projectBody('tm-000000000000000000000000')),
        404,
        'NOT_FOUND',
      );
      expectProblem(
        await admin.post('/api/v1/projects', projectBody(teamId, { regionCode: XINZHENG })),
        422,
        'TEAM_OUTSIDE_REGION',
      );
      expectProblem(
        await admin.post('/api/v1/projects', projectBody(teamId, { regionCode: ZHENGZHOU, pilotId })),
        422,
        'OUTSIDE_PILOT_REGION',
      );
      expectProblem(
        await admin.post(
          '/api/v1/projects',
          projectBody(teamId, { pilotId: 'plt-000000000000000000000000' }),
        ),
        404,
        'NOT_FOUND',
      );
      expect(await headPosition(t)).toBe(before);
      // A county team may run a project of its city (regions nest).
      expect(
        (await admin.post('/api/v1/projects', projectBody(teamId, { regionCode: ZHENGZHOU }))).status,
      ).toBe(201);
    });

    it('invalid input is 400 with every bad field named, and writes nothing', async () => {
      const before = await headPosition(t);
      const cases: Array<[unknown, string[]]> = [
        [{}, ['field', 'name', 'regionCode', 'teamId']],
        [projectBody(teamId, { field: 'sports' }), ['field']],
        [projectBody('team-1'), ['teamId']],
        [projectBody(teamId, { regionCode: '41012' }), ['regionCode']],
        [projectBody(teamId, { name: '项'.repeat(101) }), ['name']],
        [projectBody(teamId, { pilotId: 12 }), ['pilotId']],
        [projectBody(teamId, { budget: 1000 }), ['budget']],
      ];
      for (const [body, fields] of cases) {
        const response = await admin.post('/api/v1/projects', body);
        expectProblem(response, 400, 'VALIDATION_FAILED');
        expect(fieldsOf(response)).toEqual([...fields].sort());
      }
      expect(await headPosition(t)).toBe(before);
    });

    it('only administrators create projects, inside their region; an unknown project is 404', async () => {
      const organiser = await signInAs(t, admin, 'prj.organiser', 'organiser', ZHONGMU);
      const luoyang = await signInAs(t, admin, 'prj.ly.admin', 'admin', LUOYANG);
      expectProblem(await organiser.post('/api/v1/projects', projectBody(teamId)), 403, 'FORBIDDEN');
      expectProblem(await luoyang.post('/api/v1/projects', projectBody(teamId)), 403, 'FORBIDDEN');
      const project = created(await admin.post('/api/v1/projects', projectBody(teamId)));
      expect((await organiser.get(`/api/v1/projects/${project.id}`)).status).toBe(200);
      expectProblem(await luoyang.get(`/api/v1/projects/${project.id}`), 403, 'FORBIDDEN');
      expectProblem(await admin.get('/api/v1/projects/prj-000000000000000000000000'), 404, 'NOT_FOUND');
    });
  });

  describe('stations', () => {
    it('is established with every must unmet, and meets the six musts only when all six hold', async () => {
      const response = await admin.post('/api/v1/stations', stationBody({ pilotId }));
      expect(response.status).toBe(201);
      const none = {
        site: false,
        team: false,
        project: false,
        facilities: false,
        rules: false,
        signage: false,
      };
      expect(response.body).toEqual({
        id: expect.stringMatching(/^stn-[0-9a-f]{24}$/),
        name: '中牟县科技馆科技志愿服务站',
        regionCode: ZHONGMU,
        pilotId,
        venueType: 'science-museum',
        checklist: none,
        meetsSixMusts: false,
        establishedAt: expect.any(String),
      });
      expect(response.headers.get('etag')).toBe('"0"');
      const path = `/api/v1/stations/${response.body.id}/checklist`;

      const five = await admin.put(path, { ...ALL_MUSTS, signage: false }, { 'if-match': '"0"' });
      expect(five.status).toBe(200);
      expect(five.body).toMatchObject({ meetsSixMusts: false, checklist: { ...ALL_MUSTS, signage: false } });
      expect(five.headers.get('etag')).toBe('"1"');

      expectProblem(await admin.put(path, ALL_MUSTS, { 'if-match': '"0"' }), 409, 'CONFLICT');
      const six = await admin.put(path, ALL_MUSTS, { 'if-match': '"1"' });
      expect(six.body).toMatchObject({ meetsSixMusts: true, checklist: ALL_MUSTS });
      expect(six.headers.get('etag')).toBe('"2"');

      const read = await admin.get(`/api/v1/stations/${response.body.id}`);
      expect(read.body).toEqual(six.body);
      expect(read.headers.get('etag')).toBe('"2"');

      // The same assessment again writes nothing.
      const before = await headPosition(t);
      expect((await admin.put(path, ALL_MUSTS)).headers.get('etag')).toBe('"2"');
      expect(await headPosition(t)).toBe(before);
    });

    it('a pilot must exist and contain the station', async () => {
      expectProblem(
        await admin.post('/api/v1/stations', stationBody({ pilotId: 'plt-000000000000000000000000' })),
        404,
        'NOT_FOUND',
      );
      expectProblem(
        await admin.post('/api/v1/stations', stationBody({ pilotId, regionCode: LUOYANG })),
        422,
        'OUTSIDE_PILOT_REGION',
      );
    });

    it('invalid input is 400 with every bad field named, and writes nothing', async () => {
      const station = created(await admin.post('/api/v1/stations', stationBody()));
      const path = `/api/v1/stations/${station.id}/checklist`;
      const before = await headPosition(t);
      const cases: Array<[string, string, unknown, string[]]> = [
        ['POST', '/api/v1/stations', {}, ['name', 'regionCode', 'venueType']],
        ['POST', '/api/v1/stations', stationBody({ venueType: 'mall' }), ['venueType']],
        ['POST', '/api/v1/stations', stationBody({ regionCode: null }), ['regionCode']],
        ['POST', '/api/v1/stations', stationBody({ name: '站'.repeat(5000) }), ['name']],
        ['POST', '/api/v1/stations', stationBody({ meetsSixMusts: true }), ['meetsSixMusts']],
        ['PUT', path, {}, ['facilities', 'project', 'rules', 'signage', 'site', 'team']],
        ['PUT', path, { ...ALL_MUSTS, signage: 'true' }, ['signage']],
        ['PUT', path, { ...ALL_MUSTS, site: 1 }, ['site']],
        ['PUT', path, { ...ALL_MUSTS, parking: true }, ['parking']],
      ];
      for (const [method, url, body, fields] of cases) {
        const response = await admin.request(method, url, body);
        expectProblem(response, 400, 'VALIDATION_FAILED');
        expect({ url, fields: fieldsOf(response) }).toEqual({ url, fields: [...fields].sort() });
      }
      expect(await headPosition(t)).toBe(before);
    });

    it('only administrators of its region establish and assess stations; an unknown station is 404', async () => {
      const organiser = await signInAs(t, admin, 'stn.organiser', 'organiser', ZHONGMU);
      const cityAdmin = await signInAs(t, admin, 'stn.city.admin', 'admin', ZHENGZHOU);
      const luoyang = await signInAs(t, admin, 'stn.ly.admin', 'admin', LUOYANG);
      expectProblem(await organiser.post('/api/v1/stations', stationBody()), 403, 'FORBIDDEN');
      expectProblem(await luoyang.post('/api/v1/stations', stationBody()), 403, 'FORBIDDEN');
      const station = created(await cityAdmin.post('/api/v1/stations', stationBody()));
      expectProblem(
        await organiser.put(`/api/v1/stations/${station.id}/checklist`, ALL_MUSTS),
        403,
        'FORBIDDEN',
      );
      expectProblem(
        await luoyang.put(`/api/v1/stations/${station.id}/checklist`, ALL_MUSTS),
        403,
        'FORBIDDEN',
      );
      expectProblem(await luoyang.get(`/api/v1/stations/${station.id}`), 403, 'FORBIDDEN');
      expect((await organiser.get(`/api/v1/stations/${station.id}`)).status).toBe(200);
      expectProblem(
        await admin.put('/api/v1/stations/stn-000000000000000000000000/checklist', ALL_MUSTS),
        404,
        'NOT_FOUND',
      );
      expectProblem(await admin.get('/api/v1/stations/stn-000000000000000000000000'), 404, 'NOT_FOUND');
    });
  });
});
