import { ManualClock } from '@ledger/application';
import { activityIn, key, offerBenefit, redeemAs } from '../redemptions/support';
import type { HttpClient } from '../support/http-client';
import { expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';
import { accountClient, fieldsOf, headPosition, registerVolunteer } from '../volunteering/support';

/** 10:00 on 15 June 2026 in Shanghai: no campaign multiplies June service, so an hour is 10 points. */
const NOW = new Date('2026-06-15T02:00:00Z');
const lookup = '/api/v1/redemption-codes/lookup';

/**
 * POST /redemption-codes/lookup: a venue with a benefit for every answer (eligible, too dear, a star
 * too high, none left, the volunteer's limit taken, ended), a volunteer with 200 points and a code.
 */
describe('POST /redemption-codes/lookup over real HTTP', () => {
  let t: TestApp;
  let root: HttpClient;
  let county: HttpClient;
  let organiser: HttpClient;
  let luoyang: HttpClient;
  let venue: HttpClient;
  let otherVenue: HttpClient;
  let activityId: string;
  const clock = new ManualClock(NOW);
  const partner: Record<string, string> = {};
  const benefit: Record<string, string> = {};
  let zhang: { volunteerId: string; volunteerNo: string; client: HttpClient };

  const codeOf = async (volunteer: { volunteerId: string; client: HttpClient }) => {
    const issued = await volunteer.client.post(
      `/api/v1/volunteers/${volunteer.volunteerId}/redemption-codes`,
    );
    if (issued.status !== 201) throw new Error(`code: ${issued.status} ${JSON.stringify(issued.body)}`);
    return issued.body as { code: string; expiresAt: string };
  };

  /** A volunteer of the county with ten-hour confirmed sessions (100 points each) on days of its own. */
  let day = 1;
  const volunteerWith = async (name: string, sessions: number) => {
    const registered = await registerVolunteer(county, { name, regionCode: '410122' });
    for (let i = 0; i < sessions; i++, day++) {
      const date = `2026-06-${String(day).padStart(2, '0')}`;
      const recorded = await organiser.post('/api/v1/service-records', {
        volunteerId: registered.id,
        activityId,
        startedAt: `${date}T08:00:00+08:00`,
        endedAt: `${date}T18:00:00+08:00`,
        content: '科普讲解',
      });
      expect(recorded.status).toBe(201);
      expect((await county.post(`/api/v1/service-records/${recorded.body.id}/confirm`)).status).toBe(200);
    }
    const account = await accountClient(t, county, 'volunteer', '410122', { volunteerId: registered.id });
    return { volunteerId: registered.id, volunteerNo: registered.volunteerNo, client: account.client };
  };

  beforeAll(async () => {
    t = await startTestApp({ LEDGER_REDEMPTION_SWEEP_INTERVAL_SECONDS: '0' }, undefined, clock);
    root = await t.admin();
    county = (await accountClient(t, root, 'admin', '410122')).client;
    organiser = (await accountClient(t, root, 'organiser', '410122')).client;
    luoyang = (await accountClient(t, root, 'admin', '410300')).client;
    for (const [name, regionCode] of [
      ['museum', '410122'],
      ['library', '410122'],
    ]) {
      const created = await root.post('/api/v1/partners', {
        name: `${name} venue`,
        regionCode,
        venueType: 'science-museum',
      });
      partner[name] = created.body.id;
    }
    venue = (await accountClient(t, root, 'partner', '410122', { partnerId: partner.museum })).client;
    otherVenue = (await accountClient(t, root, 'partner', '410122', { partnerId: partner.library })).client;
    benefit.a = await offerBenefit(root, partner.museum, { title: 'A 科普书', pointsCost: 100, stock: 5 });
    benefit.b = await offerBenefit(root, partner.museum, { title: 'B 特展门票', pointsCost: 500 });
    benefit.c = await offerBenefit(root, partner.museum, {
      title: 'C 星级礼遇',
      pointsCost: 50,
      minStarLevel: 1,
    });
    benefit.d = await offerBenefit(root, partner.museum, { title: 'D 限量纪念品', pointsCost: 10, stock: 0 });
    benefit.e = await offerBenefit(root, partner.museum, {
      title: 'E 一次体验',
      pointsCost: 10,
      perVolunteerLimit: 1,
    });
    benefit.f = await offerBenefit(root, partner.museum, { title: 'F 春季讲座', validTo: '2026-06-01' });
    benefit.library = await offerBenefit(root, partner.library, { title: 'L 图书馆讲座', pointsCost: 30 });
    activityId = await activityIn(t, '2026-06-01T00:00:00+08:00', '2026-06-14T23:00:00+08:00');
    zhang = await volunteerWith('张三明', 2);
    // The volunteer takes the one-time experience itself: its limit is reached, 10 points held.
    expect((await redeemAs(zhang.client, { benefitId: benefit.e })).status).toBe(201);
  });
  afterAll(() => t.close());
  beforeEach(() => clock.set(NOW));

  const expectedBenefits = (stockLeftOfA: number) => [
    { benefitId: benefit.a, title: 'A 科普书', pointsCost: 100, stockLeft: stockLeftOfA, eligible: true },
    {
      benefitId: benefit.b,
      title: 'B 特展门票',
      pointsCost: 500,
      stockLeft: 10,
      eligible: false,
      reason: 'INSUFFICIENT_POINTS',
    },
    {
      benefitId: benefit.c,
      title: 'C 星级礼遇',
      pointsCost: 50,
      stockLeft: 10,
      eligible: false,
      reason: 'STAR_LEVEL_TOO_LOW',
    },
    {
      benefitId: benefit.d,
      title: 'D 限量纪念品',
      pointsCost: 10,
      stockLeft: 0,
      eligible: false,
      reason: 'OUT_OF_STOCK',
    },
    {
      benefitId: benefit.e,
      title: 'E 一次体验',
      pointsCost: 10,
      stockLeft: 9,
      eligible: false,
      reason: 'LIMIT_REACHED',
    },
  ];

  it('shows the volunteer (masked name), the points, the code’s expiry and each benefit on offer with why not', async () => {
    const { code, expiresAt } = await codeOf(zhang);
    const before = await headPosition(t);
    const answer = await venue.post(lookup, { code });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      volunteer: {
        volunteerId: zhang.volunteerId,
        volunteerNo: zhang.volunteerNo,
        nameMasked: '张*明',
        starLevel: 0,
      },
      pointsAvailable: 190,
      codeExpiresAt: expiresAt,
      benefits: expectedBenefits(5),
    });
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(JSON.stringify(answer.body)).not.toContain('张三明');
    // A lookup writes nothing.
    expect(await headPosition(t)).toBe(before);
  });

  it('each reason is the refusal a redemption meets; the looked-up code still redeems once, then is used', async () => {
    const { code } = await codeOf(zhang);
    const looked = (await venue.post(lookup, { code })).body;
    const refused = looked.benefits.filter((b: { eligible: boolean }) => !b.eligible);
    expect(refused.map((b: { reason: string }) => b.reason)).toEqual(
      expectedBenefits(5)
        .filter((b) => !b.eligible)
        .map((b) => b.reason),
    );
    for (const item of looked.benefits.filter((b: { eligible: boolean }) => !b.eligible)) {
      expectProblem(await redeemAs(zhang.client, { benefitId: item.benefitId }), 422, item.reason);
    }
    // Looking up twice changes nothing either.
    expect((await venue.post(lookup, { code })).body).toEqual(looked);
    const held = await redeemAs(venue, { benefitId: benefit.a, volunteerCode: code });
    expect(held.status).toBe(201);
    expect(held.body).toMatchObject({ volunteerId: zhang.volunteerId, via: 'partner-code', status: 'held' });
    const used = await venue.post(lookup, { code });
    expectProblem(used, 422, 'INVALID_VOLUNTEER_CODE');
    const fresh = await venue.post(lookup, { code: (await codeOf(zhang)).code });
    // 100 of the 190 points are held now: the book is too dear for what is left.
    expect(fresh.body.pointsAvailable).toBe(90);
    expect(fresh.body.benefits.find((b: { benefitId: string }) => b.benefitId === benefit.a)).toEqual({
      ...expectedBenefits(4)[0],
      eligible: false,
      reason: 'INSUFFICIENT_POINTS',
    });
  });

  it('refuses an unknown, malformed, expired or used code exactly as a redemption with it is refused', async () => {
    const used = await codeOf(zhang);
    expect((await redeemAs(venue, { benefitId: benefit.d, volunteerCode: used.code })).status).toBe(422);
    const late = await codeOf(zhang);
    clock.advance(5 * 60_000);
    for (const code of ['0000000000000000', 'abc', '12345678901234567', used.code, late.code]) {
      const looked = await venue.post(lookup, { code });
      const redeemed = await redeemAs(venue, { benefitId: benefit.a, volunteerCode: code }, key());
      expect({ code, status: looked.status, problem: looked.body.code }).toEqual({
        code,
        status: redeemed.status,
        problem: redeemed.body.code,
      });
      expectProblem(looked, 422, 'INVALID_VOLUNTEER_CODE');
    }
  });

  it('a forgotten volunteer’s code: 422 VOLUNTEER_FORGOTTEN, as the redemption', async () => {
    const gone = await volunteerWith('王五', 1);
    const { code } = await codeOf(gone);
    expect(
      (await root.post(`/api/v1/volunteers/${gone.volunteerId}/forget`, { reason: '本人申请' })).status,
    ).toBe(200);
    expectProblem(await venue.post(lookup, { code }), 422, 'VOLUNTEER_FORGOTTEN');
    expectProblem(
      await redeemAs(venue, { benefitId: benefit.a, volunteerCode: code }),
      422,
      'VOLUNTEER_FORGOTTEN',
    );
  });

  it('a venue checks its own benefits; an administrator of the region names the venue', async () => {
    const { code } = await codeOf(zhang);
    const own = await otherVenue.post(lookup, { code });
    expect(own.body.benefits).toEqual([
      { benefitId: benefit.library, title: 'L 图书馆讲座', pointsCost: 30, stockLeft: 10, eligible: true },
    ]);
    expect((await otherVenue.post(lookup, { code, partnerId: partner.library })).status).toBe(200);
    expectProblem(await otherVenue.post(lookup, { code, partnerId: partner.museum }), 403, 'FORBIDDEN');

    const byAdmin = await county.post(lookup, { code, partnerId: partner.museum });
    expect(byAdmin.status).toBe(200);
    expect(byAdmin.body.benefits.map((b: { benefitId: string }) => b.benefitId)).toEqual([
      benefit.a,
      benefit.b,
      benefit.c,
      benefit.d,
      benefit.e,
    ]);
    expect((await root.post(lookup, { code, partnerId: partner.museum })).status).toBe(200);
    const unnamed = await county.post(lookup, { code });
    expectProblem(unnamed, 400, 'VALIDATION_FAILED');
    expect(fieldsOf(unnamed)).toEqual(['partnerId']);
    expectProblem(await luoyang.post(lookup, { code, partnerId: partner.museum }), 403, 'FORBIDDEN');
    expectProblem(
      await county.post(lookup, { code, partnerId: 'ptn-000000000000000000000000' }),
      404,
      'NOT_FOUND',
    );
    expectProblem(await organiser.post(lookup, { code, partnerId: partner.museum }), 403, 'FORBIDDEN');
    expectProblem(await zhang.client.post(lookup, { code }), 403, 'FORBIDDEN');
    expectProblem(await t.http.post(lookup, { code }), 401, 'UNAUTHENTICATED');
    // The code never travels in a URL: there is no GET form.
    expectProblem(await venue.get(`${lookup}?code=${code}`), 404, 'NOT_FOUND');
  });

  it('refuses a body without a code, with unknown fields or a malformed partner id', async () => {
    for (const [body, fields] of [
      [{}, ['code']],
      [{ code: 1234567890123456 }, ['code']],
      [{ code: '1234567890123456', volunteerId: zhang.volunteerId }, ['volunteerId']],
      [{ code: '1234567890123456', partnerId: 'museum' }, ['partnerId']],
    ] as const) {
      const response = await venue.post(lookup, body);
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(fieldsOf(response)).toEqual(fields);
    }
  });

  it('counts against the per-address limit of public calls (429 RATE_LIMITED)', async () => {
    const limited = await startTestApp({ LEDGER_PUBLIC_RATE_LIMIT: '3' }, undefined, new ManualClock(NOW));
    try {
      const admin = await limited.admin();
      const partnerId = (
        await admin.post('/api/v1/partners', { name: '限流馆', regionCode: '410122', venueType: 'museum' })
      ).body.id;
      const counter = (await accountClient(limited, admin, 'partner', '410122', { partnerId })).client;
      const answers = [];
      for (let i = 0; i < 4; i++) answers.push(await counter.post(lookup, { code: '0000000000000000' }));
      expect(answers.map((a) => a.status)).toEqual([422, 422, 422, 429]);
      expectProblem(answers[3], 429, 'RATE_LIMITED');
      expect(Number(answers[3].headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  });
});
