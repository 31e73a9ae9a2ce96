import type { HttpClient } from '../support/http-client';
import { expectProblem } from '../support/problem';
import { SMALL_THRESHOLDS, startStarsWorld, type StarsWorld } from '../stars/support';
import { accountClient, fieldsOf } from '../volunteering/support';

const rounds = '/api/v1/star-rounds';

/**
 * GET /star-rounds: five rounds in four regions at different stages, opened a minute apart, read by
 * administrators and auditors of nested and separate regions.
 */
describe('GET /star-rounds over real HTTP', () => {
  let w: StarsWorld;
  let county: HttpClient;
  let city: HttpClient;
  let luoyang: HttpClient;
  let cityAuditor: HttpClient;
  /** Ids by name: r1 county open, r2 city noticed, r3 county finalized, r4 Luoyang open, r5 巩义 open. */
  const r: Record<string, string> = {};
  const body: Record<string, Record<string, unknown>> = {};

  const open = async (client: HttpClient, regionCode: string, ruleSetId?: string) => {
    w.clock.advance(60_000);
    const opened = await client.post(rounds, {
      regionCode,
      cutoff: '2026-03-09',
      ...(ruleSetId ? { ruleSetId } : {}),
    });
    if (opened.status !== 201) throw new Error(`open: ${opened.status} ${JSON.stringify(opened.body)}`);
    return opened.body.id as string;
  };
  const ok = async (response: Promise<{ status: number; body: any }>) => {
    const answered = await response;
    if (answered.status !== 200) throw new Error(`${answered.status} ${JSON.stringify(answered.body)}`);
    return answered.body;
  };

  beforeAll(async () => {
    w = await startStarsWorld();
    const quickRules = await w.ruleSet({
      name: '免公示星级标准',
      thresholdsHours: SMALL_THRESHOLDS,
      window: 'cumulative',
      noticeWorkingDays: 0,
    });
    county = await w.adminOf('410122');
    city = await w.adminOf('410100');
    luoyang = await w.adminOf('410300');
    cityAuditor = (await accountClient(w.t, w.admin, 'auditor', '410100')).client;
    const [a, b] = [await w.volunteer('410122'), await w.volunteer('410122')];
    await w.serve(a, '2026-03-05', 130);
    await w.serve(b, '2026-03-04', 70);

    r.r1 = await open(county, '410122');
    r.r2 = await open(city, '410100');
    await ok(city.post(`${rounds}/${r.r2}/draw`));
    await ok(city.post(`${rounds}/${r.r2}/notice`));
    r.r3 = await open(county, '410122', quickRules);
    await ok(county.post(`${rounds}/${r.r3}/draw`));
    await ok(county.post(`${rounds}/${r.r3}/exclusions`, { volunteerId: b, reason: '服务时长存疑' }));
    await ok(county.post(`${rounds}/${r.r3}/notice`));
    await ok(county.post(`${rounds}/${r.r3}/finalize`));
    r.r4 = await open(luoyang, '410300');
    r.r5 = await open(w.admin, '410181');
    for (const [name, id] of Object.entries(r)) body[name] = await ok(w.admin.get(`${rounds}/${id}`));
  });
  afterAll(() => w.t.close());

  const ids = (page: { items: { id: string }[] }) => page.items.map((item) => item.id);
  const named = (...names: string[]) => names.map((name) => r[name]);

  it('lists the rounds inside the caller’s region, newest first', async () => {
    expect(ids(await ok(w.admin.get(rounds)))).toEqual(named('r5', 'r4', 'r3', 'r2', 'r1'));
    expect(ids(await ok(city.get(rounds)))).toEqual(named('r5', 'r3', 'r2', 'r1'));
    expect(ids(await ok(cityAuditor.get(rounds)))).toEqual(named('r5', 'r3', 'r2', 'r1'));
    expect(ids(await ok(county.get(rounds)))).toEqual(named('r3', 'r1'));
    expect(ids(await ok(luoyang.get(rounds)))).toEqual(named('r4'));
    const openedAt = (await ok(w.admin.get(rounds))).items.map((i: { openedAt: string }) => i.openedAt);
    expect(openedAt).toEqual([...openedAt].sort().reverse());
  });

  it('answers the fields of the console, notice end and finalize time only once they exist', async () => {
    const items = (await ok(w.admin.get(rounds))).items as Record<string, unknown>[];
    const byId = new Map(items.map((item) => [item.id as string, item]));
    const expected = (name: string) => {
      const round = body[name];
      return {
        id: round.id,
        regionCode: round.regionCode,
        cutoff: '2026-03-09',
        status: round.status,
        ruleSetId: round.ruleSetId,
        // Named for the console, which never shows a rule set's id.
        ruleSet: round.ruleSet,
        candidateCount: round.candidateCount,
        excludedCount: round.excludedCount,
        ...(round.noticeEndsOn ? { noticeEndsOn: round.noticeEndsOn } : {}),
        openedAt: round.openedAt,
        ...(round.finalizedAt ? { finalizedAt: round.finalizedAt } : {}),
      };
    };
    for (const name of Object.keys(r)) expect(byId.get(r[name])).toEqual(expected(name));
    expect(byId.get(r.r3)).toMatchObject({
      status: 'finalized',
      candidateCount: 2,
      excludedCount: 1,
      noticeEndsOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      finalizedAt: expect.any(String),
    });
    expect(byId.get(r.r2)).toMatchObject({
      status: 'noticed',
      regionCode: '410100',
      ruleSetId: 'national',
      ruleSet: { id: 'national', name: '全国星级志愿者认定标准' },
    });
    // Every round names its rule set, the province's own ones too.
    for (const item of items) {
      expect(item.ruleSet).toEqual({ id: item.ruleSetId, name: expect.stringMatching(/\S/) });
    }
    expect(byId.get(r.r2)).not.toHaveProperty('finalizedAt');
    expect(byId.get(r.r1)).not.toHaveProperty('noticeEndsOn');
  });

  it('filters by status', async () => {
    expect(ids(await ok(w.admin.get(`${rounds}?status=open`)))).toEqual(named('r5', 'r4', 'r1'));
    expect(ids(await ok(w.admin.get(`${rounds}?status=noticed`)))).toEqual(named('r2'));
    expect(ids(await ok(w.admin.get(`${rounds}?status=finalized`)))).toEqual(named('r3'));
    expect(await ok(county.get(`${rounds}?status=noticed`))).toEqual({
      items: [],
      total: 0,
      page: 1,
      pageSize: 20,
    });
  });

  it('pages: total on every page, the pages in order, an empty page past the end', async () => {
    const pages = [];
    for (const page of [1, 2, 3, 4]) pages.push(await ok(w.admin.get(`${rounds}?pageSize=2&page=${page}`)));
    expect(pages.map((p) => [p.total, p.page, p.pageSize])).toEqual([
      [5, 1, 2],
      [5, 2, 2],
      [5, 3, 2],
      [5, 4, 2],
    ]);
    expect(pages.flatMap(ids)).toEqual(named('r5', 'r4', 'r3', 'r2', 'r1'));
    expect(pages[3].items).toEqual([]);
    const filtered = await ok(w.admin.get(`${rounds}?status=open&pageSize=1&page=2`));
    expect([filtered.total, ids(filtered)]).toEqual([3, named('r4')]);
  });

  it('refuses bad paging, an unknown status and unknown parameters with the field named', async () => {
    for (const [query, field] of [
      ['pageSize=101', 'pageSize'],
      ['pageSize=0', 'pageSize'],
      ['page=0', 'page'],
      ['page=two', 'page'],
      ['status=closed', 'status'],
      ['regionCode=410122', 'regionCode'],
    ]) {
      const response = await w.admin.get(`${rounds}?${query}`);
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(fieldsOf(response)).toEqual([field]);
    }
  });

  it('is for administrators and auditors: organisers, partners and volunteers are refused; no token is 401', async () => {
    expectProblem(await w.organiser.get(rounds), 403, 'FORBIDDEN');
    const partnerAccount = await accountClient(w.t, w.admin, 'partner', '410122', {
      partnerId: (
        await w.admin.post('/api/v1/partners', {
          name: '中牟县科技馆',
          regionCode: '410122',
          venueType: 'museum',
        })
      ).body.id,
    });
    expectProblem(await partnerAccount.client.get(rounds), 403, 'FORBIDDEN');
    const volunteerId = await w.volunteer('410122');
    const volunteer = await accountClient(w.t, w.admin, 'volunteer', '410122', { volunteerId });
    expectProblem(await volunteer.client.get(rounds), 403, 'FORBIDDEN');
    expectProblem(await w.t.http.get(rounds), 401, 'UNAUTHENTICATED');
  });
});
