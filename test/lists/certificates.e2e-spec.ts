import { ManualClock } from '@ledger/application';
import type { HttpClient } from '../support/http-client';
import { expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  accountClient,
  fieldsOf,
  partnerIn,
  registerVolunteer,
  scheduleActivity,
  session,
} from '../volunteering/support';

const certificates = '/api/v1/certificates';

const issuerBody = (regionCode: string, name: string) => ({
  name,
  regionCode,
  personInCharge: '张主任',
  handler: '李经办',
  contact: '0371-12345678',
});

/**
 * GET /certificates: five certificates of four volunteers (two in 中牟县, one in 巩义市, one in 洛阳市),
 * issued on five days, one revoked; read by administrators, organisers, auditors and volunteers.
 */
describe('GET /certificates over real HTTP', () => {
  let t: TestApp;
  let root: HttpClient;
  let county: HttpClient;
  let city: HttpClient;
  let luoyang: HttpClient;
  let organiser: HttpClient;
  let cityAuditor: HttpClient;
  const clock = new ManualClock(new Date('2026-03-10T04:00:00Z'));
  const v: Record<string, string> = {};
  /** c1…c5 in issue order: the documents GET /certificates/{id} answers. */
  const c: Record<string, any> = {};

  const issue = async (client: HttpClient, day: string, body: object) => {
    clock.set(`${day}T10:00:00+08:00`);
    const response = await client.post(certificates, body);
    if (response.status !== 201) throw new Error(`${response.status} ${JSON.stringify(response.body)}`);
    return response.body.id as string;
  };
  const ok = async (response: Promise<{ status: number; body: any }>) => {
    const answered = await response;
    if (answered.status !== 200) throw new Error(`${answered.status} ${JSON.stringify(answered.body)}`);
    return answered.body;
  };
  const ids = (page: { items: { id: string }[] }) => page.items.map((item) => item.id);
  const named = (...names: string[]) => names.map((name) => c[name].id);
  const list = async (client: HttpClient, query = '') => ids(await ok(client.get(`${certificates}${query}`)));

  beforeAll(async () => {
    t = await startTestApp({}, undefined, clock);
    root = await t.admin();
    county = (await accountClient(t, root, 'admin', '410122')).client;
    city = (await accountClient(t, root, 'admin', '410100')).client;
    luoyang = (await accountClient(t, root, 'admin', '410300')).client;
    organiser = (await accountClient(t, root, 'organiser', '410122')).client;
    cityAuditor = (await accountClient(t, root, 'auditor', '410100')).client;
    for (const [region, name] of [
      ['410100', '郑州市科学技术协会'],
      ['410000', '河南省科学技术协会'],
    ]) {
      expect((await root.post('/api/v1/issuers', issuerBody(region, name))).status).toBe(201);
    }
    const { activityId } = await scheduleActivity(t, { regionCode: '410122', title: '科技馆科普讲解' });
    v.zhang = (await registerVolunteer(root, { name: '张三明', regionCode: '410122' })).id;
    v.li = (await registerVolunteer(root, { name: '李四', regionCode: '410122' })).id;
    v.wang = (await registerVolunteer(root, { name: '王五', regionCode: '410181' })).id;
    v.zhao = (await registerVolunteer(root, { name: '赵六', regionCode: '410300' })).id;
    for (const [volunteerId, minutes, date] of [
      [v.zhang, 90, '2026-03-03'],
      [v.zhang, 120, '2026-03-04'],
      [v.li, 60, '2026-03-03'],
    ] as const) {
      const recorded = await organiser.post('/api/v1/service-records', {
        volunteerId,
        activityId,
        ...session('09:00', minutes, date),
        content: '展厅讲解',
      });
      expect(recorded.status).toBe(201);
      await ok(county.post(`/api/v1/service-records/${recorded.body.id}/confirm`));
    }
    const issued = {
      c1: await issue(county, '2026-03-10', { volunteerId: v.zhang }),
      c2: await issue(county, '2026-03-11', { volunteerId: v.li }),
      c3: await issue(county, '2026-03-12', { volunteerId: v.zhang, from: '2026-03-04', to: '2026-03-05' }),
      c4: await issue(city, '2026-03-13', { volunteerId: v.wang }),
      c5: await issue(luoyang, '2026-03-14', { volunteerId: v.zhao }),
    };
    await ok(county.post(`${certificates}/${issued.c3}/revoke`, { reason: '出具有误' }));
    for (const [name, id] of Object.entries(issued)) c[name] = await ok(root.get(`${certificates}/${id}`));
  });
  afterAll(() => t.close());

  it('lists the certificates of volunteers inside the caller’s region, newest first', async () => {
    expect(await list(root)).toEqual(named('c5', 'c4', 'c3', 'c2', 'c1'));
    expect(await list(city)).toEqual(named('c4', 'c3', 'c2', 'c1'));
    expect(await list(cityAuditor)).toEqual(named('c4', 'c3', 'c2', 'c1'));
    expect(await list(county)).toEqual(named('c3', 'c2', 'c1'));
    expect(await list(organiser)).toEqual(named('c3', 'c2', 'c1'));
    expect(await list(luoyang)).toEqual(named('c5'));
  });

  it('each item says what the certificate says: number, volunteer, period, totals, status', async () => {
    const items = (await ok(root.get(certificates))).items as Record<string, unknown>[];
    for (const item of items) {
      const document = Object.values(c).find((d) => d.id === item.id);
      expect(item).toEqual({
        id: document.id,
        number: document.number,
        volunteerId: document.volunteer.id,
        volunteerNo: document.volunteer.volunteerNo,
        volunteerName: document.volunteer.name,
        issuedAt: document.issuedAt,
        period: document.period,
        totals: { minutes: document.totals.minutes, records: document.totals.records },
        status: document.status,
      });
    }
    const zhangFirst = items.find((item) => item.id === c.c1.id)!;
    expect(zhangFirst).toMatchObject({
      volunteerName: '张三明',
      period: { from: '2026-03-03', to: '2026-03-10' },
      totals: { minutes: 210, records: 2 },
      status: 'valid',
    });
    expect(items.find((item) => item.id === c.c3.id)).toMatchObject({
      period: { from: '2026-03-04', to: '2026-03-05' },
      totals: { minutes: 120, records: 1 },
      status: 'revoked',
    });
    expect(JSON.stringify(items)).not.toMatch(/idNumber|phone/);
  });

  it('filters by volunteer, number (whole or its beginning), status and issue dates', async () => {
    expect(await list(root, `?volunteerId=${v.zhang}`)).toEqual(named('c3', 'c1'));
    expect(await list(root, `?number=${c.c4.number}`)).toEqual(named('c4'));
    expect(c.c5.number).toMatch(/^410000-2026-/);
    expect(await list(root, '?number=410000')).toEqual(named('c5'));
    expect(await list(root, '?number=410100-2026')).toEqual(named('c4', 'c3', 'c2', 'c1'));
    expect(await list(root, '?number=410100-2027')).toEqual([]);
    expect(await list(root, '?status=revoked')).toEqual(named('c3'));
    expect(await list(root, '?status=valid')).toEqual(named('c5', 'c4', 'c2', 'c1'));
    expect(await list(root, '?from=2026-03-11&to=2026-03-12')).toEqual(named('c3', 'c2'));
    expect(await list(root, '?from=2026-03-13')).toEqual(named('c5', 'c4'));
    expect(await list(root, '?to=2026-03-10')).toEqual(named('c1'));
    expect(await list(root, '?from=2026-03-12&to=2026-03-12')).toEqual(named('c3'));
    expect(await list(root, `?volunteerId=${v.zhang}&status=valid`)).toEqual(named('c1'));
    // A filter never widens the region: the county admin asking for the Luoyang volunteer sees nothing.
    expect(await list(county, `?volunteerId=${v.zhao}`)).toEqual([]);
  });

  it('pages: total on every page, the pages in order', async () => {
    const pages = [];
    for (const page of [1, 2, 3]) pages.push(await ok(root.get(`${certificates}?pageSize=2&page=${page}`)));
    expect(pages.map((p) => [p.total, p.page, p.pageSize, p.items.length])).toEqual([
      [5, 1, 2, 2],
      [5, 2, 2, 2],
      [5, 3, 2, 1],
    ]);
    expect(pages.flatMap(ids)).toEqual(named('c5', 'c4', 'c3', 'c2', 'c1'));
    const defaults = await ok(root.get(certificates));
    expect([defaults.page, defaults.pageSize, defaults.total]).toEqual([1, 20, 5]);
  });

  it('a volunteer account lists only its own; asking for another volunteer is 403; partners are refused', async () => {
    const zhang = (await accountClient(t, root, 'volunteer', '410122', { volunteerId: v.zhang })).client;
    expect(await list(zhang)).toEqual(named('c3', 'c1'));
    expect(await list(zhang, `?volunteerId=${v.zhang}&status=revoked`)).toEqual(named('c3'));
    expectProblem(await zhang.get(`${certificates}?volunteerId=${v.li}`), 403, 'FORBIDDEN');
    const li = (await accountClient(t, root, 'volunteer', '410122', { volunteerId: v.li })).client;
    expect(await list(li)).toEqual(named('c2'));
    const partner = (
      await accountClient(t, root, 'partner', '410122', { partnerId: await partnerIn(root, '410122') })
    ).client;
    expectProblem(await partner.get(certificates), 403, 'FORBIDDEN');
    expectProblem(await t.http.get(certificates), 401, 'UNAUTHENTICATED');
  });

  it('refuses bad filters and unknown parameters with the field named', async () => {
    for (const [query, field] of [
      ['from=2026-02-30', 'from'],
      ['to=yesterday', 'to'],
      ['from=2026-03-12&to=2026-03-11', 'to'],
      ['status=expired', 'status'],
      ['number=abc', 'number'],
      ['volunteerId=vol-1', 'volunteerId'],
      ['pageSize=101', 'pageSize'],
      ['page=0', 'page'],
      ['issuer=iss-410100', 'issuer'],
    ]) {
      const response = await root.get(`${certificates}?${query}`);
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(fieldsOf(response)).toEqual([field]);
    }
  });

  it('a forgotten volunteer’s certificates stay listed, without the name', async () => {
    await ok(root.post(`/api/v1/volunteers/${v.li}/forget`, { reason: '本人申请注销' }));
    const [item] = (await ok(root.get(`${certificates}?volunteerId=${v.li}`))).items;
    expect(item).toMatchObject({
      id: c.c2.id,
      volunteerNo: c.c2.volunteer.volunteerNo,
      volunteerName: '已注销',
    });
    expect(JSON.stringify(item)).not.toContain('李四');
  });
});
