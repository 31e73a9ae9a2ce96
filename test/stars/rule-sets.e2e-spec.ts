import { accountClient } from '../volunteering/support';
import { SMALL_THRESHOLDS, startStarsWorld, type StarsWorld } from './support';

const ruleSets = '/api/v1/rule-sets';
const rounds = '/api/v1/star-rounds';
const NATIONAL_NAME = '全国星级志愿者认定标准';

describe('rule sets by name: the list, the rounds and the summary over real HTTP', () => {
  let w: StarsWorld;
  let henan: string;
  let yearly: string;

  beforeAll(async () => {
    w = await startStarsWorld();
    henan = await w.ruleSet({
      name: '河南省星级规则',
      thresholdsHours: SMALL_THRESHOLDS,
      window: 'cumulative',
      noticeWorkingDays: 3,
    });
    w.clock.advance(1000);
    yearly = await w.ruleSet({
      name: '郑州市星级规则',
      thresholdsHours: [2, 4, 6, 8, 10],
      window: 'calendar-year',
      noticeWorkingDays: 5,
    });
  });
  afterAll(() => w.t.close());

  it('lists the national set first, then the province’s newest first, with who defined them when', async () => {
    const listed = await w.admin.get(ruleSets);
    expect(listed.status).toBe(200);
    expect(listed.body).toMatchObject({ total: 3, page: 1, pageSize: 20 });
    expect(listed.body.items.map((r: { name: string }) => r.name)).toEqual([
      NATIONAL_NAME,
      '郑州市星级规则',
      '河南省星级规则',
    ]);
    expect(listed.body.items[0]).toMatchObject({
      id: 'national',
      thresholdsHours: [100, 300, 600, 1000, 1500],
      window: 'cumulative',
      noticeWorkingDays: 5,
      builtIn: true,
      createdAt: null,
      createdBy: null,
    });
    expect(listed.body.items[2]).toMatchObject({
      id: henan,
      thresholdsHours: SMALL_THRESHOLDS,
      window: 'cumulative',
      noticeWorkingDays: 3,
      regionCode: '410000',
      builtIn: false,
      createdAt: expect.stringMatching(/^2026-03-10T/),
      createdBy: expect.any(String),
    });
  });

  it('pages like the other lists', async () => {
    const first = await w.admin.get(`${ruleSets}?page=1&pageSize=2`);
    expect(first.body.items.map((r: { id: string }) => r.id)).toEqual(['national', yearly]);
    const second = await w.admin.get(`${ruleSets}?page=2&pageSize=2`);
    expect(second.body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(second.body.items.map((r: { id: string }) => r.id)).toEqual([henan]);
    expect((await w.admin.get(`${ruleSets}?pageSize=0`)).status).toBe(400);
  });

  it('is read by auditors and organisers inside the province, who choose from the same sets', async () => {
    const auditor = (await accountClient(w.t, w.admin, 'auditor', '410122')).client;
    const asAuditor = await auditor.get(ruleSets);
    expect(asAuditor.status).toBe(200);
    expect(asAuditor.body.total).toBe(3);
    const asOrganiser = await w.organiser.get(ruleSets);
    expect(asOrganiser.status).toBe(200);
    expect(asOrganiser.body.items.map((r: { id: string }) => r.id)).toEqual(['national', yearly, henan]);
  });

  it('names the rule set of a round in the list and the detail, and the summary judges by it', async () => {
    const county = await w.adminOf('410122');
    const v = await w.volunteer('410122');
    await w.serve(v, '2025-12-20', 120); // last year: counts only for a cumulative set
    await w.serve(v, '2026-03-02', 250); // this year: 4 h 10 min

    // No round yet: the national set judges, and says so.
    const before = await w.admin.get(`/api/v1/volunteers/${v}/summary`);
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({
      confirmedMinutes: 370,
      qualifiedStarLevel: 0,
      starRuleSet: { id: 'national', name: NATIONAL_NAME, roundId: null, qualifyingMinutes: 370 },
    });

    // A city round under the province's calendar-year set: it will judge the county's volunteers.
    const city = await w.adminOf('410100');
    const opened = await city.post(rounds, { regionCode: '410100', cutoff: '2026-03-09', ruleSetId: yearly });
    expect(opened.status).toBe(201);
    expect(opened.body.ruleSet).toEqual({ id: yearly, name: '郑州市星级规则' });
    expect(opened.body.ruleSetId).toBe(yearly);
    const detail = await city.get(`${rounds}/${opened.body.id}`);
    expect(detail.body.ruleSet).toEqual({ id: yearly, name: '郑州市星级规则' });

    const judged = await w.admin.get(`/api/v1/volunteers/${v}/summary`);
    // Calendar year: 250 minutes of 2026 only, 2 h → 1★ of 2/4/6/8/10, 4 h 10 min → 2★.
    expect(judged.body).toMatchObject({
      confirmedMinutes: 370,
      qualifiedStarLevel: 2,
      starRuleSet: {
        id: yearly,
        name: '郑州市星级规则',
        thresholdsHours: [2, 4, 6, 8, 10],
        window: 'calendar-year',
        roundId: opened.body.id,
        qualifyingMinutes: 250,
      },
    });

    // A newer county round under the cumulative set takes over; a volunteer elsewhere keeps the national set.
    w.clock.advance(60_000);
    const countyRound = await county.post(rounds, {
      regionCode: '410122',
      cutoff: '2026-03-09',
      ruleSetId: henan,
    });
    expect(countyRound.status).toBe(201);
    const now = await w.admin.get(`/api/v1/volunteers/${v}/summary`);
    expect(now.body).toMatchObject({
      qualifiedStarLevel: 5,
      starRuleSet: {
        id: henan,
        name: '河南省星级规则',
        roundId: countyRound.body.id,
        qualifyingMinutes: 370,
      },
    });
    const elsewhere = await w.volunteer('410200');
    expect((await w.admin.get(`/api/v1/volunteers/${elsewhere}/summary`)).body.starRuleSet).toMatchObject({
      id: 'national',
      roundId: null,
    });

    const list = await w.admin.get(rounds);
    const named = new Map(
      list.body.items.map((r: { id: string; ruleSet: { name: string } }) => [r.id, r.ruleSet.name]),
    );
    expect(named.get(opened.body.id)).toBe('郑州市星级规则');
    expect(named.get(countyRound.body.id)).toBe('河南省星级规则');
  });
});
