import type { HttpClient } from '../support/http-client';
import { expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  created,
  fieldsOf,
  headPosition,
  LUOYANG,
  pilotBody,
  registerVolunteers,
  signInAs,
  teamBody,
  ZHENGZHOU,
  ZHONGMU,
} from './organisation-helpers';

describe('teams over real HTTP', () => {
  let t: TestApp;
  let admin: HttpClient;
  let pilotId: string;
  let volunteers: string[];

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.admin();
    pilotId = created(await admin.post('/api/v1/pilots', pilotBody())).id;
    volunteers = await registerVolunteers(admin, 6);
  });
  afterAll(() => t.close());

  it('forms a team with its partner institution and pilot: 201, ETag, Location, size 0', async () => {
    const response = await admin.post('/api/v1/teams', teamBody({ pilotId }));
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      id: expect.stringMatching(/^tm-[0-9a-f]{24}$/),
      name: '郑州大学科技志愿服务队',
      regionCode: ZHONGMU,
      pilotId,
      institution: { kind: 'university', name: '郑州大学' },
      platformRegistrationNo: null,
      memberCount: 0,
      formedAt: expect.any(String),
    });
    expect(response.headers.get('etag')).toBe('"0"');
    expect(response.headers.get('location')).toBe(`/api/v1/teams/${response.body.id}`);
    expect((await admin.get(`/api/v1/teams/${response.body.id}`)).body).toEqual(response.body);
  });

  it('records the 大美志愿 number at once or later; replacing it needs a reason', async () => {
    const withNumber = created(
      await admin.post('/api/v1/teams', teamBody({ platformRegistrationNo: 'DMZY-410122-0001' })),
    );
    expect(withNumber.platformRegistrationNo).toBe('DMZY-410122-0001');

    const team = created(
      await admin.post(
        '/api/v1/teams',
        teamBody({ institution: { kind: 'medical', name: '中牟县人民医院' } }),
      ),
    );
    const path = `/api/v1/teams/${team.id}/platform-registration`;
    const first = await admin.put(path, { platformRegistrationNo: 'DMZY-410122-0002' });
    expect(first.status).toBe(200);
    expect(first.body.platformRegistrationNo).toBe('DMZY-410122-0002');
    expect(first.headers.get('etag')).toBe('"1"');

    const same = await admin.put(path, { platformRegistrationNo: 'DMZY-410122-0002' });
    expect(same.status).toBe(200);
    expect(same.headers.get('etag')).toBe('"1"');

    expectProblem(
      await admin.put(path, { platformRegistrationNo: 'DMZY-410122-0003' }),
      422,
      'REASON_REQUIRED',
    );
    expectProblem(
      await admin.put(
        path,
        { platformRegistrationNo: 'DMZY-410122-0003', reason: '录入错误' },
        { 'if-match': '"0"' },
      ),
      409,
      'CONFLICT',
    );
    const corrected = await admin.put(
      path,
      { platformRegistrationNo: 'DMZY-410122-0003', reason: '录入错误' },
      { 'if-match': '"1"' },
    );
    expect(corrected.status).toBe(200);
    expect(corrected.body.platformRegistrationNo).toBe('DMZY-410122-0003');
    expect((await admin.get(`/api/v1/teams/${team.id}`)).body.platformRegistrationNo).toBe(
      'DMZY-410122-0003',
    );
  });

  it('volunteers join and exit with a reason; the size follows; joining twice is 409; a non-member cannot exit', async () => {
    const team = created(await admin.post('/api/v1/teams', teamBody()));
    const members = `/api/v1/teams/${team.id}/members`;
    for (const [i, volunteerId] of volunteers.slice(0, 3).entries()) {
      const joined = await admin.post(members, { volunteerId });
      expect(joined.status).toBe(201);
      expect(joined.body).toEqual({
        teamId: team.id,
        volunteerId,
        status: 'current',
        at: expect.any(String),
        reason: null,
        memberCount: i + 1,
      });
    }
    expect((await admin.get(`/api/v1/teams/${team.id}`)).body.memberCount).toBe(3);

    const before = await headPosition(t);
    expectProblem(await admin.post(members, { volunteerId: volunteers[0] }), 409, 'CONFLICT');
    expect(await headPosition(t)).toBe(before);

    const exit = await admin.post(`${members}/${volunteers[1]}/exit`, { reason: '毕业离校' });
    expect(exit.status).toBe(200);
    expect(exit.body).toEqual({
      teamId: team.id,
      volunteerId: volunteers[1],
      status: 'exited',
      at: expect.any(String),
      reason: '毕业离校',
      memberCount: 2,
    });
    const read = await admin.get(`/api/v1/teams/${team.id}`);
    expect(read.body.memberCount).toBe(2);
    expect(read.headers.get('etag')).toBe(exit.headers.get('etag'));

    expectProblem(
      await admin.post(`${members}/${volunteers[1]}/exit`, { reason: '再次退出' }),
      422,
      'NOT_A_MEMBER',
    );
    expectProblem(await admin.post(`${members}/${volunteers[4]}/exit`, { reason: 'x' }), 422, 'NOT_A_MEMBER');
    // Rejoining after an exit is a new membership.
    expect((await admin.post(members, { volunteerId: volunteers[1] })).body.memberCount).toBe(3);
  });

  it('a volunteer who does not exist cannot join (404), nor anyone join an unknown team (404)', async () => {
    const team = created(await admin.post('/api/v1/teams', teamBody()));
    const before = await headPosition(t);
    expectProblem(
      await admin.post(`/api/v1/teams/${team.id}/members`, { volunteerId: 'vol-ffffffffffffffffffffffff' }),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await admin.post('/api/v1/teams/tm-000000000000000000000000/members', { volunteerId: volunteers[0] }),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await admin.post(`/api/v1/teams/tm-000000000000000000000000/members/${volunteers[0]}/exit`, {
        reason: 'x',
      }),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await admin.put('/api/v1/teams/tm-000000000000000000000000/platform-registration', {
        platformRegistrationNo: 'A1',
      }),
      404,
      'NOT_FOUND',
    );
    expectProblem(await admin.get('/api/v1/teams/tm-000000000000000000000000'), 404, 'NOT_FOUND');
    expect(await headPosition(t)).toBe(before);
  });

  it('a pilot must exist (404) and contain the team (422 OUTSIDE_PILOT_REGION)', async () => {
    const before = await headPosition(t);
    expectProblem(
      await admin.post('/api/v1/teams', teamBody({ pilotId: 'plt-000000000000000000000000' })),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await admin.post('/api/v1/teams', teamBody({ pilotId, regionCode: ZHENGZHOU })),
      422,
      'OUTSIDE_PILOT_REGION',
    );
    expect(await headPosition(t)).toBe(before);
  });

  it('invalid input is 400 with every bad field named, and writes nothing', async () => {
    const team = created(await admin.post('/api/v1/teams', teamBody()));
    const before = await headPosition(t);
    const cases: Array<[string, string, unknown, string[]]> = [
      ['POST', '/api/v1/teams', {}, ['institution', 'name', 'regionCode']],
      [
        'POST',
        '/api/v1/teams',
        teamBody({ institution: { kind: 'school', name: '' } }),
        ['institution.kind', 'institution.name'],
      ],
      [
        'POST',
        '/api/v1/teams',
        teamBody({ institution: { kind: 'university', name: '郑大', extra: 1 } }),
        ['institution.extra'],
      ],
      ['POST', '/api/v1/teams', teamBody({ institution: 'university' }), ['institution']],
      ['POST', '/api/v1/teams', teamBody({ regionCode: '410099' }), ['regionCode']],
      ['POST', '/api/v1/teams', teamBody({ pilotId: 'pilot-1' }), ['pilotId']],
      ['POST', '/api/v1/teams', teamBody({ platformRegistrationNo: '有 空格' }), ['platformRegistrationNo']],
      ['POST', '/api/v1/teams', teamBody({ name: 'x'.repeat(100_000) }), ['name']],
      ['POST', '/api/v1/teams', teamBody({ memberCount: 100 }), ['memberCount']],
      ['PUT', `/api/v1/teams/${team.id}/platform-registration`, {}, ['platformRegistrationNo']],
      [
        'PUT',
        `/api/v1/teams/${team.id}/platform-registration`,
        { platformRegistrationNo: 'A1', reason: 7 },
        ['reason'],
      ],
      ['POST', `/api/v1/teams/${team.id}/members`, {}, ['volunteerId']],
      ['POST', `/api/v1/teams/${team.id}/members`, { volunteerId: ['v'] }, ['volunteerId']],
      ['POST', `/api/v1/teams/${team.id}/members`, { volunteerId: volunteers[0], role: 'leader' }, ['role']],
      ['POST', `/api/v1/teams/${team.id}/members/${volunteers[0]}/exit`, {}, ['reason']],
      ['POST', `/api/v1/teams/${team.id}/members/${volunteers[0]}/exit`, { reason: ' ' }, ['reason']],
      [
        'POST',
        `/api/v1/teams/${team.id}/members/${volunteers[0]}/exit`,
        { reason: '因'.repeat(501) },
        ['reason'],
      ],
    ];
    for (const [method, path, body, fields] of cases) {
      const response = await admin.request(method, path, body);
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect({ path, fields: fieldsOf(response) }).toEqual({ path, fields: [...fields].sort() });
    }
    expectProblem(
      await admin.put(
        `/api/v1/teams/${team.id}/platform-registration`,
        { platformRegistrationNo: 'A1' },
        { 'if-match': 'yesterday' },
      ),
      400,
      'VALIDATION_FAILED',
    );
    expect(await headPosition(t)).toBe(before);
  });

  describe('roles and regions', () => {
    let countyAdmin: HttpClient;
    let organiser: HttpClient;
    let luoyangOrganiser: HttpClient;
    let auditor: HttpClient;
    let teamId: string;

    beforeAll(async () => {
      countyAdmin = await signInAs(t, admin, 'team.county.admin', 'admin', ZHONGMU);
      organiser = await signInAs(t, admin, 'team.organiser', 'organiser', ZHONGMU);
      luoyangOrganiser = await signInAs(t, admin, 'team.ly.organiser', 'organiser', LUOYANG);
      auditor = await signInAs(t, admin, 'team.auditor', 'auditor', ZHONGMU);
      teamId = created(await countyAdmin.post('/api/v1/teams', teamBody())).id;
    });

    it('administrators form teams inside their region only; organisers and auditors do not form teams', async () => {
      expectProblem(
        await countyAdmin.post('/api/v1/teams', teamBody({ regionCode: ZHENGZHOU })),
        403,
        'FORBIDDEN',
      );
      expectProblem(await organiser.post('/api/v1/teams', teamBody()), 403, 'FORBIDDEN');
      expectProblem(await auditor.post('/api/v1/teams', teamBody()), 403, 'FORBIDDEN');
      expectProblem(
        await organiser.put(`/api/v1/teams/${teamId}/platform-registration`, {
          platformRegistrationNo: 'A1',
        }),
        403,
        'FORBIDDEN',
      );
    });

    it('organisers of the region keep the roster; others may not', async () => {
      const [a, b] = volunteers.slice(4);
      expect((await organiser.post(`/api/v1/teams/${teamId}/members`, { volunteerId: a })).status).toBe(201);
      expectProblem(
        await luoyangOrganiser.post(`/api/v1/teams/${teamId}/members`, { volunteerId: b }),
        403,
        'FORBIDDEN',
      );
      expectProblem(
        await auditor.post(`/api/v1/teams/${teamId}/members`, { volunteerId: b }),
        403,
        'FORBIDDEN',
      );
      expectProblem(
        await luoyangOrganiser.post(`/api/v1/teams/${teamId}/members/${a}/exit`, { reason: 'x' }),
        403,
        'FORBIDDEN',
      );
      expect(
        (await organiser.post(`/api/v1/teams/${teamId}/members/${a}/exit`, { reason: '工作调动' })).status,
      ).toBe(200);
    });

    it('auditors and organisers of the region read; others get 403', async () => {
      expect((await auditor.get(`/api/v1/teams/${teamId}`)).status).toBe(200);
      expect((await organiser.get(`/api/v1/teams/${teamId}`)).status).toBe(200);
      expectProblem(await luoyangOrganiser.get(`/api/v1/teams/${teamId}`), 403, 'FORBIDDEN');
    });
  });
});
