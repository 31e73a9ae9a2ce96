import { expectProblem } from '../support/problem';
import { fieldsOf, headPosition } from '../volunteering/support';
import { startStarsWorld, type StarsWorld } from './support';

const rounds = '/api/v1/star-rounds';
/** Small thresholds, so that a few sessions reach every star: 1★ from 1 h, 2★ from 2 h … 5★ from 5 h. */
const HOURLY = [1, 2, 3, 4, 5];

describe('star rounds over real HTTP', () => {
  let w: StarsWorld;
  let smallRules: string;
  let quickRules: string;

  beforeAll(async () => {
    w = await startStarsWorld();
    smallRules = await w.ruleSet({
      name: '试点星级标准',
      thresholdsHours: HOURLY,
      window: 'cumulative',
      noticeWorkingDays: 5,
    });
    quickRules = await w.ruleSet({
      name: '免公示星级标准',
      thresholdsHours: HOURLY,
      window: 'cumulative',
      noticeWorkingDays: 0,
    });
  });
  afterAll(() => w.t.close());

  const open = async (client = w.admin, body: object) => {
    const response = await client.post(rounds, body);
    expect(response.status).toBe(201);
    return response.body.id as string;
  };

  it('runs a whole round: open → draw → exclude → notice → too early → finalize → the star on summary and history', async () => {
    const county = await w.adminOf('410122');
    const [a, b, c] = [await w.volunteer('410122'), await w.volunteer('410122'), await w.volunteer('410122')];
    await w.serve(a, '2026-03-05', 130);
    await w.serve(a, '2026-03-10', 200, '08:00'); // after the cutoff: does not count
    await w.serve(b, '2026-03-04', 70);
    await w.serve(c, '2026-03-03', 30); // under 1 h: no star
    // Recorded but never confirmed: does not count.
    await w.organiser.post('/api/v1/service-records', {
      volunteerId: b,
      activityId: w.activityId,
      startedAt: '2026-03-06T09:00:00+08:00',
      endedAt: '2026-03-06T12:00:00+08:00',
      content: '待确认',
    });

    const opened = await county.post(rounds, {
      regionCode: '410122',
      cutoff: '2026-03-09',
      ruleSetId: smallRules,
    });
    expect(opened.status).toBe(201);
    expect(opened.headers.get('location')).toBe(`/api/v1/star-rounds/${opened.body.id}`);
    expect(opened.body).toMatchObject({
      status: 'open',
      ruleSetId: smallRules,
      ruleVersion: `${smallRules}@v1`,
    });
    const id = opened.body.id;

    const drawn = await county.post(`${rounds}/${id}/draw`);
    expect(drawn.status).toBe(200);
    // Thresholds of 1/2/3/4/5 hours: 130 minutes (2 h 10 min) is 2★, 70 minutes (1 h 10 min) is 1★.
    expect(drawn.body.candidates).toEqual(
      expect.arrayContaining([
        { volunteerId: a, confirmedMinutes: 130, currentStarLevel: 0, proposedStarLevel: 2 },
        { volunteerId: b, confirmedMinutes: 70, currentStarLevel: 0, proposedStarLevel: 1 },
      ]),
    );
    expect(drawn.body.candidates).toHaveLength(2);

    expectProblem(
      await county.post(`${rounds}/${id}/exclusions`, { volunteerId: c, reason: '不足' }),
      422,
      'NOT_A_CANDIDATE',
    );
    const excluded = await county.post(`${rounds}/${id}/exclusions`, {
      volunteerId: b,
      reason: '服务时长存疑',
    });
    expect(excluded.status).toBe(200);
    expect(excluded.body).toMatchObject({ candidateCount: 2, excludedCount: 1 });

    expectProblem(await county.post(`${rounds}/${id}/finalize`), 422, 'NOTICE_NOT_PUBLISHED');
    const noticed = await county.post(`${rounds}/${id}/notice`);
    expect(noticed.status).toBe(200);
    // Published on Tuesday 10 March 2026 (STARS_NOW); the five working days after it are
    // Wed 11, Thu 12, Fri 13, Mon 16 and Tue 17 March (no holiday or make-up day in March 2026).
    expect(noticed.body).toMatchObject({
      status: 'noticed',
      noticePublishedOn: '2026-03-10',
      noticeEndsOn: '2026-03-17',
    });
    expectProblem(await county.post(`${rounds}/${id}/finalize`), 422, 'NOTICE_PERIOD_NOT_OVER');
    // The last day of the notice, late afternoon in Shanghai: still too early.
    w.clock.set('2026-03-17T17:00:00+08:00');
    expectProblem(await county.post(`${rounds}/${id}/finalize`), 422, 'NOTICE_PERIOD_NOT_OVER');
    w.clock.advance(16 * 3600_000); // 09:00 the next day

    const finalized = await county.post(`${rounds}/${id}/finalize`);
    expect(finalized.status).toBe(200);
    expect(finalized.body).toMatchObject({ status: 'finalized', awarded: 1, skipped: 0 });

    const summaryA = (await w.admin.get(`/api/v1/volunteers/${a}/summary`)).body;
    expect(summaryA.starLevel).toBe(2);
    const summaryB = (await w.admin.get(`/api/v1/volunteers/${b}/summary`)).body;
    expect(summaryB.starLevel).toBe(0);
    const stars = (await w.admin.get(`/api/v1/volunteers/${a}/history?limit=50`)).body.items.filter(
      (i: { kind: string }) => i.kind === 'star',
    );
    expect(stars).toEqual([expect.objectContaining({ delta: 2, balanceAfter: 2 })]);

    // Finalizing again awards nothing more.
    const again = await county.post(`${rounds}/${id}/finalize`);
    expect(again.body).toMatchObject({ status: 'finalized', awarded: 1 });
    const starsAfter = (await w.admin.get(`/api/v1/volunteers/${a}/history?limit=50`)).body.items.filter(
      (i: { kind: string }) => i.kind === 'star',
    );
    expect(starsAfter).toHaveLength(1);
    const candidates = (await county.get(`${rounds}/${id}/candidates`)).body.items;
    expect(candidates).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ volunteerId: a, outcome: 'awarded' }),
        expect.objectContaining({ volunteerId: b, excludedReason: '服务时长存疑', outcome: null }),
      ]),
    );
    // A page size from the query string is a number like any other.
    const one = await county.get(`${rounds}/${id}/candidates?limit=1`);
    expect(one.status).toBe(200);
    expect(one.body.items).toHaveLength(1);
    expectProblem(await county.get(`${rounds}/${id}/candidates?limit=0`), 400, 'VALIDATION_FAILED');
    expectProblem(await county.post(`${rounds}/${id}/draw`), 422, 'ROUND_FINALIZED');
  });

  it('certifies by level: a county administrator cannot finalize a 3★ round; the city administrator can', async () => {
    const d = await w.volunteer('410184');
    await w.serve(d, '2026-03-02', 200, '13:00');
    const county = await w.adminOf('410184');
    const id = await open(county, { regionCode: '410184', cutoff: '2026-03-09', ruleSetId: quickRules });
    const drawn = await county.post(`${rounds}/${id}/draw`);
    // 200 minutes (3 h 20 min) reach the 3-hour threshold: 3★, which a city certifies.
    expect(drawn.body.candidates).toEqual([
      { volunteerId: d, confirmedMinutes: 200, currentStarLevel: 0, proposedStarLevel: 3 },
    ]);
    await county.post(`${rounds}/${id}/notice`);
    expectProblem(await county.post(`${rounds}/${id}/finalize`), 422, 'CERTIFYING_LEVEL_TOO_LOW');
    expect((await w.admin.get(`/api/v1/volunteers/${d}/summary`)).body.starLevel).toBe(0);
    const city = await w.adminOf('410100');
    const finalized = await city.post(`${rounds}/${id}/finalize`);
    expect(finalized.body).toMatchObject({ status: 'finalized', awarded: 1 });
    expect((await w.admin.get(`/api/v1/volunteers/${d}/summary`)).body.starLevel).toBe(3);
  });

  it('revocation bans the volunteer from the next draw', async () => {
    w.clock.set('2026-03-18T09:00:00+08:00'); // where the first round left it
    const e = await w.volunteer('410181');
    await w.serve(e, '2026-03-02', 130, '15:00');
    const county = await w.adminOf('410181');
    const first = await open(county, { regionCode: '410181', cutoff: '2026-03-09', ruleSetId: quickRules });
    await county.post(`${rounds}/${first}/draw`);
    await county.post(`${rounds}/${first}/notice`);
    expect((await county.post(`${rounds}/${first}/finalize`)).body.awarded).toBe(1);

    const other = await w.adminOf('410182');
    expectProblem(
      await other.post(`/api/v1/volunteers/${e}/stars/revoke`, { reason: '时长造假', banYears: 1 }),
      403,
      'FORBIDDEN',
    );
    const revoked = await county.post(`/api/v1/volunteers/${e}/stars/revoke`, {
      reason: '时长造假',
      banYears: 1,
    });
    expect(revoked.status).toBe(200);
    // Revoked on 2026-03-18, banned for one year: until 2027-03-18.
    expect(revoked.body).toMatchObject({
      volunteerId: e,
      level: 0,
      previousLevel: 2,
      banYears: 1,
      bannedUntil: '2027-03-18',
    });
    expect((await w.admin.get(`/api/v1/volunteers/${e}/summary`)).body.starLevel).toBe(0);
    expectProblem(
      await county.post(`/api/v1/volunteers/${e}/stars/revoke`, { reason: '再次', banYears: 1 }),
      422,
      'NO_STAR_TO_REVOKE',
    );

    // Another volunteer of the county qualifies too, so the next draw is not empty by chance.
    const f = await w.volunteer('410181');
    await w.serve(f, '2026-03-03', 90, '15:00');
    const second = await open(county, { regionCode: '410181', cutoff: '2026-03-09', ruleSetId: quickRules });
    const drawn = await county.post(`${rounds}/${second}/draw`);
    expect(drawn.body.candidates.map((x: { volunteerId: string }) => x.volunteerId)).toEqual([f]);
  });

  it('a calendar-year rule set counts only the cutoff’s year; a cumulative one counts every year', async () => {
    const g = await w.volunteer('410183');
    await w.serve(g, '2025-12-20', 90);
    await w.serve(g, '2026-03-02', 60, '17:00');
    const yearly = await w.ruleSet({
      name: '年度星级标准',
      thresholdsHours: HOURLY,
      window: 'calendar-year',
      noticeWorkingDays: 3,
    });
    const county = await w.adminOf('410183');
    const byYear = await open(county, { regionCode: '410183', cutoff: '2026-03-09', ruleSetId: yearly });
    const cumulative = await open(county, {
      regionCode: '410183',
      cutoff: '2026-03-09',
      ruleSetId: smallRules,
    });
    const lastYear = await open(county, { regionCode: '410183', cutoff: '2025-12-31', ruleSetId: yearly });
    const draw = async (id: string) => (await county.post(`${rounds}/${id}/draw`)).body.candidates;
    expect(await draw(byYear)).toEqual([
      { volunteerId: g, confirmedMinutes: 60, currentStarLevel: 0, proposedStarLevel: 1 },
    ]);
    // 90 minutes in 2025 and 60 in 2026: 150 minutes (2 h 30 min) in all is 2★; each year alone is 1★.
    expect(await draw(cumulative)).toEqual([
      { volunteerId: g, confirmedMinutes: 150, currentStarLevel: 0, proposedStarLevel: 2 },
    ]);
    expect(await draw(lastYear)).toEqual([
      { volunteerId: g, confirmedMinutes: 90, currentStarLevel: 0, proposedStarLevel: 1 },
    ]);
  });

  it('retries with the same Idempotency-Key return the first answer and write nothing more', async () => {
    const county = await w.adminOf('410185');
    const v = await w.volunteer('410185');
    await w.serve(v, '2026-03-02', 60, '19:00');
    const key = { 'idempotency-key': 'open-410185-1' };
    const body = { regionCode: '410185', cutoff: '2026-03-09', ruleSetId: quickRules };
    const first = await county.post(rounds, body, key);
    const second = await county.post(rounds, body, key);
    expect(second.status).toBe(201);
    expect(second.body.id).toBe(first.body.id);
    const id = first.body.id;
    const drawKey = { 'idempotency-key': 'draw-410185-1' };
    const d1 = await county.post(`${rounds}/${id}/draw`, undefined, drawKey);
    const before = await headPosition(w.t);
    const d2 = await county.post(`${rounds}/${id}/draw`, undefined, drawKey);
    expect(d2.body.candidates).toEqual(d1.body.candidates);
    expect(d2.body.draw).toBe(1);
    expect(await headPosition(w.t)).toBe(before);
    // Without a key, a second draw before the notice is a redraw.
    expect((await county.post(`${rounds}/${id}/draw`)).body.draw).toBe(2);
    await county.post(`${rounds}/${id}/notice`);
    expectProblem(await county.post(`${rounds}/${id}/draw`), 422, 'NOTICE_ALREADY_PUBLISHED');
  });

  describe('bad input and access', () => {
    it('answers 400 naming each bad field, and writes nothing', async () => {
      const before = await headPosition(w.t);
      const bad = await w.admin.post('/api/v1/rule-sets', {
        name: '',
        thresholdsHours: [30, 20, 100, 200, 300],
        window: 'monthly',
        noticeWorkingDays: 31,
      });
      expectProblem(bad, 400, 'VALIDATION_FAILED');
      expect(fieldsOf(bad)).toEqual(['name', 'noticeWorkingDays', 'thresholdsHours', 'window']);
      const unknown = await w.admin.post('/api/v1/rule-sets', {
        name: 'x',
        thresholdsHours: [1, 2, 3, 4, 5],
        window: 'cumulative',
        noticeWorkingDays: 5,
        extra: 1,
      });
      expectProblem(unknown, 400, 'VALIDATION_FAILED');
      expect(fieldsOf(unknown)).toEqual(['extra']);
      const badRound = await w.admin.post(rounds, {
        regionCode: '12345',
        cutoff: '2026-02-30',
        ruleSetId: 'x',
      });
      expect(fieldsOf(badRound)).toEqual(['cutoff', 'regionCode', 'ruleSetId']);
      const future = await w.admin.post(rounds, { regionCode: '410122', cutoff: '2099-01-01' });
      expectProblem(future, 400, 'VALIDATION_FAILED');
      expect(fieldsOf(future)).toEqual(['cutoff']);
      expectProblem(await w.admin.get(`${rounds}/not-a-round`), 400, 'VALIDATION_FAILED');
      expectProblem(await w.admin.post(`${rounds}/srd-000000000000000000000000/draw`), 404, 'NOT_FOUND');
      expect(await headPosition(w.t)).toBe(before);
      const v = await w.volunteer('410122');
      const beforeRevoke = await headPosition(w.t);
      const revoke = await w.admin.post(`/api/v1/volunteers/${v}/stars/revoke`, { reason: ' ', banYears: 4 });
      expect(fieldsOf(revoke)).toEqual(['banYears', 'reason']);
      expect(await headPosition(w.t)).toBe(beforeRevoke);
    });

    it('rule sets are defined by province administrators; the national set is readable by all', async () => {
      const city = await w.adminOf('410100');
      const refused = await city.post('/api/v1/rule-sets', {
        name: '郑州市标准',
        thresholdsHours: [1, 2, 3, 4, 5],
        window: 'cumulative',
        noticeWorkingDays: 5,
      });
      expectProblem(refused, 403, 'FORBIDDEN');
      const national = await city.get('/api/v1/rule-sets/national');
      expect(national.body).toMatchObject({
        id: 'national',
        thresholdsHours: [100, 300, 600, 1000, 1500],
        window: 'cumulative',
        noticeWorkingDays: 5,
        builtIn: true,
      });
      expect((await city.get(`/api/v1/rule-sets/${smallRules}`)).body).toMatchObject({
        id: smallRules,
        regionCode: '410000',
      });
      expectProblem(await city.get('/api/v1/rule-sets/srs-000000000000000000000000'), 404, 'NOT_FOUND');
    });
  });
});
