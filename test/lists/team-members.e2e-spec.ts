import {
  created,
  fieldsOf,
  LUOYANG,
  registerVolunteers,
  signInAs,
  teamBody,
  ZHENGZHOU,
  ZHONGMU,
  zhongmuResident,
} from '../organisation/organisation-helpers';
import type { HttpClient, Response } from '../support/http-client';
import { expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

jest.setTimeout(60_000);

interface Member {
  volunteerId: string;
  volunteerNo: string;
  name: string;
  joinedAt: string;
  exitedAt?: string;
  exitReason?: string;
}

const ids = (response: Response) => (response.body.items as Member[]).map((m) => m.volunteerId);

/** Joined first, then by volunteer number: the documented order. */
const inListOrder = (items: Member[]) =>
  [...items].sort((a, b) =>
    a.joinedAt === b.joinedAt
      ? a.volunteerNo.localeCompare(b.volunteerNo)
      : a.joinedAt.localeCompare(b.joinedAt),
  );

/**
 * GET /teams/{id}/members over real HTTP: joins and exits (with the reason), the status filter,
 * paging, names opened from the sealed data, no ID number or phone, and who may read it.
 */
describe('a team’s members over real HTTP', () => {
  let t: TestApp;
  let root: HttpClient;
  let zhongmuOrganiser: HttpClient;
  let zhengzhouAuditor: HttpClient;
  let luoyangAdmin: HttpClient;
  let volunteer: HttpClient;
  let partner: HttpClient;
  let teamId: string;
  let otherTeamId: string;
  let luoyangTeamId: string;
  /** In the order they joined. */
  let joined: string[];
  const registrations: { name: string; idNumber: string; phone: string }[] = [];
  const members = (team = teamId) => `/api/v1/teams/${team}/members`;

  beforeAll(async () => {
    t = await startTestApp();
    root = await t.admin();
    zhongmuOrganiser = await signInAs(t, root, 'zhongmu.organiser', 'organiser', ZHONGMU);
    zhengzhouAuditor = await signInAs(t, root, 'zhengzhou.auditor', 'auditor', ZHENGZHOU);
    luoyangAdmin = await signInAs(t, root, 'luoyang.admin', 'admin', LUOYANG);

    teamId = created(await root.post('/api/v1/teams', teamBody({ name: '中牟县人民医院科技志愿服务队' }))).id;
    otherTeamId = created(await root.post('/api/v1/teams', teamBody({ name: '中牟县农技服务队' }))).id;
    luoyangTeamId = created(
      await root.post('/api/v1/teams', teamBody({ name: '洛阳理工科技志愿服务队', regionCode: LUOYANG })),
    ).id;

    joined = [];
    for (let i = 0; i < 5; i++) {
      const body = zhongmuResident();
      registrations.push(body);
      joined.push(created(await root.post('/api/v1/volunteers', body)).id);
    }
    // One at a time, so the join order is the list's order.
    for (const volunteerId of joined) {
      created(await zhongmuOrganiser.post(members(), { volunteerId }));
    }
    // A member of another team only.
    const [elsewhere] = await registerVolunteers(root, 1);
    created(await root.post(members(otherTeamId), { volunteerId: elsewhere }));

    volunteer = await signInAs(t, root, 'zhongmu.volunteer', 'volunteer', ZHONGMU, {
      volunteerId: joined[0],
    });
    const partnerId = created(
      await root.post('/api/v1/partners', {
        name: '中牟县科技馆',
        regionCode: ZHONGMU,
        venueType: 'science-museum',
      }),
    ).id;
    partner = await signInAs(t, root, 'zhongmu.venue', 'partner', ZHONGMU, { partnerId });
  });

  afterAll(() => t?.close());

  it('lists the current members by join, with their numbers and names, and nothing personal beyond', async () => {
    const response = await zhongmuOrganiser.get(members());
    expect(response.status).toBe(200);
    expect(response.body).toEqual(expect.objectContaining({ total: 5, page: 1, pageSize: 20 }));
    expect(ids(response)).toEqual(joined);
    const items = response.body.items as Member[];
    expect(inListOrder(items)).toEqual(items);
    items.forEach((item, i) => {
      expect(Object.keys(item).sort()).toEqual(['joinedAt', 'name', 'volunteerId', 'volunteerNo']);
      expect(item.name).toBe(registrations[i].name);
      expect(item.volunteerNo).toMatch(/^410122-\d{4}-\d{6}$/);
      expect(new Date(item.joinedAt).toISOString()).toBe(item.joinedAt);
    });
    const text = JSON.stringify(response.body);
    for (const { idNumber, phone } of registrations) {
      expect(text).not.toContain(idNumber);
      expect(text).not.toContain(phone);
    }
    expect(text).not.toMatch(/idNumber|phone|\*{3}/i);
  });

  it('an exit moves a member to the exited list with the reason; rejoining makes it current again', async () => {
    expect(
      (await zhongmuOrganiser.post(`${members()}/${joined[1]}/exit`, { reason: '毕业离校' })).status,
    ).toBe(200);
    expect((await root.post(`${members()}/${joined[3]}/exit`, { reason: '工作调动' })).status).toBe(200);

    const active = await zhongmuOrganiser.get(`${members()}?status=active`);
    expect(ids(active)).toEqual([joined[0], joined[2], joined[4]]);
    expect(active.body.total).toBe(3);
    expect(ids(await zhongmuOrganiser.get(members()))).toEqual(ids(active));

    const exited = await zhongmuOrganiser.get(`${members()}?status=exited`);
    expect(exited.status).toBe(200);
    expect(ids(exited)).toEqual([joined[1], joined[3]]);
    const [first, second] = exited.body.items as Member[];
    expect(first).toEqual(
      expect.objectContaining({
        name: registrations[1].name,
        exitReason: '毕业离校',
        exitedAt: expect.any(String),
      }),
    );
    expect(second.exitReason).toBe('工作调动');
    expect(first.exitedAt! >= first.joinedAt).toBe(true);

    const all = await zhengzhouAuditor.get(`${members()}?status=all`);
    expect(all.body.total).toBe(5);
    expect(ids(all)).toEqual(joined);
    // Current members carry no exit fields.
    expect(
      (all.body.items as Member[]).filter((m) => m.exitReason !== undefined).map((m) => m.volunteerId),
    ).toEqual([joined[1], joined[3]]);

    // Rejoining: current again, listed by its new join (last), the old exit gone.
    created(await root.post(members(), { volunteerId: joined[1] }));
    const after = await root.get(members());
    expect(ids(after)).toEqual([joined[0], joined[2], joined[4], joined[1]]);
    expect(Object.keys(after.body.items[3]).sort()).toEqual([
      'joinedAt',
      'name',
      'volunteerId',
      'volunteerNo',
    ]);
    expect(ids(await root.get(`${members()}?status=exited`))).toEqual([joined[3]]);
    // The team's size agrees with its list.
    expect((await root.get(`/api/v1/teams/${teamId}`)).body.memberCount).toBe(4);
  });

  it('pages in the documented order without overlap', async () => {
    const pages: string[][] = [];
    for (const page of [1, 2, 3]) {
      const response = await root.get(`${members()}?status=all&pageSize=2&page=${page}`);
      expect(response.status).toBe(200);
      expect(response.body).toEqual(expect.objectContaining({ total: 5, page, pageSize: 2 }));
      pages.push(ids(response));
    }
    expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
    const all = await root.get(`${members()}?status=all&pageSize=100`);
    expect(pages.flat()).toEqual(ids(all));
    expect(inListOrder(all.body.items)).toEqual(all.body.items);
    expect((await root.get(`${members()}?status=all&page=4&pageSize=2`)).body.items).toEqual([]);
  });

  it('only the team’s own members', async () => {
    const other = await root.get(members(otherTeamId));
    expect(other.body.total).toBe(1);
    expect(ids(other)).not.toContain(joined[0]);
    expect((await root.get(members(luoyangTeamId))).body).toEqual(
      expect.objectContaining({ items: [], total: 0 }),
    );
  });

  it('bad filters and pages are 400 VALIDATION_FAILED naming the field', async () => {
    for (const [query, field] of [
      ['status=current', 'status'],
      ['page=0', 'page'],
      ['pageSize=101', 'pageSize'],
      ['pageSize=x', 'pageSize'],
    ]) {
      const response = await root.get(`${members()}?${query}`);
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(fieldsOf(response)).toEqual([field]);
    }
  });

  it('who may read it: the team’s readers; 404 unknown; 403 outside the region or for other accounts', async () => {
    expect((await zhengzhouAuditor.get(members())).status).toBe(200);
    expectProblem(await luoyangAdmin.get(members()), 403, 'FORBIDDEN');
    expect((await luoyangAdmin.get(members(luoyangTeamId))).status).toBe(200);
    expectProblem(await zhongmuOrganiser.get(members(luoyangTeamId)), 403, 'FORBIDDEN');
    expectProblem(await root.get(members('tm-000000000000000000000000')), 404, 'NOT_FOUND');
    expectProblem(await volunteer.get(members()), 403, 'FORBIDDEN');
    expectProblem(await partner.get(members()), 403, 'FORBIDDEN');
    expect((await t.http.get(members())).status).toBe(401);
  });

  it('is described in the OpenAPI document', async () => {
    const docs = await t.http.get('/api/docs-json');
    const get = docs.body.paths['/api/v1/teams/{id}/members'].get;
    expect(get.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['id', 'status', 'page', 'pageSize']),
    );
    expect(Object.keys(get.responses)).toContain('200');
  });
});
