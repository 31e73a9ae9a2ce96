import { ManualClock, NeedFulfilmentSweep } from '@ledger/application';
import type { HttpClient, Response } from '../support/http-client';
import { expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  activityBody,
  created,
  headPosition,
  pilotBody,
  projectBody,
  registerVolunteers,
  signInAs,
  teamBody,
  ZHONGMU,
} from '../organisation/organisation-helpers';

const needBody = (extra: object = {}) => ({
  title: '果树病虫害防治指导',
  description: '村里苹果树叶片发黄，希望专家来看看',
  field: 'rural-revitalization',
  regionCode: ZHONGMU,
  requester: { name: '王建国', phone: '13812345678', organisation: '某村村民委员会' },
  preferredFrom: '2026-03-04',
  preferredTo: '2026-03-20',
  consent: true,
  ...extra,
});

/** Monday 2 March 2026, 9:00 in Beijing. */
describe('needs of the public over real HTTP: 群众点单 → 科协派单 → 队伍接单 → 群众评单', () => {
  const clock = new ManualClock(new Date('2026-03-02T09:00:00+08:00'));
  let t: TestApp;
  let admin: HttpClient;
  let organiser: HttpClient;
  let pilotId: string;
  let teamId: string;
  let projectId: string;

  beforeAll(async () => {
    t = await startTestApp({}, undefined, clock);
    admin = await t.admin();
    organiser = await signInAs(t, admin, 'zhongmu-needs-organiser', 'organiser', ZHONGMU);
    pilotId = created(await admin.post('/api/v1/pilots', pilotBody({ fundedOn: '2026-03-01' }))).id;
    teamId = created(await admin.post('/api/v1/teams', teamBody({ pilotId }))).id;
    projectId = created(await admin.post('/api/v1/projects', projectBody(teamId, { pilotId }))).id;
  });
  afterAll(() => t.close());

  const token = (accessToken: string) => ({ 'X-Need-Token': accessToken });
  const idOf = async (trackingNo: string): Promise<string> => {
    const list = await admin.get('/api/v1/needs?pageSize=100');
    expect(list.status).toBe(200);
    return list.body.items.find((n: { trackingNo: string }) => n.trackingNo === trackingNo).id;
  };
  const wrongStatus = async (response: Response, status: string) => {
    expectProblem(response, 422, 'NEED_WRONG_STATUS');
    expect(response.body.details.status).toBe(status);
  };

  it('goes the whole loop from a public submission to a rating', async () => {
    const submitted = await t.http.post('/api/v1/public/needs', needBody());
    expect(submitted.status).toBe(201);
    expect(Object.keys(submitted.body).sort()).toEqual(['accessToken', 'status', 'trackingNo']);
    expect(submitted.body.status).toBe('submitted');
    const { trackingNo, accessToken } = submitted.body;

    const followed = await t.http.get(`/api/v1/public/needs/${trackingNo}`, token(accessToken));
    expect(followed.status).toBe(200);
    expect(followed.body).toMatchObject({ trackingNo, status: 'submitted', title: '果树病虫害防治指导' });
    expect(JSON.stringify(followed.body)).not.toContain('13812345678');
    expectProblem(
      await t.http.post(`/api/v1/public/needs/${trackingNo}/rating`, { score: 5 }, token(accessToken)),
      422,
      'NEED_NOT_FULFILLED',
    );

    const id = await idOf(trackingNo);
    const inbox = await admin.get(`/api/v1/needs/${id}`);
    expect(inbox.body.requester).toEqual({
      name: '王*国',
      phone: '138****5678',
      organisation: '某村村民委员会',
    });
    expect(JSON.stringify(inbox.body)).not.toContain('13812345678');

    // Wrong-status steps name the current status.
    await wrongStatus(await admin.post(`/api/v1/needs/${id}/dispatch`, { teamId }), 'submitted');
    await wrongStatus(await organiser.post(`/api/v1/needs/${id}/take`), 'submitted');
    await wrongStatus(
      await organiser.post(`/api/v1/needs/${id}/return`, { reason: '人手不足' }),
      'submitted',
    );

    expect((await admin.post(`/api/v1/needs/${id}/accept`)).body.status).toBe('accepted');
    await wrongStatus(await admin.post(`/api/v1/needs/${id}/accept`), 'accepted');
    await wrongStatus(await admin.post(`/api/v1/needs/${id}/decline`, { reason: '重复' }), 'accepted');
    await wrongStatus(await organiser.post(`/api/v1/needs/${id}/take`), 'accepted');

    expect((await admin.post(`/api/v1/needs/${id}/dispatch`, { teamId })).body).toMatchObject({
      status: 'dispatched',
      teamId,
    });
    await wrongStatus(await admin.post(`/api/v1/needs/${id}/dispatch`, { teamId }), 'dispatched');
    expect((await organiser.post(`/api/v1/needs/${id}/take`)).body.status).toBe('taken');
    await wrongStatus(await organiser.post(`/api/v1/needs/${id}/take`), 'taken');

    // An activity created for the need links it.
    const activity = created(
      await organiser.post(
        '/api/v1/activities',
        activityBody(projectId, {
          startsAt: '2026-03-05T09:00:00+08:00',
          endsAt: '2026-03-05T11:30:00+08:00',
          needId: id,
        }),
      ),
    );
    expect((await admin.get(`/api/v1/needs/${id}`)).body.activityIds).toEqual([activity.id]);

    // Ended with a confirmed record: the sweep records the need fulfilled, once.
    clock.set('2026-03-05T12:00:00+08:00');
    const sweep = t.app.get(NeedFulfilmentSweep);
    expect(await sweep.run()).toEqual({ fulfilled: 0, failed: 0 });
    const [volunteerId] = await registerVolunteers(admin, 1);
    const record = created(
      await organiser.post('/api/v1/service-records', {
        volunteerId,
        activityId: activity.id,
        startedAt: '2026-03-05T09:00:00+08:00',
        endedAt: '2026-03-05T11:00:00+08:00',
        content: '果树病虫害防治现场指导',
      }),
    );
    expect(await sweep.run()).toEqual({ fulfilled: 0, failed: 0 }); // pending, not confirmed
    expect((await admin.post(`/api/v1/service-records/${record.id}/confirm`)).status).toBe(200);
    expect(await sweep.run()).toEqual({ fulfilled: 1, failed: 0 });
    expect(await sweep.run()).toEqual({ fulfilled: 0, failed: 0 });
    await wrongStatus(await admin.post(`/api/v1/needs/${id}/accept`), 'fulfilled');

    const rated = await t.http.post(
      `/api/v1/public/needs/${trackingNo}/rating`,
      { score: 5, comment: '专家很专业' },
      token(accessToken),
    );
    expect(rated.status).toBe(200);
    expect(rated.body).toMatchObject({ status: 'rated', rating: { score: 5, comment: '专家很专业' } });
    expect(rated.body.timeline.map((s: { type: string }) => s.type)).toEqual([
      'NeedSubmitted',
      'NeedAccepted',
      'NeedDispatched',
      'NeedTaken',
      'NeedActivityLinked',
      'NeedFulfilled',
      'NeedRated',
    ]);
    expectProblem(
      await t.http.post(`/api/v1/public/needs/${trackingNo}/rating`, { score: 1 }, token(accessToken)),
      422,
      'NEED_ALREADY_RATED',
    );
    await wrongStatus(await admin.post(`/api/v1/needs/${id}/close`, { reason: '结束' }), 'rated');

    const progress = await admin.get(`/api/v1/pilots/${pilotId}/progress`);
    expect(progress.body.needs).toEqual({ received: 1, fulfilled: 1, overdue: 0, averageRating: 5 });
  });

  it('a wrong secret answers 404, like a number that does not exist', async () => {
    const { trackingNo, accessToken } = created(await t.http.post('/api/v1/public/needs', needBody()));
    expectProblem(
      await t.http.get(`/api/v1/public/needs/${trackingNo}`, token(`${accessToken}x`)),
      404,
      'NOT_FOUND',
    );
    expectProblem(await t.http.get(`/api/v1/public/needs/${trackingNo}`), 404, 'NOT_FOUND');
    expectProblem(
      await t.http.get('/api/v1/public/needs/XQ2222222222', token(accessToken)),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await t.http.post(`/api/v1/public/needs/${trackingNo}/rating`, { score: 5 }, token('nope')),
      404,
      'NOT_FOUND',
    );
  });

  it('reading the contact is recorded and shown in the timeline to administrators only', async () => {
    const { id } = created(await organiser.post('/api/v1/needs', needBody({ title: '中小学科普讲座' })));
    const contact = await organiser.get(`/api/v1/needs/${id}/contact`);
    expect(contact.status).toBe(200);
    expect(contact.body).toEqual({ name: '王建国', phone: '13812345678', organisation: '某村村民委员会' });
    const seenByAdmin = (await admin.get(`/api/v1/needs/${id}`)).body.timeline;
    expect(seenByAdmin.map((s: { type: string }) => s.type)).toEqual(['NeedSubmitted', 'NeedContactRead']);
    expect(seenByAdmin[1].by).not.toBe('admin');
    const seenByOrganiser = (await organiser.get(`/api/v1/needs/${id}`)).body.timeline;
    expect(seenByOrganiser.map((s: { type: string }) => s.type)).toEqual(['NeedSubmitted']);
  });

  it('a team hands a need back; declined and closed needs take no further step', async () => {
    const entered = created(
      await admin.post('/api/v1/needs', needBody({ title: '电商直播培训', field: 'industry' })),
    );
    const a = entered.id;
    await admin.post(`/api/v1/needs/${a}/accept`);
    await admin.post(`/api/v1/needs/${a}/dispatch`, { teamId });
    const back = await organiser.post(`/api/v1/needs/${a}/return`, { reason: '本周人手不足' });
    expect(back.body).toMatchObject({ status: 'accepted', teamId: null });
    expect((await admin.post(`/api/v1/needs/${a}/close`, { reason: '群众已自行解决' })).body.status).toBe(
      'closed',
    );
    await wrongStatus(await admin.post(`/api/v1/needs/${a}/dispatch`, { teamId }), 'closed');
    // The requester reads why it was closed, not the team's note for handing it back.
    const tracked = await t.http.get(`/api/v1/public/needs/${entered.trackingNo}`, {
      'X-Need-Token': entered.accessToken,
    });
    const reasons = tracked.body.timeline.map((step: { type: string; reason?: string }) => [
      step.type,
      step.reason,
    ]);
    expect(reasons).toContainEqual(['NeedClosed', '群众已自行解决']);
    expect(reasons).toContainEqual(['NeedReturned', undefined]);

    const b = created(await admin.post('/api/v1/needs', needBody({ title: '重复提交' }))).id;
    expect((await admin.post(`/api/v1/needs/${b}/decline`, { reason: '重复提交' })).body.status).toBe(
      'declined',
    );
    await wrongStatus(await admin.post(`/api/v1/needs/${b}/close`, { reason: 'x' }), 'declined');
    const filtered = await admin.get('/api/v1/needs?status=declined&field=rural-revitalization');
    expect(filtered.body.items.map((n: { id: string }) => n.id)).toEqual([b]);
  });

  it('needs waiting over 3 working days are overdue and come first', async () => {
    clock.set('2026-03-06T09:00:00+08:00'); // Friday
    const waiting = created(
      await admin.post('/api/v1/needs', needBody({ title: '健康义诊', field: 'health' })),
    ).id;
    clock.set('2026-03-11T09:00:00+08:00'); // Wednesday: 3 working days (Mon–Wed) have passed only by Thursday
    expect((await admin.get(`/api/v1/needs/${waiting}`)).body.overdue).toBe(false);
    clock.set('2026-03-12T09:00:00+08:00');
    const list = (await admin.get('/api/v1/needs?pageSize=100')).body.items;
    expect(list[0]).toMatchObject({ id: waiting, overdue: true });
    expect(list.filter((n: { overdue: boolean }) => n.overdue).length).toBeGreaterThanOrEqual(1);
    expect((await admin.get(`/api/v1/pilots/${pilotId}/progress`)).body.needs.overdue).toBeGreaterThanOrEqual(
      1,
    );
  });

  it('a retried staff entry with the same Idempotency-Key is a conflict: the token is given once', async () => {
    const headers = { 'Idempotency-Key': 'need-entry-retry-1' };
    expect((await admin.post('/api/v1/needs', needBody({ title: '重试' }), headers)).status).toBe(201);
    expectProblem(await admin.post('/api/v1/needs', needBody({ title: '重试' }), headers), 409, 'CONFLICT');
  });

  it('a staff entry refused for its dates writes nothing, and the same Idempotency-Key goes through once corrected', async () => {
    const headers = { 'Idempotency-Key': 'need-entry-dates-1' };
    const before = await headPosition(t);
    const backwards = needBody({ title: '日期颠倒', preferredFrom: '2026-03-20', preferredTo: '2026-03-04' });
    const refused = await admin.post('/api/v1/needs', backwards, headers);
    expect(refused.status).toBe(400);
    expect(await headPosition(t)).toBe(before);
    const corrected = await admin.post('/api/v1/needs', needBody({ title: '日期颠倒' }), headers);
    expect(corrected.status).toBe(201);
  });

  it('a city’s need dispatched to a county team is taken by that county’s organiser', async () => {
    const need = created(
      await admin.post('/api/v1/needs', needBody({ title: '全市科普大篷车', regionCode: '410100' })),
    );
    await admin.post(`/api/v1/needs/${need.id}/accept`);
    await admin.post(`/api/v1/needs/${need.id}/dispatch`, { teamId });
    // The organiser acts where the team is (中牟县), inside the city the need was asked in.
    const taken = await organiser.post(`/api/v1/needs/${need.id}/take`);
    expect(taken.status).toBe(200);
    expect(taken.body.status).toBe('taken');
  });

  it('an activity links a need only where the need was asked for', async () => {
    const need = created(await admin.post('/api/v1/needs', needBody({ title: '只在中牟' }))).id;
    await admin.post(`/api/v1/needs/${need}/accept`);
    const before = await headPosition(t);
    const elsewhere = await admin.post(
      '/api/v1/activities',
      activityBody(projectId, { regionCode: '410184', needId: need }),
    );
    expect(elsewhere.status).toBe(400);
    expect(await headPosition(t)).toBe(before);
  });

  it('answers junk with problem+json and writes nothing', async () => {
    const before = await headPosition(t);
    const junk = [
      needBody({ consent: false }),
      needBody({ field: 'magic' }),
      needBody({ requester: { name: '王建国', phone: '12' } }),
      needBody({ requester: undefined }),
      needBody({ preferredFrom: '2026-03-20', preferredTo: '2026-03-01' }),
      needBody({ regionCode: '999999' }),
      needBody({ title: '' }),
      'not json at all',
    ];
    for (const body of junk) {
      const response = await t.http.post('/api/v1/public/needs', body);
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(response.contentType).toMatch(/^application\/problem\+json/);
    }
    const malformed = await t.http.raw('POST', '/api/v1/public/needs', '{"title": oops');
    expect(malformed.status).toBe(400);
    expect(malformed.contentType).toMatch(/^application\/problem\+json/);
    const { id } = created(await admin.post('/api/v1/needs', needBody({ title: '垃圾输入' })));
    const afterNeed = await headPosition(t);
    expectProblem(await admin.post(`/api/v1/needs/${id}/decline`, {}), 400, 'VALIDATION_FAILED');
    expectProblem(
      await admin.post(`/api/v1/needs/${id}/dispatch`, { teamId: 'tm-nope' }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await admin.post(`/api/v1/needs/${id}/dispatch`, { teamId: 'tm-000000000000000000000000' }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(await admin.get('/api/v1/needs/nd-000000000000000000000000'), 404, 'NOT_FOUND');
    expectProblem(await admin.get('/api/v1/needs?status=lost'), 400, 'VALIDATION_FAILED');
    expect(await headPosition(t)).toBe(afterNeed);
    expect(afterNeed).toBe(before + 1);
  });
});
