import {
  activityBody,
  ALL_MUSTS,
  created,
  fieldsOf,
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
} from '../organisation/organisation-helpers';
import type { HttpClient } from '../support/http-client';
import { expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

// Setting up a region's worth of data over HTTP takes a few seconds on a loaded machine.
jest.setTimeout(60_000);

/**
 * GET /pilots, /teams, /projects, /stations and /activities over real HTTP: paging, every filter,
 * the documented order, and region scope (a caller sees only rows inside its region).
 */
describe('organisation lists over real HTTP', () => {
  let t: TestApp;
  let root: HttpClient;
  let zhongmuAdmin: HttpClient;
  let zhongmuOrganiser: HttpClient;
  let zhengzhouAuditor: HttpClient;
  let luoyangAdmin: HttpClient;
  let volunteer: HttpClient;
  let partner: HttpClient;

  // 中牟县 (410122) and 新郑市 (410184) lie in 郑州市 (410100); 洛阳市 (410300) lies outside it.
  let zhongmuPilot: string;
  let xinzhengPilot: string;
  let zhengzhouPilot: string;
  let luoyangPilot: string;
  const teams: Record<string, string> = {};
  const projects: Record<string, string> = {};
  const stations: Record<string, string> = {};
  const activities: Record<string, string> = {};

  const names = (response: { body: { items: { name?: string; title?: string }[] } }) =>
    response.body.items.map((item) => item.name ?? item.title);

  beforeAll(async () => {
    t = await startTestApp();
    root = await t.admin();
    zhongmuAdmin = await signInAs(t, root, 'zhongmu.admin', 'admin', ZHONGMU);
    zhongmuOrganiser = await signInAs(t, root, 'zhongmu.organiser', 'organiser', ZHONGMU);
    zhengzhouAuditor = await signInAs(t, root, 'zhengzhou.auditor', 'auditor', ZHENGZHOU);
    luoyangAdmin = await signInAs(t, root, 'luoyang.admin', 'admin', LUOYANG);
    const [volunteerId] = await registerVolunteers(root, 1);
    volunteer = await signInAs(t, root, 'zhongmu.volunteer', 'volunteer', ZHONGMU, { volunteerId });
    const partnerId = created(
      await root.post('/api/v1/partners', {
        name: '中牟县科技馆',
        regionCode: ZHONGMU,
        venueType: 'science-museum',
      }),
    ).id;
    partner = await signInAs(t, root, 'zhongmu.venue', 'partner', ZHONGMU, { partnerId });

    const pilot = async (body: object) => created(await root.post('/api/v1/pilots', pilotBody(body))).id;
    zhongmuPilot = await pilot({ name: '中牟县试点', fundedOn: '2026-03-01' });
    xinzhengPilot = await pilot({ name: '新郑市试点', regionCode: XINZHENG, fundedOn: '2026-05-01' });
    zhengzhouPilot = await pilot({
      name: '郑州市试点',
      level: 'city',
      regionCode: ZHENGZHOU,
      fundedOn: '2026-03-01',
    });
    luoyangPilot = await pilot({
      name: '洛阳市试点',
      level: 'city',
      regionCode: LUOYANG,
      fundedOn: '2026-04-01',
    });

    const team = async (key: string, body: object) =>
      (teams[key] = created(await root.post('/api/v1/teams', teamBody(body))).id);
    await team('medical', {
      name: '中牟县人民医院科技志愿服务队',
      pilotId: zhongmuPilot,
      institution: { kind: 'medical', name: '中牟县人民医院' },
      platformRegistrationNo: 'DMZY-410122-0001',
    });
    await team('university', { name: 'Alpha University Team', pilotId: zhongmuPilot });
    await team('unpiloted', { name: '中牟县农技服务队' });
    await team('luoyang', { name: '洛阳理工科技志愿服务队', regionCode: LUOYANG, pilotId: luoyangPilot });
    for (const volunteerId of await registerVolunteers(root, 2)) {
      created(await root.post(`/api/v1/teams/${teams.medical}/members`, { volunteerId }));
    }

    const project = async (key: string, teamId: string, body: object) =>
      (projects[key] = created(await root.post('/api/v1/projects', projectBody(teamId, body))).id);
    await project('health', teams.medical, {
      name: '健康科普进乡村',
      pilotId: zhongmuPilot,
      field: 'health',
    });
    await project('rural', teams.university, { name: '乡村振兴科技服务行', pilotId: zhongmuPilot });
    await project('civility', teams.unpiloted, { name: '文明实践科普', field: 'civility' });
    await project('luoyang', teams.luoyang, { name: '洛阳科普', regionCode: LUOYANG, pilotId: luoyangPilot });

    const station = async (key: string, body: object) =>
      (stations[key] = created(await root.post('/api/v1/stations', stationBody(body))).id);
    await station('museum', { name: '中牟县科技馆站', pilotId: zhongmuPilot });
    await station('park', { name: '中牟县公园站', venueType: 'park' });
    await station('luoyang', { name: '洛阳博物馆站', regionCode: LUOYANG, venueType: 'museum' });
    expect((await root.put(`/api/v1/stations/${stations.museum}/checklist`, ALL_MUSTS)).status).toBe(200);

    const activity = async (key: string, projectId: string, body: object) =>
      (activities[key] = created(await root.post('/api/v1/activities', activityBody(projectId, body))).id);
    // Starts given with other offsets still order and filter by the instant and its Shanghai date.
    await activity('march', projects.health, {
      title: '学雷锋健康讲座',
      startsAt: '2026-03-05T09:00:00+08:00',
      endsAt: '2026-03-05T11:00:00+08:00',
      stationId: stations.museum,
    });
    await activity('aprilEarly', projects.rural, {
      title: '春耕农技指导',
      // 2026-04-01 07:30 in Shanghai.
      startsAt: '2026-03-31T23:30:00Z',
      endsAt: '2026-04-01T03:00:00Z',
    });
    await activity('aprilLate', projects.health, {
      title: '义诊与科普',
      startsAt: '2026-04-30T14:00:00+08:00',
      endsAt: '2026-04-30T16:00:00+08:00',
      stationId: stations.museum,
    });
    await activity('luoyang', projects.luoyang, {
      title: '洛阳科普日',
      regionCode: LUOYANG,
      startsAt: '2026-04-10T09:00:00+08:00',
      endsAt: '2026-04-10T11:00:00+08:00',
    });
  });
  afterAll(() => t.close());

  it('the OpenAPI document names each list’s query parameters and its page shape', async () => {
    const document = (await t.http.get('/api/docs-json')).body;
    const parameters = (path: string) =>
      (document.paths[path].get.parameters as { name: string; in: string }[])
        .filter((p) => p.in === 'query')
        .map((p) => p.name)
        .sort();
    const paging = ['page', 'pageSize'];
    expect(parameters('/api/v1/pilots')).toEqual([...paging, 'level', 'q'].sort());
    expect(parameters('/api/v1/teams')).toEqual([...paging, 'pilotId', 'q'].sort());
    expect(parameters('/api/v1/projects')).toEqual([...paging, 'pilotId', 'q', 'teamId'].sort());
    expect(parameters('/api/v1/stations')).toEqual([...paging, 'pilotId', 'q'].sort());
    expect(parameters('/api/v1/activities')).toEqual(
      [...paging, 'from', 'projectId', 'q', 'stationId', 'to'].sort(),
    );
    const page = document.paths['/api/v1/activities'].get.responses['200'].content['application/json'].schema;
    const schema = document.components.schemas[page.$ref.split('/').pop()];
    expect(Object.keys(schema.properties).sort()).toEqual(['items', 'page', 'pageSize', 'total']);
    expect(schema.properties.items.items.$ref).toBe('#/components/schemas/ActivityDto');
  });

  describe('GET /pilots', () => {
    it('the province sees every pilot, the most recently funded first, then by name', async () => {
      const response = await root.get('/api/v1/pilots');
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ total: 4, page: 1, pageSize: 20 });
      // 新郑 05-01, 洛阳 04-01, then the two of 03-01 by name (中 U+4E2D before 郑 U+90D1).
      expect(names(response)).toEqual(['新郑市试点', '洛阳市试点', '中牟县试点', '郑州市试点']);
      expect(response.body.items[0]).toEqual({
        id: xinzhengPilot,
        name: '新郑市试点',
        level: 'county',
        regionCode: XINZHENG,
        fundedOn: '2026-05-01',
        endsOn: '2027-05-01',
        targets: expect.any(Object),
        targetsVersion: expect.any(String),
        createdAt: expect.any(String),
      });
    });

    it('pages: total counts every page, the second page continues the order', async () => {
      const first = await root.get('/api/v1/pilots?pageSize=3');
      const second = await root.get('/api/v1/pilots?pageSize=3&page=2');
      expect(first.body).toMatchObject({ total: 4, page: 1, pageSize: 3 });
      expect(second.body).toMatchObject({ total: 4, page: 2, pageSize: 3 });
      expect([...names(first), ...names(second)]).toEqual(names(await root.get('/api/v1/pilots')));
      const beyond = await root.get('/api/v1/pilots?pageSize=3&page=3');
      expect(beyond.body).toEqual({ items: [], total: 4, page: 3, pageSize: 3 });
    });

    it('filters by level and by a part of the name', async () => {
      expect(names(await root.get('/api/v1/pilots?level=city'))).toEqual(['洛阳市试点', '郑州市试点']);
      expect(names(await root.get(`/api/v1/pilots?q=${encodeURIComponent('中牟')}`))).toEqual(['中牟县试点']);
      const both = await root.get(`/api/v1/pilots?level=county&q=${encodeURIComponent('试点')}`);
      expect(names(both)).toEqual(['新郑市试点', '中牟县试点']);
      expect((await root.get('/api/v1/pilots?q=%20%20')).body.total).toBe(4);
    });

    it('each caller sees only pilots inside its region', async () => {
      expect(names(await zhengzhouAuditor.get('/api/v1/pilots'))).toEqual([
        '新郑市试点',
        '中牟县试点',
        '郑州市试点',
      ]);
      expect(names(await zhongmuOrganiser.get('/api/v1/pilots'))).toEqual(['中牟县试点']);
      const luoyang = await luoyangAdmin.get('/api/v1/pilots');
      expect(luoyang.body).toMatchObject({ total: 1, items: [{ id: luoyangPilot }] });
      const city = await zhengzhouAuditor.get('/api/v1/pilots?level=city');
      expect(city.body.items.map((p: { id: string }) => p.id)).toEqual([zhengzhouPilot]);
    });

    it('volunteer and partner accounts are refused; no token is 401', async () => {
      expectProblem(await volunteer.get('/api/v1/pilots'), 403, 'FORBIDDEN');
      expectProblem(await partner.get('/api/v1/pilots'), 403, 'FORBIDDEN');
      expectProblem(await t.http.get('/api/v1/pilots'), 401, 'UNAUTHENTICATED');
    });

    it('bad paging, an unknown level or an unknown parameter is 400 VALIDATION_FAILED naming it', async () => {
      for (const [query, field] of [
        ['pageSize=101', 'pageSize'],
        ['pageSize=0', 'pageSize'],
        ['page=0', 'page'],
        ['page=two', 'page'],
        ['level=province', 'level'],
        ['regionCode=410122', 'regionCode'],
      ]) {
        const response = await root.get(`/api/v1/pilots?${query}`);
        expectProblem(response, 400, 'VALIDATION_FAILED');
        expect(fieldsOf(response)).toEqual([field]);
      }
      expect(fieldsOf(await root.get(`/api/v1/pilots?q=${'长'.repeat(65)}`))).toEqual(['q']);
    });
  });

  describe('GET /teams', () => {
    it('lists the teams of the region by name, with their institution, registration and size', async () => {
      const response = await zhongmuAdmin.get('/api/v1/teams');
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ total: 3, page: 1, pageSize: 20 });
      expect(names(response)).toEqual([
        'Alpha University Team',
        '中牟县人民医院科技志愿服务队',
        '中牟县农技服务队',
      ]);
      expect(response.body.items[1]).toEqual({
        id: teams.medical,
        name: '中牟县人民医院科技志愿服务队',
        regionCode: ZHONGMU,
        pilotId: zhongmuPilot,
        institution: { kind: 'medical', name: '中牟县人民医院' },
        platformRegistrationNo: 'DMZY-410122-0001',
        memberCount: 2,
        formedAt: expect.any(String),
      });
      expect(response.body.items[2]).toMatchObject({
        pilotId: null,
        platformRegistrationNo: null,
        memberCount: 0,
      });
    });

    it('filters by pilot and by a part of the name (Latin letters in any case)', async () => {
      expect(names(await root.get(`/api/v1/teams?pilotId=${zhongmuPilot}`))).toEqual([
        'Alpha University Team',
        '中牟县人民医院科技志愿服务队',
      ]);
      expect(names(await root.get('/api/v1/teams?q=alpha%20UNIVERSITY'))).toEqual(['Alpha University Team']);
      expect(names(await root.get(`/api/v1/teams?q=${encodeURIComponent('洛阳')}`))).toEqual([
        '洛阳理工科技志愿服务队',
      ]);
      const page = await root.get('/api/v1/teams?pageSize=2&page=2');
      expect(page.body).toMatchObject({ total: 4, page: 2, pageSize: 2 });
      expect(page.body.items).toHaveLength(2);
    });

    it('another region sees none of them; a malformed pilot id is 400', async () => {
      expect(names(await luoyangAdmin.get('/api/v1/teams'))).toEqual(['洛阳理工科技志愿服务队']);
      expect((await luoyangAdmin.get(`/api/v1/teams?pilotId=${zhongmuPilot}`)).body.total).toBe(0);
      expect(fieldsOf(await root.get('/api/v1/teams?pilotId=tm-1'))).toEqual(['pilotId']);
      expect(fieldsOf(await root.get('/api/v1/teams?pageSize=500'))).toEqual(['pageSize']);
      expectProblem(await volunteer.get('/api/v1/teams'), 403, 'FORBIDDEN');
    });
  });

  describe('GET /projects', () => {
    it('lists the projects of the region by name', async () => {
      const response = await zhongmuOrganiser.get('/api/v1/projects');
      expect(response.body).toMatchObject({ total: 3, page: 1, pageSize: 20 });
      expect(names(response)).toEqual(['乡村振兴科技服务行', '健康科普进乡村', '文明实践科普']);
      expect(response.body.items[1]).toEqual({
        id: projects.health,
        name: '健康科普进乡村',
        teamId: teams.medical,
        regionCode: ZHONGMU,
        pilotId: zhongmuPilot,
        field: 'health',
        createdAt: expect.any(String),
      });
    });

    it('filters by team, by pilot and by a part of the name', async () => {
      expect(names(await root.get(`/api/v1/projects?teamId=${teams.unpiloted}`))).toEqual(['文明实践科普']);
      expect(names(await root.get(`/api/v1/projects?pilotId=${luoyangPilot}`))).toEqual(['洛阳科普']);
      const combined = await root.get(
        `/api/v1/projects?pilotId=${zhongmuPilot}&q=${encodeURIComponent('科普')}`,
      );
      expect(names(combined)).toEqual(['健康科普进乡村']);
      expect(names(await root.get('/api/v1/projects?pageSize=1&page=4'))).toEqual(['洛阳科普']);
    });

    it('is region-scoped and validated', async () => {
      expect(names(await luoyangAdmin.get('/api/v1/projects'))).toEqual(['洛阳科普']);
      expect(fieldsOf(await root.get('/api/v1/projects?teamId=team-1&pilotId=x'))).toEqual([
        'pilotId',
        'teamId',
      ]);
      expect(fieldsOf(await root.get('/api/v1/projects?field=health'))).toEqual(['field']);
      expectProblem(await partner.get('/api/v1/projects'), 403, 'FORBIDDEN');
    });
  });

  describe('GET /stations', () => {
    it('lists the stations of the region by name, with the six musts', async () => {
      const response = await zhongmuAdmin.get('/api/v1/stations');
      expect(response.body).toMatchObject({ total: 2, page: 1, pageSize: 20 });
      expect(names(response)).toEqual(['中牟县公园站', '中牟县科技馆站']);
      expect(response.body.items[1]).toEqual({
        id: stations.museum,
        name: '中牟县科技馆站',
        regionCode: ZHONGMU,
        pilotId: zhongmuPilot,
        venueType: 'science-museum',
        checklist: ALL_MUSTS,
        meetsSixMusts: true,
        establishedAt: expect.any(String),
      });
      expect(response.body.items[0]).toMatchObject({
        venueType: 'park',
        pilotId: null,
        meetsSixMusts: false,
        checklist: {
          site: false,
          team: false,
          project: false,
          facilities: false,
          rules: false,
          signage: false,
        },
      });
    });

    it('filters by pilot and by a part of the name; pages', async () => {
      expect(names(await root.get(`/api/v1/stations?pilotId=${zhongmuPilot}`))).toEqual(['中牟县科技馆站']);
      expect(names(await root.get(`/api/v1/stations?q=${encodeURIComponent('博物馆')}`))).toEqual([
        '洛阳博物馆站',
      ]);
      const second = await root.get('/api/v1/stations?pageSize=2&page=2');
      expect(second.body).toMatchObject({
        total: 3,
        page: 2,
        pageSize: 2,
        items: [{ name: '洛阳博物馆站' }],
      });
    });

    it('is region-scoped', async () => {
      expect(names(await luoyangAdmin.get('/api/v1/stations'))).toEqual(['洛阳博物馆站']);
      expect(names(await zhengzhouAuditor.get('/api/v1/stations'))).toEqual([
        '中牟县公园站',
        '中牟县科技馆站',
      ]);
      expectProblem(await volunteer.get('/api/v1/stations'), 403, 'FORBIDDEN');
    });
  });

  describe('GET /activities', () => {
    it('lists the activities of the region, the latest start first, each as GET /activities/{id}', async () => {
      const response = await zhongmuAdmin.get('/api/v1/activities');
      expect(response.body).toMatchObject({ total: 3, page: 1, pageSize: 20 });
      expect(names(response)).toEqual(['义诊与科普', '春耕农技指导', '学雷锋健康讲座']);
      const byId = await zhongmuAdmin.get(`/api/v1/activities/${activities.march}`);
      expect(response.body.items[2]).toEqual(byId.body);
      expect(response.body.items[2].campaigns.map((c: { id: string }) => c.id)).toContain('xueleifeng-2026');
    });

    it('from and to bound the Asia/Shanghai date the activity starts on, both included', async () => {
      // Starting 2026-03-31T23:30Z is 2026-04-01 in Shanghai.
      const april = await root.get('/api/v1/activities?from=2026-04-01&to=2026-04-30');
      expect(names(april)).toEqual(['义诊与科普', '洛阳科普日', '春耕农技指导']);
      expect(names(await root.get('/api/v1/activities?to=2026-03-31'))).toEqual(['学雷锋健康讲座']);
      expect(names(await root.get('/api/v1/activities?from=2026-04-30'))).toEqual(['义诊与科普']);
      expect((await root.get('/api/v1/activities?from=2026-05-01')).body.total).toBe(0);
    });

    it('filters by project, station and a part of the title', async () => {
      expect(names(await root.get(`/api/v1/activities?projectId=${projects.health}`))).toEqual([
        '义诊与科普',
        '学雷锋健康讲座',
      ]);
      const atMuseumInMarch = await root.get(`/api/v1/activities?stationId=${stations.museum}&to=2026-03-31`);
      expect(names(atMuseumInMarch)).toEqual(['学雷锋健康讲座']);
      expect(names(await root.get(`/api/v1/activities?q=${encodeURIComponent('科普')}`))).toEqual([
        '义诊与科普',
        '洛阳科普日',
      ]);
      const second = await root.get('/api/v1/activities?pageSize=3&page=2');
      expect(second.body).toMatchObject({
        total: 4,
        page: 2,
        pageSize: 3,
        items: [{ title: '学雷锋健康讲座' }],
      });
    });

    it('is region-scoped: 洛阳 sees its own only, 中牟 none of 洛阳’s', async () => {
      expect(names(await luoyangAdmin.get('/api/v1/activities'))).toEqual(['洛阳科普日']);
      expect(
        (await zhongmuOrganiser.get(`/api/v1/activities?projectId=${projects.luoyang}`)).body.total,
      ).toBe(0);
      expect((await root.get(`/api/v1/activities/${activities.luoyang}`)).status).toBe(200);
      expectProblem(await zhongmuAdmin.get(`/api/v1/activities/${activities.luoyang}`), 403, 'FORBIDDEN');
      expectProblem(await volunteer.get('/api/v1/activities'), 403, 'FORBIDDEN');
      expectProblem(await partner.get('/api/v1/activities'), 403, 'FORBIDDEN');
    });

    it('bad dates, a range that ends before it starts and malformed ids are 400 naming them', async () => {
      expect(fieldsOf(await root.get('/api/v1/activities?from=2026-02-30'))).toEqual(['from']);
      expect(fieldsOf(await root.get('/api/v1/activities?to=20260401'))).toEqual(['to']);
      expect(fieldsOf(await root.get('/api/v1/activities?from=2026-04-02&to=2026-04-01'))).toEqual(['to']);
      expect(fieldsOf(await root.get('/api/v1/activities?projectId=prj-x&stationId=stn-y'))).toEqual([
        'projectId',
        'stationId',
      ]);
      const unknown = await root.get('/api/v1/activities?startsAt=2026-04-01');
      expectProblem(unknown, 400, 'VALIDATION_FAILED');
      expect(fieldsOf(unknown)).toEqual(['startsAt']);
    });
  });
});
