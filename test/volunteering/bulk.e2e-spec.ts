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

describe('recording a whole activity roster (bulk) over real HTTP', () => {
  let t: TestApp;
  let admin: HttpClient;
  let organiser: HttpClient;
  let activityId: string;
  let roster: string[];

  beforeAll(async () => {
    t = await startTestApp({}, undefined, new ManualClock(new Date('2026-03-10T04:00:00Z')));
    admin = await t.admin();
    organiser = (await accountClient(t, admin, 'organiser', '410122')).client;
    activityId = (await scheduleActivity(t, { regionCode: '410122' })).activityId;
    roster = [];
    for (let i = 0; i < 12; i++) roster.push((await registerVolunteer(admin, { regionCode: '410122' })).id);
  });
  afterAll(() => t.close());

  const entry = (volunteerId: string, start = '09:00', minutes = 120) => ({
    volunteerId,
    ...session(start, minutes),
    content: '科技馆讲解',
  });

  it('records every entry on its own volunteer: 201 listing each record in order', async () => {
    const response = await organiser.post('/api/v1/service-records/bulk', {
      activityId,
      entries: roster.map((id) => entry(id)),
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ activityId, created: 12, failed: 0 });
    expect(response.body.results.map((r: { index: number; status: number }) => [r.index, r.status])).toEqual(
      roster.map((_, i) => [i, 201]),
    );
    for (const [i, result] of response.body.results.entries()) {
      expect(result.record).toMatchObject({
        volunteerId: roster[i],
        activityId,
        status: 'pending',
        minutes: 120,
      });
      expect((await admin.get(`/api/v1/service-records/${result.record.id}`)).status).toBe(200);
    }
  });

  it('refused entries fail alone (207), each with the problem a single POST would have had', async () => {
    const before = await headPosition(t);
    const response = await organiser.post('/api/v1/service-records/bulk', {
      activityId,
      entries: [
        entry(roster[0], '13:00', 60),
        entry('vol-000000000000000000000000', '13:00', 60),
        entry(roster[1], '13:00', 25 * 60),
        { ...entry(roster[2]), ...session('11:30', 60, '2026-03-10') },
        entry(roster[3], '13:00', 60),
      ],
    });
    expect(response.status).toBe(207);
    expect(response.body).toMatchObject({ created: 2, failed: 3 });
    expect(
      response.body.results.map((r: { status: number; error?: { code: string } }) => [
        r.status,
        r.error?.code,
      ]),
    ).toEqual([
      [201, undefined],
      [404, 'NOT_FOUND'],
      [422, 'SERVICE_TOO_LONG'],
      [422, 'SERVICE_IN_FUTURE'],
      [201, undefined],
    ]);
    expect(response.body.results[2].error).toMatchObject({
      type: expect.any(String),
      title: expect.any(String),
      detail: expect.any(String),
    });
    expect(await headPosition(t)).toBe(before + 2);
  });

  it('a retry with the same Idempotency-Key records nothing twice', async () => {
    const body = { activityId, entries: roster.slice(0, 4).map((id) => entry(id, '15:00', 30)) };
    const headers = { 'idempotency-key': 'roster-15h' };
    const first = await organiser.post('/api/v1/service-records/bulk', body, headers);
    const position = await headPosition(t);
    const again = await organiser.post('/api/v1/service-records/bulk', body, headers);
    expect(again.status).toBe(201);
    expect(again.body.results.map((r: { record: { id: string } }) => r.record.id)).toEqual(
      first.body.results.map((r: { record: { id: string } }) => r.record.id),
    );
    expect(await headPosition(t)).toBe(position);
  });

  it('an unknown activity (404), one outside the region (403) or a non-recorder (403) refuse the whole roster', async () => {
    const elsewhere = await scheduleActivity(t, { regionCode: '410181' });
    const auditor = (await accountClient(t, admin, 'auditor', '410122')).client;
    const before = await headPosition(t);
    const entries = [entry(roster[5], '17:00', 30)];
    expectProblem(
      await organiser.post('/api/v1/service-records/bulk', {
        activityId: 'act-000000000000000000000000',
        entries,
      }),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await organiser.post('/api/v1/service-records/bulk', { activityId: elsewhere.activityId, entries }),
      403,
      'FORBIDDEN',
    );
    expectProblem(
      await auditor.post('/api/v1/service-records/bulk', { activityId, entries }),
      403,
      'FORBIDDEN',
    );
    expect(await headPosition(t)).toBe(before);
  });

  it('invalid input anywhere is 400 for the whole roster, naming the entry fields, and writes nothing', async () => {
    const before = await headPosition(t);
    const cases: Array<[unknown, string[]]> = [
      [{}, ['activityId', 'entries']],
      [{ activityId, entries: [] }, ['entries']],
      [{ activityId, entries: 'all' }, ['entries']],
      [
        { activityId, entries: [entry(roster[0]), { ...entry(roster[1]), startedAt: 'yesterday' }] },
        ['entries.1.startedAt'],
      ],
      [{ activityId, entries: [{ ...entry(roster[0]), volunteerId: 7 }] }, ['entries.0.volunteerId']],
      [{ activityId, entries: [{ ...entry(roster[0]), activityId }] }, ['entries.0.activityId']],
      [{ activityId, entries: Array.from({ length: 501 }, () => entry(roster[0])) }, ['entries']],
      [{ activityId, entries: [entry(roster[0])], dryRun: true }, ['dryRun']],
    ];
    for (const [body, fields] of cases) {
      const response = await organiser.post('/api/v1/service-records/bulk', body);
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(fieldsOf(response)).toEqual([...fields].sort());
    }
    expect(await headPosition(t)).toBe(before);
  });
});
