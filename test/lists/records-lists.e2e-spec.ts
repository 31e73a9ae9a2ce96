import { ManualClock } from '@ledger/application';
import { DateTime } from 'luxon';
import { fieldsOf, LUOYANG, ZHENGZHOU, ZHONGMU } from '../organisation/organisation-helpers';
import type { HttpClient } from '../support/http-client';
import { expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  accountClient,
  partnerIn,
  registerVolunteer,
  scheduleActivity,
  volunteerBody,
} from '../volunteering/support';

/** "Now" for the run: the business month is 2026-06. */
const NOW = DateTime.fromISO('2026-06-15T10:00:00', { zone: 'Asia/Shanghai' });

type Item = Record<string, unknown> & { id: string };

// Setting up a region's worth of data over HTTP takes a few seconds on a loaded machine.
jest.setTimeout(60_000);

/**
 * GET /service-records (the confirmation queue and the record lists) and GET
 * /volunteers/{id}/monthly-hours over real HTTP.
 */
describe('service-record lists and monthly hours over real HTTP', () => {
  let t: TestApp;
  const clock = new ManualClock(NOW.toJSDate());
  let root: HttpClient;
  let zhongmuAdmin: HttpClient;
  let zhongmuOrganiser: HttpClient;
  let zhengzhouAuditor: HttpClient;
  let luoyangAdmin: HttpClient;
  let luoyangOrganiser: HttpClient;
  let selfA: HttpClient;
  let selfB: HttpClient;
  let venue: HttpClient;

  const volunteers: Record<string, { id: string; volunteerNo: string; idNumber: string; phone: string }> = {};
  const activityIds: Record<string, string> = {};
  /** Records by name, in the order they were recorded (each a minute after the last). */
  const records: Record<string, string> = {};
  let recordings = 0;

  const record = async (
    key: string,
    by: HttpClient,
    volunteer: string,
    activity: string,
    startedAt: string,
    minutes: number,
  ) => {
    clock.set(NOW.plus({ minutes: ++recordings }).toJSDate());
    const start = DateTime.fromISO(startedAt, { setZone: true });
    const response = await by.post('/api/v1/service-records', {
      volunteerId: volunteers[volunteer].id,
      activityId: activityIds[activity],
      startedAt: start.toISO({ suppressMilliseconds: true }),
      endedAt: start.plus({ minutes }).toISO({ suppressMilliseconds: true }),
      content: '科普讲解',
    });
    if (response.status !== 201) throw new Error(`record ${key}: ${JSON.stringify(response.body)}`);
    records[key] = response.body.id;
  };
  const change = async (key: string, action: 'confirm' | 'reject' | 'void') => {
    const response = await root.post(
      `/api/v1/service-records/${records[key]}/${action}`,
      action === 'confirm' ? undefined : { reason: '核实结果' },
    );
    if (response.status !== 200) throw new Error(`${action} ${key}: ${JSON.stringify(response.body)}`);
  };

  const ids = (response: { body: { items: Item[] } }) =>
    response.body.items.map((item) => Object.entries(records).find(([, id]) => id === item.id)?.[0]);

  beforeAll(async () => {
    t = await startTestApp({}, undefined, clock);
    root = await t.admin();
    // A and B live in 中牟县, C and D in 洛阳市.
    for (const [key, regionCode] of [
      ['A', ZHONGMU],
      ['B', ZHONGMU],
      ['C', LUOYANG],
      ['D', LUOYANG],
    ]) {
      const body = volunteerBody({ name: `志愿者${key}`, regionCode });
      const volunteer = await registerVolunteer(root, body);
      volunteers[key] = { ...volunteer, idNumber: body.idNumber as string, phone: body.phone as string };
    }
    zhongmuAdmin = (await accountClient(t, root, 'admin', ZHONGMU)).client;
    zhongmuOrganiser = (await accountClient(t, root, 'organiser', ZHONGMU)).client;
    zhengzhouAuditor = (await accountClient(t, root, 'auditor', ZHENGZHOU)).client;
    luoyangAdmin = (await accountClient(t, root, 'admin', LUOYANG)).client;
    luoyangOrganiser = (await accountClient(t, root, 'organiser', LUOYANG)).client;
    selfA = (await accountClient(t, root, 'volunteer', ZHONGMU, { volunteerId: volunteers.A.id })).client;
    selfB = (await accountClient(t, root, 'volunteer', ZHONGMU, { volunteerId: volunteers.B.id })).client;
    venue = (await accountClient(t, root, 'partner', ZHONGMU, { partnerId: await partnerIn(root) })).client;

    const schedule = async (key: string, data: Parameters<typeof scheduleActivity>[1]) =>
      (activityIds[key] = (await scheduleActivity(t, { campaigns: [], ...data })).activityId);
    await schedule('season', {
      title: '中牟县科普季',
      regionCode: ZHONGMU,
      startsAt: '2025-12-01T08:00:00+08:00',
      endsAt: '2026-06-10T20:00:00+08:00',
    });
    await schedule('may', {
      title: '五月科普周',
      regionCode: ZHONGMU,
      startsAt: '2026-05-01T08:00:00+08:00',
      endsAt: '2026-05-31T20:00:00+08:00',
    });
    await schedule('luoyang', {
      title: '洛阳科普月',
      regionCode: LUOYANG,
      startsAt: '2026-03-01T08:00:00+08:00',
      endsAt: '2026-03-31T20:00:00+08:00',
    });

    await record('r1', zhongmuOrganiser, 'A', 'season', '2026-03-02T09:00:00+08:00', 60);
    await record('r2', zhongmuOrganiser, 'B', 'season', '2026-03-03T09:00:00+08:00', 30);
    await record('r3', zhongmuOrganiser, 'A', 'season', '2026-03-04T09:00:00+08:00', 45);
    await record('r4', zhongmuOrganiser, 'B', 'season', '2026-03-05T09:00:00+08:00', 20);
    await record('r5', zhongmuOrganiser, 'A', 'may', '2026-05-10T09:00:00+08:00', 120);
    // A 洛阳 volunteer serving in 中牟; a 中牟 volunteer serving in 洛阳.
    await record('r6', zhongmuOrganiser, 'D', 'season', '2026-03-06T09:00:00+08:00', 50);
    await record('r7', luoyangOrganiser, 'B', 'luoyang', '2026-03-07T09:00:00+08:00', 40);
    await record('r8', luoyangOrganiser, 'C', 'luoyang', '2026-03-08T09:00:00+08:00', 35);
    await record('r9', zhongmuOrganiser, 'A', 'season', '2026-03-09T09:00:00+08:00', 25);
    await record('r10', zhongmuOrganiser, 'A', 'season', '2025-12-20T09:00:00+08:00', 90);
    // Half past midnight on 1 April in Shanghai is still 31 March in UTC: it counts in April.
    await record('r11', zhongmuOrganiser, 'A', 'season', '2026-04-01T00:30:00+08:00', 30);
    for (const key of ['r1', 'r5', 'r7', 'r9', 'r10', 'r11']) await change(key, 'confirm');
    await change('r4', 'reject');
    await change('r9', 'void');
  });
  afterAll(() => t.close());

  describe('GET /service-records', () => {
    it('lists the records of the region, the most recently recorded first, with volunteer and activity', async () => {
      const response = await zhongmuAdmin.get('/api/v1/service-records');
      expect(response.status).toBe(200);
      // Served in 中牟 (r1–r6, r9–r11) or by a 中牟 volunteer elsewhere (r7); not r8.
      expect(response.body).toMatchObject({ total: 10, page: 1, pageSize: 20 });
      expect(ids(response)).toEqual(['r11', 'r10', 'r9', 'r7', 'r6', 'r5', 'r4', 'r3', 'r2', 'r1']);
      expect(response.body.items.find((item: Item) => item.id === records.r7)).toEqual({
        id: records.r7,
        volunteerId: volunteers.B.id,
        volunteerNo: volunteers.B.volunteerNo,
        volunteerName: '志愿者B',
        activityId: activityIds.luoyang,
        activityTitle: '洛阳科普月',
        projectId: expect.any(String),
        pilotId: expect.any(String),
        regionCode: LUOYANG,
        startedAt: '2026-03-07T09:00:00+08:00',
        endedAt: '2026-03-07T09:40:00+08:00',
        serviceDate: '2026-03-07',
        minutes: 40,
        status: 'confirmed',
        content: '科普讲解',
        recordedBy: expect.stringMatching(/^acc-/),
        recordedAt: NOW.plus({ minutes: 7 }).toUTC().toISO(),
      });
      const text = JSON.stringify(response.body);
      for (const volunteer of Object.values(volunteers)) {
        expect(text).not.toContain(volunteer.idNumber);
        expect(text).not.toContain(volunteer.phone);
      }
      expect(text).not.toMatch(/idNumber|phone|\*\*\*\*/);
    });

    it('status=pending is the confirmation queue: the records waiting longest first', async () => {
      const queue = await zhongmuAdmin.get('/api/v1/service-records?status=pending');
      expect(ids(queue)).toEqual(['r2', 'r3', 'r6']);
      expect(queue.body.total).toBe(3);
      const next = await zhongmuAdmin.get('/api/v1/service-records?status=pending&pageSize=2&page=2');
      expect(next.body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
      expect(ids(next)).toEqual(['r6']);
      expect(ids(await root.get('/api/v1/service-records?status=rejected'))).toEqual(['r4']);
      expect(ids(await root.get('/api/v1/service-records?status=voided'))).toEqual(['r9']);
    });

    it('filters by volunteer, activity, status and the service dates (both included)', async () => {
      const base = '/api/v1/service-records';
      expect(ids(await root.get(`${base}?volunteerId=${volunteers.A.id}&status=confirmed`))).toEqual([
        'r11',
        'r10',
        'r5',
        'r1',
      ]);
      expect(ids(await root.get(`${base}?activityId=${activityIds.may}`))).toEqual(['r5']);
      expect(ids(await root.get(`${base}?activityId=${activityIds.luoyang}`))).toEqual(['r8', 'r7']);
      expect(ids(await root.get(`${base}?from=2026-03-04&to=2026-03-07`))).toEqual(['r7', 'r6', 'r4', 'r3']);
      expect(ids(await root.get(`${base}?from=2026-04-01`))).toEqual(['r11', 'r5']);
      expect(ids(await root.get(`${base}?to=2025-12-31`))).toEqual(['r10']);
      const second = await root.get(`${base}?pageSize=4&page=2`);
      expect(second.body).toMatchObject({ total: 11, page: 2, pageSize: 4 });
      expect(ids(second)).toEqual(['r7', 'r6', 'r5', 'r4']);
    });

    it('is region-scoped: 洛阳 sees what was served there and what its volunteers served elsewhere', async () => {
      expect(ids(await luoyangAdmin.get('/api/v1/service-records'))).toEqual(['r8', 'r7', 'r6']);
      expect(ids(await luoyangAdmin.get(`/api/v1/service-records?volunteerId=${volunteers.A.id}`))).toEqual(
        [],
      );
      const auditor = await zhengzhouAuditor.get('/api/v1/service-records?status=pending');
      expect(ids(auditor)).toEqual(['r2', 'r3', 'r6']);
      expect(ids(await zhongmuOrganiser.get('/api/v1/service-records?status=voided'))).toEqual(['r9']);
    });

    it('volunteer and partner accounts are refused', async () => {
      expectProblem(await selfA.get('/api/v1/service-records'), 403, 'FORBIDDEN');
      expectProblem(
        await selfA.get(`/api/v1/service-records?volunteerId=${volunteers.A.id}`),
        403,
        'FORBIDDEN',
      );
      expectProblem(await venue.get('/api/v1/service-records'), 403, 'FORBIDDEN');
      expectProblem(await t.http.get('/api/v1/service-records'), 401, 'UNAUTHENTICATED');
    });

    it('bad input is 400 VALIDATION_FAILED naming each field', async () => {
      for (const [query, fields] of [
        ['status=approved', ['status']],
        ['volunteerId=vol-1&activityId=act-1', ['activityId', 'volunteerId']],
        ['from=2026-02-29', ['from']],
        ['from=2026-03-05&to=2026-03-04', ['to']],
        ['pageSize=101', ['pageSize']],
        ['page=1.5', ['page']],
        ['recordedBy=acc-1', ['recordedBy']],
      ] as const) {
        const response = await root.get(`/api/v1/service-records?${query}`);
        expectProblem(response, 400, 'VALIDATION_FAILED');
        expect(fieldsOf(response)).toEqual(fields);
      }
    });
  });

  describe('GET /volunteers/{id}/monthly-hours', () => {
    const monthly = (client: HttpClient, volunteer: string, query = '') =>
      client.get(`/api/v1/volunteers/${volunteers[volunteer].id}/monthly-hours${query}`);

    it('by default: the last 12 months up to the current one, every month, confirmed service only', async () => {
      const response = await monthly(selfA, 'A');
      expect(response.status).toBe(200);
      const expected: Record<string, [number, number]> = {
        '2025-12': [90, 1],
        '2026-03': [60, 1], // r3 is pending, r9 voided
        '2026-04': [30, 1], // started 00:30 on 1 April, Asia/Shanghai
        '2026-05': [120, 1],
      };
      const months = Array.from({ length: 12 }, (_, i) =>
        DateTime.fromISO('2025-07-01').plus({ months: i }).toFormat('yyyy-MM'),
      );
      expect(response.body).toEqual({
        volunteerId: volunteers.A.id,
        months: months.map((month) => ({
          month,
          minutes: expected[month]?.[0] ?? 0,
          records: expected[month]?.[1] ?? 0,
        })),
      });
    });

    it('from and to choose the months; either alone counts from the other or from now', async () => {
      expect((await monthly(root, 'A', '?from=2025-12&to=2026-01')).body.months).toEqual([
        { month: '2025-12', minutes: 90, records: 1 },
        { month: '2026-01', minutes: 0, records: 0 },
      ]);
      expect((await monthly(root, 'A', '?from=2026-05')).body.months).toEqual([
        { month: '2026-05', minutes: 120, records: 1 },
        { month: '2026-06', minutes: 0, records: 0 },
      ]);
      const untilMarch = (await monthly(root, 'A', '?to=2026-03')).body.months;
      expect(untilMarch.map((m: { month: string }) => m.month)).toEqual(
        Array.from({ length: 12 }, (_, i) =>
          DateTime.fromISO('2025-04-01').plus({ months: i }).toFormat('yyyy-MM'),
        ),
      );
      expect(untilMarch.at(-1)).toEqual({ month: '2026-03', minutes: 60, records: 1 });
      const longest = await monthly(root, 'A', '?from=2023-07&to=2026-06');
      expect(longest.body.months).toHaveLength(36);
      expect((await monthly(root, 'B', '?from=2026-03&to=2026-03')).body.months).toEqual([
        { month: '2026-03', minutes: 40, records: 1 },
      ]);
    });

    it('more than 36 months, a range that ends before it starts or a malformed month is 400', async () => {
      for (const [query, fields] of [
        ['?from=2023-06&to=2026-06', ['from']],
        ['?from=2010-01', ['from']],
        ['?from=2026-05&to=2026-04', ['to']],
        ['?from=2026-13', ['from']],
        // Centuries are counted, not walked; a year outside 1900–2099 is not a month of the ledger.
        ['?from=1900-01&to=2099-12', ['from']],
        ['?from=0000-01&to=2026-01', ['from']],
        ['?to=0000-01', ['to']],
        ['?to=2026-6', ['to']],
        ['?month=2026-01', ['month']],
      ] as const) {
        const response = await monthly(root, 'A', query);
        expectProblem(response, 400, 'VALIDATION_FAILED');
        expect(fieldsOf(response)).toEqual(fields);
      }
    });

    it('the volunteer itself and staff of its region; nobody else', async () => {
      expect((await monthly(zhengzhouAuditor, 'A')).status).toBe(200);
      expect((await monthly(zhongmuOrganiser, 'A')).status).toBe(200);
      expect((await monthly(luoyangAdmin, 'C')).status).toBe(200);
      expectProblem(await monthly(selfB, 'A'), 403, 'FORBIDDEN');
      expectProblem(await monthly(luoyangAdmin, 'A'), 403, 'FORBIDDEN');
      expectProblem(await monthly(venue, 'A'), 403, 'FORBIDDEN');
      expectProblem(
        await root.get(`/api/v1/volunteers/vol-${'0'.repeat(24)}/monthly-hours`),
        404,
        'NOT_FOUND',
      );
      expectProblem(await root.get('/api/v1/volunteers/someone/monthly-hours'), 400, 'VALIDATION_FAILED');
    });
  });
});
