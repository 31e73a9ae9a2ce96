import { ManualClock } from '@ledger/application';
import { fieldsOf, LUOYANG, ZHENGZHOU, ZHONGMU } from '../organisation/organisation-helpers';
import type { HttpClient } from '../support/http-client';
import { expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  accountClient,
  partnerIn,
  registerVolunteer,
  scheduleActivity,
  session,
  volunteerBody,
} from '../volunteering/support';

const NOW = new Date('2026-06-15T02:00:00Z');

// Setting up a region's worth of data over HTTP takes a few seconds on a loaded machine.
jest.setTimeout(60_000);

/**
 * GET /auth/me, /volunteers (list and search), /volunteers/{id}/family and /accounts over real
 * HTTP: paging, filters, order, region scope and that no list carries an ID number or a phone (the
 * volunteer list only their masked forms, to tell people of one name apart).
 */
describe('people lists over real HTTP', () => {
  let t: TestApp;
  let root: HttpClient;
  let zhongmuAdmin: { client: HttpClient; id: string; username: string };
  let zhongmuOrganiser: { client: HttpClient; id: string; username: string };
  let zhengzhouAuditor: { client: HttpClient; id: string; username: string };
  let luoyangAdmin: { client: HttpClient; id: string; username: string };
  let self: { client: HttpClient; id: string; username: string };
  let venue: { client: HttpClient; id: string; username: string };
  let partnerId: string;

  /** The people registered, in registration order (so in volunteer-number order within a county). */
  const people: { id: string; volunteerNo: string; name: string; idNumber: string; phone: string }[] = [];
  const register = async (name: string, regionCode = ZHONGMU) => {
    const body = volunteerBody({ name, regionCode });
    const volunteer = await registerVolunteer(root, body);
    people.push({ ...volunteer, name, idNumber: body.idNumber as string, phone: body.phone as string });
    return volunteer.id;
  };
  const byName = (name: string) => people.find((p) => p.name === name)!;

  beforeAll(async () => {
    t = await startTestApp({}, undefined, new ManualClock(NOW));
    root = await t.admin();
    // One at a time: registrations of a county share its volunteer-number counter.
    for (const name of ['王建国', '李秀英', 'Anna Smith', '王丽娟', '赵海燕']) await register(name);
    await register('张洛阳', LUOYANG);
    zhongmuAdmin = await accountClient(t, root, 'admin', ZHONGMU);
    zhongmuOrganiser = await accountClient(t, root, 'organiser', ZHONGMU);
    zhengzhouAuditor = await accountClient(t, root, 'auditor', ZHENGZHOU);
    luoyangAdmin = await accountClient(t, root, 'admin', LUOYANG);
    self = await accountClient(t, root, 'volunteer', ZHONGMU, { volunteerId: byName('王建国').id });
    partnerId = await partnerIn(root, ZHONGMU);
    venue = await accountClient(t, root, 'partner', ZHONGMU, { partnerId });

    // 李秀英 served 90 confirmed minutes; 赵海燕 was forgotten.
    const activity = await scheduleActivity(t, { regionCode: ZHONGMU });
    const recorded = await zhongmuOrganiser.client.post('/api/v1/service-records', {
      volunteerId: byName('李秀英').id,
      activityId: activity.activityId,
      ...session('09:00', 90),
      content: '科普讲解',
    });
    expect(recorded.status).toBe(201);
    expect((await root.post(`/api/v1/service-records/${recorded.body.id}/confirm`)).status).toBe(200);
    const forgotten = await root.post(`/api/v1/volunteers/${byName('赵海燕').id}/forget`, {
      reason: '本人申请注销',
    });
    expect(forgotten.status).toBe(200);
  });
  afterAll(() => t.close());

  /** No ID number or phone: the volunteer list shows their masked forms only. */
  const expectNoRawPersonalData = (body: unknown) => {
    const text = JSON.stringify(body);
    for (const person of people) {
      expect(text).not.toContain(person.idNumber);
      expect(text).not.toContain(person.phone);
    }
  };

  /** Nothing personal beyond a name and a number: no ID number or phone, raw or masked. */
  const expectNoPersonalData = (body: unknown) => {
    const text = JSON.stringify(body);
    for (const person of people) {
      expect(text).not.toContain(person.idNumber);
      expect(text).not.toContain(person.phone);
    }
    // Nor the masked forms (`1101**********002X`, `139****5678`) or their fields.
    expect(text).not.toContain('****');
    expect(text).not.toMatch(/idNumber|phone|idType/i);
  };

  describe('GET /auth/me', () => {
    it('tells each account who it is: role, region, and whom a partner or volunteer account acts for', async () => {
      const admin = await root.get('/api/v1/auth/me');
      expect(admin.status).toBe(200);
      expect(admin.body).toEqual({
        accountId: expect.stringMatching(/^acc-/),
        username: 'admin',
        role: 'admin',
        mustChangePassword: false,
        regionCode: '410000',
      });
      expect((await zhongmuOrganiser.client.get('/api/v1/auth/me')).body).toEqual({
        accountId: zhongmuOrganiser.id,
        username: zhongmuOrganiser.username,
        role: 'organiser',
        mustChangePassword: false,
        regionCode: ZHONGMU,
      });
      expect((await self.client.get('/api/v1/auth/me')).body).toEqual({
        accountId: self.id,
        username: self.username,
        role: 'volunteer',
        mustChangePassword: false,
        regionCode: ZHONGMU,
        volunteerId: byName('王建国').id,
      });
      expect((await venue.client.get('/api/v1/auth/me')).body).toEqual({
        accountId: venue.id,
        username: venue.username,
        role: 'partner',
        mustChangePassword: false,
        regionCode: ZHONGMU,
        partnerId,
      });
    });

    it('needs a valid token', async () => {
      expectProblem(await t.http.get('/api/v1/auth/me'), 401, 'UNAUTHENTICATED');
      expectProblem(await t.http.withToken('not-a-token').get('/api/v1/auth/me'), 401, 'UNAUTHENTICATED');
    });
  });

  describe('GET /volunteers', () => {
    it('lists the volunteers of the region by number, with hours and star, and ID number and phone masked', async () => {
      const response = await zhongmuAdmin.client.get('/api/v1/volunteers');
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ total: 5, page: 1, pageSize: 20 });
      const zhongmu = people.filter((p) => p.volunteerNo.startsWith(`${ZHONGMU}-`));
      expect(response.body.items.map((v: { id: string }) => v.id)).toEqual(zhongmu.map((p) => p.id));
      const numbers = response.body.items.map((v: { volunteerNo: string }) => v.volunteerNo);
      expect(numbers).toEqual([...numbers].sort());
      expect(response.body.items[1]).toEqual({
        id: byName('李秀英').id,
        volunteerNo: byName('李秀英').volunteerNo,
        name: '李秀英',
        idNumberMasked: expect.stringMatching(/^\d{4}\*{10}[\dX]{4}$/),
        phoneMasked: `${byName('李秀英').phone.slice(0, 3)}****${byName('李秀英').phone.slice(-4)}`,
        regionCode: ZHONGMU,
        status: 'active',
        confirmedMinutes: 90,
        starLevel: 0,
        registeredAt: expect.any(String),
      });
      expect(response.body.items[4]).toMatchObject({
        name: '已注销',
        status: 'forgotten',
        idNumberMasked: null,
        phoneMasked: null,
      });
      expectNoRawPersonalData(response.body);
    });

    it('q matches a part of the name (Latin letters in any case) or a part of the number', async () => {
      const search = async (q: string) =>
        (await zhongmuOrganiser.client.get(`/api/v1/volunteers?q=${encodeURIComponent(q)}`)).body;
      expect((await search('王')).items.map((v: { name: string }) => v.name)).toEqual(['王建国', '王丽娟']);
      expect((await search('smith')).items.map((v: { name: string }) => v.name)).toEqual(['Anna Smith']);
      expect((await search('丽娟')).total).toBe(1);
      const { volunteerNo } = byName('Anna Smith');
      expect((await search(volunteerNo)).items.map((v: { name: string }) => v.name)).toEqual(['Anna Smith']);
      expect((await search(`${ZHONGMU}-2026-`)).total).toBe(5);
      expect((await search(volunteerNo.slice(-3))).items.map((v: { name: string }) => v.name)).toEqual([
        'Anna Smith',
      ]);
      // A forgotten volunteer's name is gone: only its number still finds it.
      expect((await search('赵海燕')).total).toBe(0);
      expect((await search(byName('赵海燕').volunteerNo)).items).toEqual([
        expect.objectContaining({ name: '已注销', status: 'forgotten' }),
      ]);
      expectNoRawPersonalData(await search('王'));
    });

    it('pages, also while searching', async () => {
      const second = await root.get('/api/v1/volunteers?pageSize=2&page=2');
      expect(second.body).toMatchObject({ total: 6, page: 2, pageSize: 2 });
      expect(second.body.items.map((v: { id: string }) => v.id)).toEqual(
        (await root.get('/api/v1/volunteers')).body.items.slice(2, 4).map((v: { id: string }) => v.id),
      );
      const searched = await root.get(`/api/v1/volunteers?q=${encodeURIComponent('王')}&pageSize=1&page=2`);
      expect(searched.body).toMatchObject({ total: 2, page: 2, pageSize: 1, items: [{ name: '王丽娟' }] });
    });

    it('is region-scoped: each region sees its own volunteers only', async () => {
      const luoyang = await luoyangAdmin.client.get('/api/v1/volunteers');
      expect(luoyang.body).toMatchObject({ total: 1, items: [{ name: '张洛阳', regionCode: LUOYANG }] });
      expect(
        (await luoyangAdmin.client.get(`/api/v1/volunteers?q=${encodeURIComponent('王')}`)).body.total,
      ).toBe(0);
      expect((await zhengzhouAuditor.client.get('/api/v1/volunteers')).body.total).toBe(5);
      expect((await root.get('/api/v1/volunteers')).body.total).toBe(6);
    });

    it('volunteer and partner accounts are refused; bad paging and unknown parameters are 400', async () => {
      expectProblem(await self.client.get('/api/v1/volunteers'), 403, 'FORBIDDEN');
      expectProblem(await venue.client.get('/api/v1/volunteers'), 403, 'FORBIDDEN');
      for (const [query, field] of [
        ['pageSize=101', 'pageSize'],
        ['page=-1', 'page'],
        ['regionCode=410122', 'regionCode'],
        [`q=${'a'.repeat(65)}`, 'q'],
      ]) {
        const response = await root.get(`/api/v1/volunteers?${query}`);
        expectProblem(response, 400, 'VALIDATION_FAILED');
        expect(fieldsOf(response)).toEqual([field]);
      }
    });
    it('a volunteer forgotten after a search is no longer found by the name the search opened', async () => {
      const id = await register('钱洛宁', LUOYANG);
      const find = async () =>
        (await luoyangAdmin.client.get(`/api/v1/volunteers?q=${encodeURIComponent('洛宁')}`)).body;
      expect((await find()).items).toEqual([expect.objectContaining({ id, name: '钱洛宁' })]);
      expect(
        (await luoyangAdmin.client.post(`/api/v1/volunteers/${id}/forget`, { reason: '本人申请' })).status,
      ).toBe(200);
      expect((await find()).total).toBe(0);
      const listed = await luoyangAdmin.client.get('/api/v1/volunteers');
      expect(listed.body.items.find((v: { id: string }) => v.id === id)).toMatchObject({
        name: '已注销',
        status: 'forgotten',
      });
    });
  });

  describe('GET /volunteers/{id}/family', () => {
    beforeAll(async () => {
      const link = await self.client.post(`/api/v1/volunteers/${byName('王建国').id}/family`, {
        volunteerId: byName('王丽娟').id,
        relation: 'spouse',
      });
      expect(link.status).toBe(201);
      const child = await root.post(`/api/v1/volunteers/${byName('王建国').id}/family`, {
        volunteerId: byName('Anna Smith').id,
        relation: 'child',
      });
      expect(child.status).toBe(201);
    });

    it('lists the family the volunteer registered, in the order of registration, with numbers and names', async () => {
      const response = await self.client.get(`/api/v1/volunteers/${byName('王建国').id}/family`);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        items: [
          {
            volunteerId: byName('王丽娟').id,
            volunteerNo: byName('王丽娟').volunteerNo,
            name: '王丽娟',
            relation: 'spouse',
            linkedAt: NOW.toISOString(),
          },
          {
            volunteerId: byName('Anna Smith').id,
            volunteerNo: byName('Anna Smith').volunteerNo,
            name: 'Anna Smith',
            relation: 'child',
            linkedAt: NOW.toISOString(),
          },
        ],
      });
      expectNoPersonalData(response.body);
    });

    it('each family member lists the volunteer back with the reverse relation; no link is an empty list', async () => {
      const child = await zhongmuOrganiser.client.get(`/api/v1/volunteers/${byName('Anna Smith').id}/family`);
      expect(child.body.items).toEqual([
        expect.objectContaining({ volunteerId: byName('王建国').id, name: '王建国', relation: 'parent' }),
      ]);
      expect((await root.get(`/api/v1/volunteers/${byName('李秀英').id}/family`)).body).toEqual({
        items: [],
      });
    });

    it('only the volunteer itself and readers of its region', async () => {
      const id = byName('王丽娟').id;
      expect((await zhengzhouAuditor.client.get(`/api/v1/volunteers/${id}/family`)).status).toBe(200);
      expectProblem(await self.client.get(`/api/v1/volunteers/${id}/family`), 403, 'FORBIDDEN');
      expectProblem(await luoyangAdmin.client.get(`/api/v1/volunteers/${id}/family`), 403, 'FORBIDDEN');
      expectProblem(await venue.client.get(`/api/v1/volunteers/${id}/family`), 403, 'FORBIDDEN');
      expectProblem(await root.get('/api/v1/volunteers/vol-0/family'), 400, 'VALIDATION_FAILED');
      expectProblem(await root.get(`/api/v1/volunteers/vol-${'0'.repeat(24)}/family`), 404, 'NOT_FOUND');
    });
  });

  describe('GET /accounts', () => {
    it('an administrator lists the accounts of its region by username, never a password hash', async () => {
      const response = await zhongmuAdmin.client.get('/api/v1/accounts');
      expect(response.status).toBe(200);
      const usernames = [zhongmuAdmin, zhongmuOrganiser, self, venue].map((a) => a.username).sort();
      expect(response.body).toMatchObject({ total: 4, page: 1, pageSize: 20 });
      expect(response.body.items.map((a: { username: string }) => a.username)).toEqual(usernames);
      expect(response.body.items.find((a: { id: string }) => a.id === self.id)).toEqual({
        id: self.id,
        username: self.username,
        role: 'volunteer',
        mustChangePassword: false,
        regionCode: ZHONGMU,
        partnerId: null,
        volunteerId: byName('王建国').id,
        status: 'active',
        registeredAt: NOW.toISOString(),
      });
      // Whether the password must be changed is no secret; the password and its hash are.
      const text = JSON.stringify(response.body).replace(/"mustChangePassword":(true|false)/g, '');
      expect(text).not.toMatch(/password|scrypt|hash/i);
    });

    it('filters by role and by a part of the username; pages', async () => {
      const partners = await zhongmuAdmin.client.get('/api/v1/accounts?role=partner');
      expect(partners.body).toMatchObject({ total: 1, items: [{ id: venue.id, partnerId }] });
      const search = await root.get(`/api/v1/accounts?q=${encodeURIComponent(self.username.toUpperCase())}`);
      expect(search.body.items.map((a: { id: string }) => a.id)).toEqual([self.id]);
      const everyone = (await root.get('/api/v1/accounts')).body;
      expect(everyone.total).toBe(7);
      const second = await root.get('/api/v1/accounts?pageSize=3&page=2');
      expect(second.body).toMatchObject({ total: 7, page: 2, pageSize: 3 });
      expect(second.body.items).toEqual(everyone.items.slice(3, 6));
    });

    it('is region-scoped and for administrators only', async () => {
      const luoyang = await luoyangAdmin.client.get('/api/v1/accounts');
      expect(luoyang.body).toMatchObject({ total: 1, items: [{ id: luoyangAdmin.id }] });
      expect((await zhongmuAdmin.client.get('/api/v1/accounts?role=auditor')).body.total).toBe(0);
      for (const caller of [zhongmuOrganiser, zhengzhouAuditor, self, venue]) {
        expectProblem(await caller.client.get('/api/v1/accounts'), 403, 'FORBIDDEN');
      }
      expect(fieldsOf(await root.get('/api/v1/accounts?role=root'))).toEqual(['role']);
      expect(fieldsOf(await root.get('/api/v1/accounts?pageSize=1000'))).toEqual(['pageSize']);
      expect(fieldsOf(await root.get('/api/v1/accounts?status=active'))).toEqual(['status']);
    });
  });
});
