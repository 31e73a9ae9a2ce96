import { ManualClock } from '@ledger/application';
import type { HttpClient } from '../support/http-client';
import { expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  accountClient,
  fieldsOf,
  headPosition,
  registerVolunteer,
  scheduleActivity,
  session,
} from './support';

/** The hours lines of a history page (its items are JSON from the API); other kinds are tested in their features. */
const hoursLines = (page: { items: any[] }) => ({
  ...page,
  items: page.items.filter((i) => i.kind === 'hours'),
});

describe('service records over real HTTP', () => {
  let t: TestApp;
  let admin: HttpClient;
  let countyAdmin: HttpClient;
  let organiser: HttpClient;
  let organiserId: string;
  let activityId: string;
  const clock = new ManualClock(new Date('2026-03-10T04:00:00Z')); // 12:00 in Shanghai

  beforeAll(async () => {
    t = await startTestApp({}, undefined, clock);
    admin = await t.admin();
    countyAdmin = (await accountClient(t, admin, 'admin', '410122')).client;
    const org = await accountClient(t, admin, 'organiser', '410122');
    organiser = org.client;
    organiserId = org.id;
    activityId = (await scheduleActivity(t, { regionCode: '410122' })).activityId;
  });
  afterAll(() => t.close());

  const newVolunteer = async () => (await registerVolunteer(admin, { regionCode: '410122' })).id;
  const record = (
    client: HttpClient,
    volunteerId: string,
    start: string,
    minutes: number,
    extra: object = {},
  ) =>
    client.post('/api/v1/service-records', {
      volunteerId,
      activityId,
      ...session(start, minutes),
      content: '社区科普讲座',
      ...extra,
    });
  const summaryOf = async (volunteerId: string) =>
    (await admin.get(`/api/v1/volunteers/${volunteerId}/summary`)).body;

  describe('recording', () => {
    it('records a pending session: 201 with id, minutes, the activity facts, ETag and Location', async () => {
      const volunteerId = await newVolunteer();
      const response = await record(organiser, volunteerId, '09:00', 150);
      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        id: expect.stringMatching(/^rec-[0-9a-f]{24}$/),
        volunteerId,
        activityId,
        projectId: 'prj-000000000000000000000001',
        pilotId: 'plt-000000000000000000000001',
        regionCode: '410122',
        status: 'pending',
        minutes: 150,
        startedAt: '2026-03-05T09:00:00+08:00',
        endedAt: '2026-03-05T11:30:00+08:00',
        serviceDate: '2026-03-05',
        content: '社区科普讲座',
        recordedBy: organiserId,
        recordedAt: '2026-03-10T04:00:00.000Z',
        history: [
          {
            action: 'recorded',
            at: '2026-03-10T04:00:00.000Z',
            by: organiserId,
            reason: null,
            status: 'pending',
            minutes: 150,
            startedAt: '2026-03-05T09:00:00+08:00',
            endedAt: '2026-03-05T11:30:00+08:00',
          },
        ],
      });
      expect(response.headers.get('etag')).toBe('"1"');
      expect(response.headers.get('location')).toBe(`/api/v1/service-records/${response.body.id}`);
      expect(await summaryOf(volunteerId)).toMatchObject({ confirmedMinutes: 0, pendingMinutes: 150 });
      const read = await admin.get(`/api/v1/service-records/${response.body.id}`);
      expect(read.body).toEqual(response.body);
      expect(read.headers.get('etag')).toBe('"1"');
    });

    it('counts a session across midnight in full, in whole minutes, with UTC input normalized to Shanghai time', async () => {
      const volunteerId = await newVolunteer();
      const night = await organiser.post('/api/v1/service-records', {
        volunteerId,
        activityId,
        startedAt: '2026-03-05T22:30:00+08:00',
        endedAt: '2026-03-06T01:15:45+08:00',
        content: '天文观测',
      });
      expect(night.body).toMatchObject({ minutes: 165, serviceDate: '2026-03-05' });
      const utc = await organiser.post('/api/v1/service-records', {
        volunteerId,
        activityId,
        startedAt: '2026-03-06T06:00:00Z',
        endedAt: '2026-03-06T07:00:00Z',
        content: '讲解',
      });
      expect(utc.body).toMatchObject({ startedAt: '2026-03-06T14:00:00+08:00', minutes: 60 });
    });

    it('refuses sessions in the future, longer than 24 h, ending before they start (422), writing nothing', async () => {
      const volunteerId = await newVolunteer();
      const before = await headPosition(t);
      expectProblem(
        await record(organiser, volunteerId, '11:30', 60, session('11:30', 60, '2026-03-10')),
        422,
        'SERVICE_IN_FUTURE',
      );
      expectProblem(await record(organiser, volunteerId, '09:00', 24 * 60 + 1), 422, 'SERVICE_TOO_LONG');
      expectProblem(
        await record(organiser, volunteerId, '09:00', 0, { endedAt: '2026-03-05T08:00:00+08:00' }),
        422,
        'END_NOT_AFTER_START',
      );
      expect(await headPosition(t)).toBe(before);
      // Once the clock passes the end, the same session is recorded.
      clock.advance(30 * 60 * 1000);
      expect(
        (await record(organiser, volunteerId, '11:30', 60, session('11:30', 60, '2026-03-10'))).status,
      ).toBe(201);
      clock.set('2026-03-10T04:00:00Z');
    });

    it('refuses an unknown activity or volunteer (404), and callers outside the activity region (403)', async () => {
      const volunteerId = await newVolunteer();
      expectProblem(
        await record(organiser, volunteerId, '09:00', 60, { activityId: 'act-000000000000000000000000' }),
        404,
        'NOT_FOUND',
      );
      expectProblem(await record(organiser, 'vol-000000000000000000000000', '09:00', 60), 404, 'NOT_FOUND');
      const elsewhere = await scheduleActivity(t, { regionCode: '410181' });
      expectProblem(
        await record(organiser, volunteerId, '09:00', 60, { activityId: elsewhere.activityId }),
        403,
        'FORBIDDEN',
      );
      // A volunteer of one county may serve in another: the activity's region decides.
      const there = await accountClient(t, admin, 'organiser', '410181');
      expect(
        (await record(there.client, volunteerId, '09:00', 60, { activityId: elsewhere.activityId })).status,
      ).toBe(201);
      const auditor = (await accountClient(t, admin, 'auditor', '410122')).client;
      expectProblem(await record(auditor, volunteerId, '09:00', 60), 403, 'FORBIDDEN');
    });

    it('the same Idempotency-Key records once', async () => {
      const volunteerId = await newVolunteer();
      const headers = { 'idempotency-key': 'record-once' };
      const body = { volunteerId, activityId, ...session('13:00', 60), content: '讲解' };
      const first = await organiser.post('/api/v1/service-records', body, headers);
      const position = await headPosition(t);
      const again = await organiser.post('/api/v1/service-records', body, headers);
      expect(again.status).toBe(201);
      expect(again.body.id).toBe(first.body.id);
      expect(await headPosition(t)).toBe(position);
    });

    it('bad input is 400 naming the fields, and writes nothing', async () => {
      const volunteerId = await newVolunteer();
      const valid = { volunteerId, activityId, ...session('09:00', 60), content: '讲解' };
      const before = await headPosition(t);
      const cases: Array<[unknown, string[]]> = [
        [{}, ['activityId', 'content', 'endedAt', 'startedAt', 'volunteerId']],
        [{ ...valid, startedAt: '2026-03-05 09:00' }, ['startedAt']],
        [{ ...valid, startedAt: '2026-03-05T09:00:00' }, ['startedAt']],
        [{ ...valid, endedAt: '2026-02-30T10:00:00+08:00' }, ['endedAt']],
        [{ ...valid, endedAt: '2026-03-05T25:00:00+08:00' }, ['endedAt']],
        [{ ...valid, endedAt: 1741140000000 }, ['endedAt']],
        [{ ...valid, volunteerId: 'someone' }, ['volunteerId']],
        [{ ...valid, activityId: 'a b' }, ['activityId']],
        [{ ...valid, activityId: 'a'.repeat(65) }, ['activityId']],
        [{ ...valid, content: '' }, ['content']],
        [{ ...valid, content: '长'.repeat(1001) }, ['content']],
        [{ ...valid, minutes: 60 }, ['minutes']],
        [{ ...valid, status: 'confirmed' }, ['status']],
      ];
      for (const [body, fields] of cases) {
        const response = await organiser.post('/api/v1/service-records', body);
        expectProblem(response, 400, 'VALIDATION_FAILED');
        expect(fieldsOf(response)).toEqual([...fields].sort());
      }
      expect(await headPosition(t)).toBe(before);
    });
  });

  describe('confirming, rejecting, voiding', () => {
    it('an admin other than the recorder confirms: the summary and the history follow', async () => {
      const volunteerId = await newVolunteer();
      const { id } = (await record(organiser, volunteerId, '09:00', 150)).body;
      const confirmed = await countyAdmin.post(`/api/v1/service-records/${id}/confirm`);
      expect(confirmed.status).toBe(200);
      expect(confirmed.body).toMatchObject({ id, status: 'confirmed', minutes: 150 });
      expect(confirmed.body.history.map((h: { action: string }) => h.action)).toEqual([
        'recorded',
        'confirmed',
      ]);
      // Registered (0), recorded (1), then the confirmation with its points and time-bank deposit (2–4).
      expect(confirmed.headers.get('etag')).toBe('"4"');
      expect(await summaryOf(volunteerId)).toMatchObject({ confirmedMinutes: 150, pendingMinutes: 0 });
      expect(hoursLines((await admin.get(`/api/v1/volunteers/${volunteerId}/history`)).body)).toEqual({
        items: [
          {
            at: '2026-03-10T04:00:00.000Z',
            kind: 'hours',
            delta: 150,
            balanceAfter: 150,
            reason: 'service record confirmed',
            source: { type: 'service-record', id },
            // The line names what was served and when (the Beijing date the session began).
            activity: { id: activityId, title: '社区科普讲座' },
            servedOn: '2026-03-05',
          },
        ],
      });
    });

    it('refuses the recorder confirming their own record (422 SELF_CONFIRMATION), and non-admins (403)', async () => {
      const volunteerId = await newVolunteer();
      const { id } = (await record(countyAdmin, volunteerId, '09:00', 60)).body;
      const outsider = (await accountClient(t, admin, 'admin', '410181')).client;
      const before = await headPosition(t);
      expectProblem(
        await countyAdmin.post(`/api/v1/service-records/${id}/confirm`),
        422,
        'SELF_CONFIRMATION',
      );
      expectProblem(await organiser.post(`/api/v1/service-records/${id}/confirm`), 403, 'FORBIDDEN');
      expectProblem(await outsider.post(`/api/v1/service-records/${id}/confirm`), 403, 'FORBIDDEN');
      expect(await headPosition(t)).toBe(before);
      expect((await admin.post(`/api/v1/service-records/${id}/confirm`)).status).toBe(200);
    });

    it('refuses a record overlapping a confirmed record of the same volunteer (422 OVERLAPPING_SERVICE)', async () => {
      const volunteerId = await newVolunteer();
      const first = (await record(organiser, volunteerId, '09:00', 120)).body.id;
      const second = (await record(organiser, volunteerId, '10:00', 120)).body.id;
      const adjacent = (await record(organiser, volunteerId, '11:00', 60)).body.id;
      expect((await admin.post(`/api/v1/service-records/${first}/confirm`)).status).toBe(200);
      expectProblem(
        await admin.post(`/api/v1/service-records/${second}/confirm`),
        422,
        'OVERLAPPING_SERVICE',
      );
      expect((await admin.post(`/api/v1/service-records/${adjacent}/confirm`)).status).toBe(200);
      expect(await summaryOf(volunteerId)).toMatchObject({ confirmedMinutes: 180, pendingMinutes: 120 });
    });

    it('rejects a pending record with its reason; a rejected record can be neither confirmed nor voided', async () => {
      const volunteerId = await newVolunteer();
      const { id } = (await record(organiser, volunteerId, '09:00', 60)).body;
      const rejected = await admin.post(`/api/v1/service-records/${id}/reject`, { reason: '签到记录不符' });
      expect(rejected.status).toBe(200);
      expect(rejected.body.status).toBe('rejected');
      expect(rejected.body.history[1]).toMatchObject({ action: 'rejected', reason: '签到记录不符' });
      expectProblem(await admin.post(`/api/v1/service-records/${id}/confirm`), 422, 'RECORD_NOT_PENDING');
      expectProblem(
        await admin.post(`/api/v1/service-records/${id}/reject`, { reason: 'x' }),
        422,
        'RECORD_NOT_PENDING',
      );
      expectProblem(
        await admin.post(`/api/v1/service-records/${id}/void`, { reason: 'x' }),
        422,
        'RECORD_REJECTED',
      );
      expect(await summaryOf(volunteerId)).toMatchObject({ confirmedMinutes: 0, pendingMinutes: 0 });
    });

    it('voids a confirmed record: the hours go, with a history line naming the reason', async () => {
      const volunteerId = await newVolunteer();
      const { id } = (await record(organiser, volunteerId, '09:00', 90)).body;
      await admin.post(`/api/v1/service-records/${id}/confirm`);
      const voided = await countyAdmin.post(`/api/v1/service-records/${id}/void`, { reason: '重复登记' });
      expect(voided.status).toBe(200);
      expect(voided.body.status).toBe('voided');
      expectProblem(
        await admin.post(`/api/v1/service-records/${id}/void`, { reason: 'again' }),
        422,
        'RECORD_ALREADY_VOIDED',
      );
      expect(await summaryOf(volunteerId)).toMatchObject({ confirmedMinutes: 0, pendingMinutes: 0 });
      const history = hoursLines((await admin.get(`/api/v1/volunteers/${volunteerId}/history`)).body).items;
      expect(
        history.map((i: { delta: number; balanceAfter: number; reason: string }) => [
          i.delta,
          i.balanceAfter,
          i.reason,
        ]),
      ).toEqual([
        [-90, 0, '重复登记'],
        [90, 90, 'service record confirmed'],
      ]);
    });
  });

  describe('corrections', () => {
    it("an administrator's correction of a confirmed record takes effect at once and stays confirmed", async () => {
      const volunteerId = await newVolunteer();
      const { id } = (await record(organiser, volunteerId, '09:00', 120)).body;
      await admin.post(`/api/v1/service-records/${id}/confirm`);
      const corrected = await countyAdmin.post(`/api/v1/service-records/${id}/corrections`, {
        ...session('09:00', 150),
        reason: '结束时间登记有误',
      });
      expect(corrected.status).toBe(200);
      expect(corrected.body).toMatchObject({ id, minutes: 150, status: 'confirmed' });
      expect(corrected.body.history.at(-1)).toMatchObject({
        action: 'corrected',
        reason: '结束时间登记有误',
        minutes: 150,
      });
      expect(await summaryOf(volunteerId)).toMatchObject({ confirmedMinutes: 150, pendingMinutes: 0 });
      const [line] = hoursLines((await admin.get(`/api/v1/volunteers/${volunteerId}/history`)).body).items;
      expect(line).toMatchObject({
        delta: 30,
        balanceAfter: 150,
        reason: '结束时间登记有误',
        source: { id },
      });
    });

    it("an organiser's correction returns the record to pending, and it needs a confirmation again", async () => {
      const volunteerId = await newVolunteer();
      const { id } = (await record(organiser, volunteerId, '09:00', 120)).body;
      await admin.post(`/api/v1/service-records/${id}/confirm`);
      const corrected = await organiser.post(`/api/v1/service-records/${id}/corrections`, {
        ...session('09:30', 120),
        reason: '开始时间登记有误',
      });
      expect(corrected.body).toMatchObject({ id, minutes: 120, status: 'pending' });
      expect(await summaryOf(volunteerId)).toMatchObject({ confirmedMinutes: 0, pendingMinutes: 120 });
      expectProblem(await organiser.post(`/api/v1/service-records/${id}/confirm`), 403, 'FORBIDDEN');
      expect((await admin.post(`/api/v1/service-records/${id}/confirm`)).body.status).toBe('confirmed');
      expect(await summaryOf(volunteerId)).toMatchObject({ confirmedMinutes: 120, pendingMinutes: 0 });
    });

    it('refuses a correction that would overlap another confirmed record, one that changes nothing, and one of a voided record', async () => {
      const volunteerId = await newVolunteer();
      const a = (await record(organiser, volunteerId, '09:00', 60)).body.id;
      const b = (await record(organiser, volunteerId, '10:00', 60)).body.id;
      await admin.post(`/api/v1/service-records/${a}/confirm`);
      await admin.post(`/api/v1/service-records/${b}/confirm`);
      expectProblem(
        await admin.post(`/api/v1/service-records/${a}/corrections`, {
          ...session('09:00', 90),
          reason: '延长',
        }),
        422,
        'OVERLAPPING_SERVICE',
      );
      expectProblem(
        await admin.post(`/api/v1/service-records/${a}/corrections`, {
          ...session('09:00', 60),
          reason: '无变化',
        }),
        422,
        'CORRECTION_CHANGES_NOTHING',
      );
      await admin.post(`/api/v1/service-records/${b}/void`, { reason: '重复' });
      expectProblem(
        await admin.post(`/api/v1/service-records/${b}/corrections`, {
          ...session('10:00', 30),
          reason: 'x',
        }),
        422,
        'RECORD_ALREADY_VOIDED',
      );
    });
  });

  describe('reading and bad input on the record endpoints', () => {
    it('404 for an unknown record, 400 for a malformed id', async () => {
      for (const path of ['', '/confirm', '/reject', '/void', '/corrections']) {
        const method = path ? 'POST' : 'GET';
        const body =
          path === '/reject' || path === '/void'
            ? { reason: 'r' }
            : path === '/corrections'
              ? { ...session('09:00', 30), reason: 'r' }
              : undefined;
        expectProblem(
          await admin.request(method, `/api/v1/service-records/rec-000000000000000000000000${path}`, body),
          404,
          'NOT_FOUND',
        );
        const malformed = await admin.request(method, `/api/v1/service-records/rec-1${path}`, body);
        expectProblem(malformed, 400, 'VALIDATION_FAILED');
        expect(fieldsOf(malformed)).toEqual(['id']);
      }
    });

    it('bad bodies are 400 naming the fields, and write nothing', async () => {
      const volunteerId = await newVolunteer();
      const { id } = (await record(organiser, volunteerId, '09:00', 60)).body;
      const before = await headPosition(t);
      const cases: Array<[string, unknown, string[]]> = [
        ['confirm', { force: true }, ['force']],
        ['reject', {}, ['reason']],
        ['reject', { reason: ' ' }, ['reason']],
        ['reject', { reason: 7 }, ['reason']],
        ['void', { reason: 'r'.repeat(501) }, ['reason']],
        ['void', { reason: 'r', extra: 1 }, ['extra']],
        ['corrections', {}, ['endedAt', 'reason', 'startedAt']],
        ['corrections', { ...session('09:00', 30), reason: 'r', minutes: 30 }, ['minutes']],
        [
          'corrections',
          { startedAt: '2026-13-01T09:00:00+08:00', endedAt: '2026-03-05T09:30:00+08:00', reason: 'r' },
          ['startedAt'],
        ],
      ];
      for (const [action, body, fields] of cases) {
        const response = await admin.post(`/api/v1/service-records/${id}/${action}`, body);
        expectProblem(response, 400, 'VALIDATION_FAILED');
        expect(fieldsOf(response)).toEqual([...fields].sort());
      }
      expect(await headPosition(t)).toBe(before);
    });

    it('a stale If-Match is 409 CONFLICT; the current one works', async () => {
      const volunteerId = await newVolunteer();
      const { id } = (await record(organiser, volunteerId, '09:00', 60)).body;
      const etag = (await admin.get(`/api/v1/service-records/${id}`)).headers.get('etag')!;
      await record(organiser, volunteerId, '14:00', 60);
      expectProblem(
        await admin.post(`/api/v1/service-records/${id}/confirm`, undefined, { 'if-match': etag }),
        409,
        'CONFLICT',
      );
      const fresh = (await admin.get(`/api/v1/service-records/${id}`)).headers.get('etag')!;
      expect(
        (await admin.post(`/api/v1/service-records/${id}/confirm`, undefined, { 'if-match': fresh })).status,
      ).toBe(200);
    });

    it('who reads a record: its region, the volunteer region, the volunteer itself', async () => {
      const volunteerId = (await registerVolunteer(admin, { regionCode: '410181' })).id;
      const { id } = (await record(organiser, volunteerId, '09:00', 60)).body;
      const ofVolunteerRegion = (await accountClient(t, admin, 'auditor', '410181')).client;
      const self = (await accountClient(t, admin, 'volunteer', '410181', { volunteerId })).client;
      const stranger = (await accountClient(t, admin, 'organiser', '410300')).client;
      const otherVolunteer = (
        await accountClient(t, admin, 'volunteer', '410122', { volunteerId: await newVolunteer() })
      ).client;
      expect((await organiser.get(`/api/v1/service-records/${id}`)).status).toBe(200);
      expect((await ofVolunteerRegion.get(`/api/v1/service-records/${id}`)).status).toBe(200);
      expect((await self.get(`/api/v1/service-records/${id}`)).status).toBe(200);
      expectProblem(await stranger.get(`/api/v1/service-records/${id}`), 403, 'FORBIDDEN');
      expectProblem(await otherVolunteer.get(`/api/v1/service-records/${id}`), 403, 'FORBIDDEN');
      expect(
        (await self.get(`/api/v1/volunteers/${volunteerId}/service-records`)).body.items.map(
          (r: { id: string }) => r.id,
        ),
      ).toEqual([id]);
    });
  });

  describe('summary and history paging', () => {
    it('pages the history newest first with a cursor; qualified star level follows the national thresholds', async () => {
      const volunteerId = await newVolunteer();
      // Five confirmed 24-hour sessions on consecutive days: 120 h, which qualifies for 1★.
      for (let day = 1; day <= 5; day++) {
        const { id } = (
          await organiser.post('/api/v1/service-records', {
            volunteerId,
            activityId,
            ...session('00:00', 24 * 60, `2026-03-0${day}`),
            content: '驻站服务',
          })
        ).body;
        expect((await admin.post(`/api/v1/service-records/${id}/confirm`)).status).toBe(200);
      }
      expect(await summaryOf(volunteerId)).toMatchObject({
        confirmedMinutes: 7200,
        qualifiedStarLevel: 1,
        starLevel: 0,
      });
      // Each confirmation leaves three lines (hours, points, time bank): page through all fifteen.
      const items: { kind: string; balanceAfter: number }[] = [];
      let cursor: string | undefined;
      do {
        const page = (
          await admin.get(
            `/api/v1/volunteers/${volunteerId}/history?limit=4${cursor ? `&cursor=${cursor}` : ''}`,
          )
        ).body;
        expect(page.items.length).toBeLessThanOrEqual(4);
        items.push(...page.items);
        cursor = page.next;
      } while (cursor);
      expect(items).toHaveLength(15);
      const balances = (kind: string) => items.filter((i) => i.kind === kind).map((i) => i.balanceAfter);
      expect(balances('hours')).toEqual([7200, 5760, 4320, 2880, 1440]);
      expect(balances('time-bank')).toEqual([7200, 5760, 4320, 2880, 1440]);
      // 1–5 March fall in 学雷锋 week (×2): each day's 1440 minutes earn
      // floor(1440 × 10 × 2 ÷ 60) = 480 points, 2400 over the five days.
      expect(balances('points')).toEqual([2400, 1920, 1440, 960, 480]);
      expect(await summaryOf(volunteerId)).toMatchObject({
        points: { available: 2400, held: 0, earned: 2400, spent: 0, expired: 0 },
        timeBank: { balanceMinutes: 7200 },
      });
      const records = (await admin.get(`/api/v1/volunteers/${volunteerId}/service-records?limit=3`)).body;
      expect(records.items).toHaveLength(3);
      expect(
        (await admin.get(`/api/v1/volunteers/${volunteerId}/service-records?cursor=${records.next}`)).body
          .items,
      ).toHaveLength(2);
    });
  });
});
