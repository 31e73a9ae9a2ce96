import { ManualClock } from '@ledger/application';
import type { HttpClient } from '../support/http-client';
import { expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  accountClient,
  partnerIn,
  fieldsOf,
  headPosition,
  registerVolunteer,
  residentId,
  volunteerBody,
} from './support';

describe('volunteers over real HTTP', () => {
  let t: TestApp;
  let admin: HttpClient;
  const clock = new ManualClock(new Date('2026-03-10T04:00:00Z'));

  beforeAll(async () => {
    t = await startTestApp({}, undefined, clock);
    admin = await t.admin();
  });
  afterAll(() => t.close());

  describe('registration', () => {
    it('registers with consent: 201 with id, volunteer number, masked ID and phone, ETag and Location', async () => {
      const idNumber = residentId();
      const response = await admin.post(
        '/api/v1/volunteers',
        volunteerBody({ name: ' 王小明 ', idNumber, phone: '+86 138-1234-5678', regionCode: '410100' }),
      );
      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        id: expect.stringMatching(/^vol-[0-9a-f]{24}$/),
        volunteerNo: expect.stringMatching(/^410100-2026-\d{6}$/),
        name: '王小明',
        idType: 'resident-id',
        idNumberMasked: `${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}`,
        phoneMasked: '138****5678',
        regionCode: '410100',
        status: 'active',
        registeredAt: '2026-03-10T04:00:00.000Z',
        registeredBy: expect.stringMatching(/^acc-/),
        forgottenAt: null,
        exitedAt: null,
      });
      expect(JSON.stringify(response.body)).not.toContain(idNumber);
      expect(JSON.stringify(response.body)).not.toContain('13812345678');
      expect(response.headers.get('etag')).toBe('"0"');
      expect(response.headers.get('location')).toBe(`/api/v1/volunteers/${response.body.id}`);
      const read = await admin.get(`/api/v1/volunteers/${response.body.id}`);
      expect(read.status).toBe(200);
      expect(read.body).toEqual(response.body);
      expect(read.headers.get('etag')).toBe('"0"');
    });

    it('numbers volunteers per region and year, one after another', async () => {
      const first = await registerVolunteer(admin, { regionCode: '410181' });
      const second = await registerVolunteer(admin, { regionCode: '410181' });
      expect(first.volunteerNo).toBe('410181-2026-000001');
      expect(second.volunteerNo).toBe('410181-2026-000002');
    });

    it('accepts the other ID types, masked to their length', async () => {
      const passport = await admin.post(
        '/api/v1/volunteers',
        volunteerBody({ idType: 'passport', idNumber: 'e98765432', phone: '+85291234567' }),
      );
      expect(passport.status).toBe(201);
      expect(passport.body).toMatchObject({
        idType: 'passport',
        idNumberMasked: 'E******32',
        phoneMasked: '+852****4567',
      });
    });

    it('refuses a second registration of the same ID number (409 CONFLICT), writing nothing', async () => {
      const idNumber = residentId();
      await registerVolunteer(admin, { idNumber });
      const before = await headPosition(t);
      expectProblem(
        await admin.post(
          '/api/v1/volunteers',
          volunteerBody({ idNumber: idNumber.toLowerCase(), name: '别人' }),
        ),
        409,
        'CONFLICT',
      );
      expect(await headPosition(t)).toBe(before);
    });

    it('the same Idempotency-Key returns the same volunteer and writes once', async () => {
      const body = volunteerBody();
      const headers = { 'idempotency-key': 'register-once-1' };
      const first = await admin.post('/api/v1/volunteers', body, headers);
      const position = await headPosition(t);
      const again = await admin.post('/api/v1/volunteers', body, headers);
      expect(first.status).toBe(201);
      expect(again.status).toBe(201);
      expect(again.body).toEqual(first.body);
      expect(await headPosition(t)).toBe(position);
    });

    it('bad input is 400 naming every bad field, and writes nothing', async () => {
      const before = await headPosition(t);
      const valid = volunteerBody();
      const wrongCheckDigit = valid.idNumber.slice(0, 17) + (valid.idNumber[17] === '1' ? '2' : '1');
      const cases: Array<[unknown, string[]]> = [
        [{}, ['consent', 'idNumber', 'idType', 'name', 'phone', 'regionCode']],
        [{ ...valid, consent: false }, ['consent']],
        [{ ...valid, consent: 'true' }, ['consent']],
        [{ ...valid, consent: undefined }, ['consent']],
        [{ ...valid, idNumber: wrongCheckDigit }, ['idNumber']],
        [{ ...valid, idNumber: '410105199002301234' }, ['idNumber']],
        [{ ...valid, idNumber: 12345678 }, ['idNumber']],
        [{ ...valid, idType: 'driving-licence' }, ['idType']],
        [{ ...valid, idType: 'passport', idNumber: 'AB' }, ['idNumber']],
        [{ ...valid, phone: '0371-6666666' }, ['phone']],
        [{ ...valid, phone: 13812345678 }, ['phone']],
        [{ ...valid, name: '' }, ['name']],
        [{ ...valid, name: '名'.repeat(51) }, ['name']],
        [{ ...valid, name: 'x'.repeat(100_000) }, ['name']],
        [{ ...valid, regionCode: '999999' }, ['regionCode']],
        [{ ...valid, regionCode: '410000 ' }, ['regionCode']],
        [{ ...valid, nationality: 'CN' }, ['nationality']],
      ];
      for (const [body, fields] of cases) {
        const response = await admin.post('/api/v1/volunteers', body);
        expectProblem(response, 400, 'VALIDATION_FAILED');
        expect(fieldsOf(response)).toEqual([...fields].sort());
      }
      expectProblem(await admin.post('/api/v1/volunteers', [valid]), 400, 'VALIDATION_FAILED');
      expectProblem(await admin.raw('POST', '/api/v1/volunteers', '{"name":'), 400, 'VALIDATION_FAILED');
      expect(await headPosition(t)).toBe(before);
    });

    it('a birth date after today (the ledger clock) is refused', async () => {
      const response = await admin.post(
        '/api/v1/volunteers',
        volunteerBody({ idNumber: '41010520270101123' + 'X' }),
      );
      expect(response.status).toBe(400);
    });

    it('organisers register in their region only; auditors, volunteers and partners never', async () => {
      const organiser = await accountClient(t, admin, 'organiser', '410122');
      expect(
        (await organiser.client.post('/api/v1/volunteers', volunteerBody({ regionCode: '410122' }))).status,
      ).toBe(201);
      expectProblem(
        await organiser.client.post('/api/v1/volunteers', volunteerBody({ regionCode: '410181' })),
        403,
        'FORBIDDEN',
      );
      const auditor = await accountClient(t, admin, 'auditor', '410000');
      expectProblem(await auditor.client.post('/api/v1/volunteers', volunteerBody()), 403, 'FORBIDDEN');
      const partner = await accountClient(t, admin, 'partner', '410122', {
        partnerId: await partnerIn(admin),
      });
      expectProblem(await partner.client.post('/api/v1/volunteers', volunteerBody()), 403, 'FORBIDDEN');
      expectProblem(await t.http.post('/api/v1/volunteers', volunteerBody()), 401, 'UNAUTHENTICATED');
    });
  });

  describe('reading', () => {
    let volunteerId: string;
    beforeAll(async () => {
      volunteerId = (await registerVolunteer(admin, { regionCode: '410122' })).id;
    });

    it.each([
      ['an admin of the province', 'admin', '410000', 200],
      ['an organiser of its county', 'organiser', '410122', 200],
      ['an auditor of its city', 'auditor', '410100', 200],
      ['an admin of another city', 'admin', '410300', 403],
      ['an organiser of a sibling county', 'organiser', '410181', 403],
      ['a partner', 'partner', '410122', 403],
    ])('%s (%s of %s) → %d', async (_who, role, region, status) => {
      const { client } = await accountClient(
        t,
        admin,
        role,
        region,
        role === 'partner' ? { partnerId: await partnerIn(admin) } : {},
      );
      for (const path of [
        '',
        '/summary',
        '/history',
        '/trainings',
        '/commendations',
        '/evaluations',
        '/service-records',
      ]) {
        const response = await client.get(`/api/v1/volunteers/${volunteerId}${path}`);
        if (status === 200) expect(response.status).toBe(200);
        else expectProblem(response, status, 'FORBIDDEN');
      }
    });

    it('a volunteer account reads itself and no one else', async () => {
      const other = await registerVolunteer(admin, { regionCode: '410122' });
      const self = await accountClient(t, admin, 'volunteer', '410122', { volunteerId });
      expect((await self.client.get(`/api/v1/volunteers/${volunteerId}`)).status).toBe(200);
      expect((await self.client.get(`/api/v1/volunteers/${volunteerId}/summary`)).status).toBe(200);
      expectProblem(await self.client.get(`/api/v1/volunteers/${other.id}`), 403, 'FORBIDDEN');
      expectProblem(await self.client.get(`/api/v1/volunteers/${other.id}/history`), 403, 'FORBIDDEN');
      expectProblem(
        await self.client.post(`/api/v1/volunteers/${volunteerId}/trainings`, {
          course: '培训',
          completedOn: '2026-03-01',
          minutes: 60,
        }),
        403,
        'FORBIDDEN',
      );
    });

    it('an unknown id is 404, a malformed one 400', async () => {
      expectProblem(await admin.get('/api/v1/volunteers/vol-000000000000000000000000'), 404, 'NOT_FOUND');
      expectProblem(
        await admin.get('/api/v1/volunteers/vol-000000000000000000000000/summary'),
        404,
        'NOT_FOUND',
      );
      const malformed = await admin.get(`/api/v1/volunteers/${'x'.repeat(90)}`);
      expectProblem(malformed, 400, 'VALIDATION_FAILED');
      expect(fieldsOf(malformed)).toEqual(['id']);
      expectProblem(await admin.get('/api/v1/volunteers/vol-1/history'), 400, 'VALIDATION_FAILED');
    });

    it('a fresh volunteer has a summary of zeros and an empty history', async () => {
      expect((await admin.get(`/api/v1/volunteers/${volunteerId}/summary`)).body).toEqual({
        volunteerId,
        confirmedMinutes: 0,
        pendingMinutes: 0,
        starLevel: 0,
        qualifiedStarLevel: 0,
        points: { available: 0, held: 0, earned: 0, clawedBack: 0, spent: 0, expired: 0, expiring: [] },
        timeBank: { balanceMinutes: 0 },
        // No star round in the region yet: the national set will judge.
        starRuleSet: {
          id: 'national',
          name: '全国星级志愿者认定标准',
          thresholdsHours: [100, 300, 600, 1000, 1500],
          window: 'cumulative',
          roundId: null,
          qualifyingMinutes: 0,
        },
      });
      expect((await admin.get(`/api/v1/volunteers/${volunteerId}/history`)).body).toEqual({ items: [] });
    });

    it('paging parameters are validated', async () => {
      for (const query of [
        'limit=0',
        'limit=201',
        'limit=abc',
        'cursor=%24%24',
        'cursor=bm90LWEtY3Vyc29y',
        'page=2',
      ]) {
        const response = await admin.get(`/api/v1/volunteers/${volunteerId}/history?${query}`);
        expectProblem(response, 400, 'VALIDATION_FAILED');
      }
    });
  });

  describe('trainings, commendations and evaluations', () => {
    let volunteerId: string;
    let organiser: HttpClient;
    beforeAll(async () => {
      volunteerId = (await registerVolunteer(admin, { regionCode: '410122' })).id;
      organiser = (await accountClient(t, admin, 'organiser', '410122')).client;
    });

    it('records a training: 201 with the training and the volunteer stream ETag; it is listed', async () => {
      const response = await organiser.post(`/api/v1/volunteers/${volunteerId}/trainings`, {
        course: '科普讲解员培训',
        completedOn: '2026-03-01',
        minutes: 240,
      });
      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        id: expect.stringMatching(/^trn-/),
        volunteerId,
        course: '科普讲解员培训',
        completedOn: '2026-03-01',
        minutes: 240,
        recordedBy: expect.stringMatching(/^acc-/),
        recordedAt: '2026-03-10T04:00:00.000Z',
      });
      // The training (1) and its bonus points (2).
      expect(response.headers.get('etag')).toBe('"2"');
      expect((await admin.get(`/api/v1/volunteers/${volunteerId}/trainings`)).body).toEqual({
        items: [response.body],
      });
    });

    it('records a commendation and an evaluation (with its comment shown to readers)', async () => {
      const commendation = await admin.post(`/api/v1/volunteers/${volunteerId}/commendations`, {
        title: '优秀科技志愿者',
        awardedBy: '郑州市科学技术协会',
        awardedOn: '2025-12-05',
      });
      expect(commendation.status).toBe(201);
      expect(commendation.body).toMatchObject({
        id: expect.stringMatching(/^cmn-/),
        awardedBy: '郑州市科学技术协会',
      });
      const evaluation = await organiser.post(`/api/v1/volunteers/${volunteerId}/evaluations`, {
        period: '2026-Q1',
        rating: 'excellent',
        comment: '讲解认真，深受好评',
      });
      expect(evaluation.status).toBe(201);
      expect(evaluation.body).toMatchObject({
        id: expect.stringMatching(/^evl-/),
        rating: 'excellent',
        comment: '讲解认真，深受好评',
      });
      expect((await admin.get(`/api/v1/volunteers/${volunteerId}/commendations`)).body.items).toHaveLength(1);
      expect((await admin.get(`/api/v1/volunteers/${volunteerId}/evaluations`)).body.items).toEqual([
        evaluation.body,
      ]);
      const noComment = await organiser.post(`/api/v1/volunteers/${volunteerId}/evaluations`, {
        period: '2025',
        rating: 'good',
      });
      expect(noComment.body.comment).toBeNull();
    });

    it('refuses dates after today (422 DATE_IN_FUTURE), writing nothing', async () => {
      const before = await headPosition(t);
      expectProblem(
        await organiser.post(`/api/v1/volunteers/${volunteerId}/trainings`, {
          course: 'c',
          completedOn: '2026-03-11',
          minutes: 60,
        }),
        422,
        'DATE_IN_FUTURE',
      );
      expectProblem(
        await organiser.post(`/api/v1/volunteers/${volunteerId}/evaluations`, {
          period: '2026-Q2',
          rating: 'good',
        }),
        422,
        'DATE_IN_FUTURE',
      );
      expect(await headPosition(t)).toBe(before);
    });

    it('a stale If-Match is 409 CONFLICT', async () => {
      expectProblem(
        await organiser.post(
          `/api/v1/volunteers/${volunteerId}/trainings`,
          { course: 'c', completedOn: '2026-03-01', minutes: 60 },
          { 'if-match': '"0"' },
        ),
        409,
        'CONFLICT',
      );
    });

    it('bad input is 400 naming the fields, and writes nothing', async () => {
      const before = await headPosition(t);
      const cases: Array<[string, unknown, string[]]> = [
        ['trainings', {}, ['completedOn', 'course', 'minutes']],
        ['trainings', { course: 'c', completedOn: '2026-02-30', minutes: 60 }, ['completedOn']],
        ['trainings', { course: 'c', completedOn: '2026-03-01', minutes: '60' }, ['minutes']],
        ['trainings', { course: 'c', completedOn: '2026-03-01', minutes: 1.5 }, ['minutes']],
        ['trainings', { course: 'c', completedOn: '2026-03-01', minutes: 60_000 }, ['minutes']],
        ['trainings', { course: ' ', completedOn: '2026-03-01', minutes: 60 }, ['course']],
        ['trainings', { course: 'c'.repeat(201), completedOn: '2026-03-01', minutes: 60 }, ['course']],
        ['trainings', { course: 'c', completedOn: '2026-03-01', minutes: 60, hours: 1 }, ['hours']],
        ['commendations', {}, ['awardedBy', 'awardedOn', 'title']],
        ['commendations', { title: 't', awardedBy: 'b', awardedOn: '5 Dec 2025' }, ['awardedOn']],
        ['evaluations', { period: '2026-Q5', rating: 'excellent' }, ['period']],
        ['evaluations', { period: '2026', rating: 'great' }, ['rating']],
        ['evaluations', { period: '2026', rating: 'good', comment: 'x'.repeat(2001) }, ['comment']],
      ];
      for (const [path, body, fields] of cases) {
        const response = await organiser.post(`/api/v1/volunteers/${volunteerId}/${path}`, body);
        expectProblem(response, 400, 'VALIDATION_FAILED');
        expect(fieldsOf(response)).toEqual([...fields].sort());
      }
      expect(await headPosition(t)).toBe(before);
    });

    it('only organisers and admins of the region record; unknown volunteers are 404', async () => {
      const outsider = (await accountClient(t, admin, 'organiser', '410181')).client;
      const auditor = (await accountClient(t, admin, 'auditor', '410122')).client;
      const training = { course: 'c', completedOn: '2026-03-01', minutes: 60 };
      expectProblem(
        await outsider.post(`/api/v1/volunteers/${volunteerId}/trainings`, training),
        403,
        'FORBIDDEN',
      );
      expectProblem(
        await auditor.post(`/api/v1/volunteers/${volunteerId}/trainings`, training),
        403,
        'FORBIDDEN',
      );
      expectProblem(
        await organiser.post('/api/v1/volunteers/vol-000000000000000000000000/trainings', training),
        404,
        'NOT_FOUND',
      );
    });
  });
});
