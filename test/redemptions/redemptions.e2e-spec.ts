import { ManualClock, RedemptionProcess } from '@ledger/application';
import type { HttpClient } from '../support/http-client';
import { expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';
import { accountClient, fieldsOf, headPosition, registerVolunteer } from '../volunteering/support';
import { activityIn, key, offerBenefit, partnerVenue, redeemAs, volunteerWithPoints } from './support';

/** 10:00 on 15 June 2026 in Shanghai: no campaign multiplies June service, so an hour is 10 points. */
const NOW = new Date('2026-06-15T02:00:00Z');

describe('partners, benefits and redemptions over real HTTP', () => {
  let t: TestApp;
  let admin: HttpClient;
  let countyAdmin: HttpClient;
  let organiser: HttpClient;
  let activityId: string;
  let slot = 0;
  const clock = new ManualClock(NOW);

  beforeAll(async () => {
    t = await startTestApp({ LEDGER_REDEMPTION_SWEEP_INTERVAL_SECONDS: '0' }, undefined, clock);
    admin = await t.admin();
    countyAdmin = (await accountClient(t, admin, 'admin', '410122')).client;
    organiser = (await accountClient(t, admin, 'organiser', '410122')).client;
    activityId = await activityIn(t, '2026-06-01T00:00:00+08:00', '2026-06-14T23:00:00+08:00');
  });
  afterAll(() => t.close());
  beforeEach(() => clock.set(NOW));

  /** Ten-hour sessions on days of their own: 100 points and 600 time-bank minutes each. */
  const sessions = (count: number) =>
    Array.from({ length: count }, () => {
      const day = String(1 + (slot++ % 13)).padStart(2, '0');
      const hour = String(Math.floor(slot / 13) % 2 === 0 ? 0 : 12).padStart(2, '0');
      // Two slots a day (00:00–10:00, 12:00–22:00) on 1–13 June, each volunteer's own days.
      return {
        startedAt: `2026-06-${day}T${hour}:00:00+08:00`,
        endedAt: `2026-06-${day}T${String(+hour + 10).padStart(2, '0')}:00:00+08:00`,
      };
    });
  const volunteer = async (hundreds: number) => {
    slot = 0;
    return volunteerWithPoints(t, countyAdmin, organiser, activityId, sessions(hundreds));
  };
  const summaryOf = async (volunteerId: string) =>
    (await admin.get(`/api/v1/volunteers/${volunteerId}/summary`)).body;
  const benefitOf = async (benefitId: string) => (await admin.get(`/api/v1/benefits/${benefitId}`)).body;

  describe('partners and benefits', () => {
    it('an administrator registers a venue and offers a benefit; GET shows the stock left', async () => {
      const partner = await countyAdmin.post('/api/v1/partners', {
        name: '中牟县科技馆',
        regionCode: '410122',
        venueType: 'science-museum',
      });
      expect(partner.status).toBe(201);
      expect(partner.body).toEqual({
        id: expect.stringMatching(/^ptn-[0-9a-f]{24}$/),
        name: '中牟县科技馆',
        regionCode: '410122',
        venueType: 'science-museum',
        registeredAt: NOW.toISOString(),
      });
      expect(partner.headers.get('location')).toBe(`/api/v1/partners/${partner.body.id}`);
      const benefitId = await offerBenefit(countyAdmin, partner.body.id, { stock: 7 });
      expect(await benefitOf(benefitId)).toMatchObject({
        id: benefitId,
        partnerId: partner.body.id,
        pointsCost: 100,
        stock: 7,
        stockLeft: 7,
        held: 0,
        captured: 0,
      });
    });

    it('refuses bad input with field errors and writes nothing; outside the region is 403; unknown partner 404', async () => {
      const before = await headPosition(t);
      const bad = await countyAdmin.post('/api/v1/partners', {
        name: '',
        regionCode: '999999',
        venueType: 'casino',
        extra: 1,
      });
      expectProblem(bad, 400, 'VALIDATION_FAILED');
      expect(fieldsOf(bad)).toEqual(['extra', 'name', 'regionCode', 'venueType']);
      expectProblem(
        await countyAdmin.post('/api/v1/partners', {
          name: '洛阳博物馆',
          regionCode: '410300',
          venueType: 'museum',
        }),
        403,
        'FORBIDDEN',
      );
      const { partnerId } = await partnerVenue(t, countyAdmin);
      const position = await headPosition(t);
      const badBenefit = await countyAdmin.post(`/api/v1/partners/${partnerId}/benefits`, {
        title: 'x'.repeat(201),
        pointsCost: 0,
        minStarLevel: 6,
        stock: -1,
        perVolunteerLimit: 1.5,
        validFrom: '2026-02-30',
        validTo: 'tomorrow',
      });
      expectProblem(badBenefit, 400, 'VALIDATION_FAILED');
      expect(fieldsOf(badBenefit)).toEqual([
        'minStarLevel',
        'perVolunteerLimit',
        'pointsCost',
        'stock',
        'title',
        'validTo',
      ]);
      const impossible = await countyAdmin.post(`/api/v1/partners/${partnerId}/benefits`, {
        title: '门票',
        pointsCost: 10,
        minStarLevel: 0,
        stock: 1,
        perVolunteerLimit: 1,
        validFrom: '2026-02-30',
        validTo: '2026-12-31',
      });
      expect(fieldsOf(impossible)).toEqual(['validFrom']);
      expect(await headPosition(t)).toBe(position);
      expectProblem(
        await countyAdmin.post('/api/v1/partners/ptn-000000000000000000000000/benefits', {
          title: '门票',
          pointsCost: 10,
          minStarLevel: 0,
          stock: 1,
          perVolunteerLimit: 1,
          validFrom: '2026-01-01',
          validTo: '2026-12-31',
        }),
        404,
        'NOT_FOUND',
      );
      expect(before).toBeLessThan(await headPosition(t));
      // A malformed id in the path is bad input, not an unknown resource.
      for (const path of ['/partners/not-a-partner', '/benefits/ben-1', '/redemptions/red-xyz']) {
        const response = await countyAdmin.get(`/api/v1${path}`);
        expectProblem(response, 400, 'VALIDATION_FAILED');
        expect(fieldsOf(response)).toEqual(['id']);
      }
    });
  });

  describe('redeeming', () => {
    it('a volunteer redeems for itself: points and a unit are held; the venue captures; the summary and history explain it', async () => {
      const { partnerId, venue } = await partnerVenue(t, countyAdmin);
      const benefitId = await offerBenefit(countyAdmin, partnerId, { pointsCost: 150, stock: 3 });
      const { volunteerId, client } = await volunteer(2);
      const held = await redeemAs(client, { benefitId });
      expect(held.status).toBe(201);
      expect(held.body).toMatchObject({
        id: expect.stringMatching(/^red-[0-9a-f]{24}$/),
        status: 'held',
        points: 150,
        benefitId,
        partnerId,
        volunteerId,
        via: 'volunteer',
        expiresAt: new Date(NOW.getTime() + 30 * 60_000).toISOString(),
      });
      expect((await summaryOf(volunteerId)).points).toEqual({
        available: 50,
        held: 150,
        earned: 200,
        clawedBack: 0,
        spent: 0,
        expired: 0,
        // Held points are out of their lots until the hold is captured or released. Earned in 2026,
        // they are spendable until 31 December of the second year after.
        expiring: [{ expiresOn: '2028-12-31', points: 50 }],
      });
      expect(await benefitOf(benefitId)).toMatchObject({ stockLeft: 2, held: 1 });
      const captured = await venue.post(`/api/v1/redemptions/${held.body.id}/capture`);
      expect(captured.status).toBe(200);
      expect(captured.body.status).toBe('captured');
      expect((await summaryOf(volunteerId)).points).toEqual({
        available: 50,
        held: 0,
        earned: 200,
        clawedBack: 0,
        spent: 150,
        expired: 0,
        expiring: [{ expiresOn: '2028-12-31', points: 50 }],
      });
      expect(await benefitOf(benefitId)).toMatchObject({ stockLeft: 2, held: 0, captured: 1 });
      // Redeeming never touches hours.
      expect((await summaryOf(volunteerId)).confirmedMinutes).toBe(1200);
      const points = (await admin.get(`/api/v1/volunteers/${volunteerId}/history`)).body.items.filter(
        (i: { kind: string }) => i.kind === 'points',
      );
      expect(points.slice(0, 2)).toEqual([
        expect.objectContaining({
          delta: 0,
          balanceAfter: 50,
          source: { type: 'redemption', id: held.body.id },
        }),
        expect.objectContaining({
          delta: -150,
          balanceAfter: 50,
          source: { type: 'redemption', id: held.body.id },
        }),
      ]);
      expectProblem(
        await venue.post(`/api/v1/redemptions/${held.body.id}/void`, { reason: '取消' }),
        422,
        'REDEMPTION_ALREADY_CAPTURED',
      );
    });

    it('a venue redeems only with the one-time code the volunteer shows, once, and only its own benefits', async () => {
      const { partnerId, venue } = await partnerVenue(t, countyAdmin);
      const other = await partnerVenue(t, countyAdmin);
      const benefitId = await offerBenefit(countyAdmin, partnerId);
      const { volunteerId, client } = await volunteer(3);
      const issued = await client.post(`/api/v1/volunteers/${volunteerId}/redemption-codes`);
      expect(issued.status).toBe(201);
      expect(issued.body).toEqual({
        code: expect.stringMatching(/^\d{16}$/),
        expiresAt: new Date(NOW.getTime() + 5 * 60_000).toISOString(),
      });
      expect(issued.headers.get('cache-control')).toBe('no-store');
      expectProblem(await venue.post(`/api/v1/volunteers/${volunteerId}/redemption-codes`), 403, 'FORBIDDEN');
      const before = await headPosition(t);
      expectProblem(await redeemAs(venue, { benefitId, volunteerId }), 422, 'INVALID_VOLUNTEER_CODE');
      expectProblem(
        await redeemAs(venue, { benefitId, volunteerCode: '0000000000000000' }),
        422,
        'INVALID_VOLUNTEER_CODE',
      );
      expectProblem(
        await redeemAs(other.venue, { benefitId, volunteerCode: issued.body.code }),
        403,
        'FORBIDDEN',
      );
      expect(await headPosition(t)).toBe(before);
      const held = await redeemAs(venue, { benefitId, volunteerCode: issued.body.code });
      expect(held.status).toBe(201);
      expect(held.body).toMatchObject({ volunteerId, via: 'partner-code', status: 'held' });
      expectProblem(
        await redeemAs(venue, { benefitId, volunteerCode: issued.body.code }),
        422,
        'INVALID_VOLUNTEER_CODE',
      );
      expect((await summaryOf(volunteerId)).points.held).toBe(100);
      // A code lapses after five minutes.
      const late = await client.post(`/api/v1/volunteers/${volunteerId}/redemption-codes`);
      clock.advance(5 * 60_000);
      expectProblem(
        await redeemAs(venue, { benefitId, volunteerCode: late.body.code }),
        422,
        'INVALID_VOLUNTEER_CODE',
      );
    });

    it('the same Idempotency-Key returns the same redemption and redeems nothing more; without one it is 400', async () => {
      const { partnerId } = await partnerVenue(t, countyAdmin);
      const benefitId = await offerBenefit(countyAdmin, partnerId);
      const { volunteerId, client } = await volunteer(3);
      const idempotencyKey = key();
      const first = await redeemAs(client, { benefitId }, idempotencyKey);
      const again = await redeemAs(client, { benefitId }, idempotencyKey);
      expect(again.status).toBe(201);
      expect(again.body).toEqual(first.body);
      const together = await Promise.all(
        Array.from({ length: 10 }, () => redeemAs(client, { benefitId }, idempotencyKey)),
      );
      expect(new Set(together.map((r) => r.body.id))).toEqual(new Set([first.body.id]));
      expect((await summaryOf(volunteerId)).points.held).toBe(100);
      expect(await benefitOf(benefitId)).toMatchObject({ stockLeft: 9 });
      const missing = await client.post('/api/v1/redemptions', { benefitId });
      expectProblem(missing, 400, 'VALIDATION_FAILED');
      expect(fieldsOf(missing)).toEqual(['Idempotency-Key']);
    });

    it.each([
      ['INSUFFICIENT_POINTS', { pointsCost: 301 }, 3],
      ['OUT_OF_STOCK', { stock: 0 }, 3],
      ['STAR_LEVEL_TOO_LOW', { minStarLevel: 1 }, 3],
      ['BENEFIT_NOT_AVAILABLE', { validFrom: '2026-07-01' }, 3],
      ['BENEFIT_NOT_AVAILABLE', { validTo: '2026-06-14' }, 3],
    ])('refuses %s, holds nothing, and answers a retry the same way', async (code, terms, hundreds) => {
      const { partnerId } = await partnerVenue(t, countyAdmin);
      const benefitId = await offerBenefit(countyAdmin, partnerId, terms);
      const { volunteerId, client } = await volunteer(hundreds);
      const stock = (await benefitOf(benefitId)).stockLeft;
      const idempotencyKey = key();
      expectProblem(await redeemAs(client, { benefitId }, idempotencyKey), 422, code);
      expectProblem(await redeemAs(client, { benefitId }, idempotencyKey), 422, code);
      expect((await summaryOf(volunteerId)).points).toMatchObject({ available: 300, held: 0 });
      expect((await benefitOf(benefitId)).stockLeft).toBe(stock);
    });

    it('refuses a volunteer past the per-volunteer limit (LIMIT_REACHED)', async () => {
      const { partnerId } = await partnerVenue(t, countyAdmin);
      const benefitId = await offerBenefit(countyAdmin, partnerId, { perVolunteerLimit: 1 });
      const { client } = await volunteer(3);
      expect((await redeemAs(client, { benefitId })).status).toBe(201);
      expectProblem(await redeemAs(client, { benefitId }), 422, 'LIMIT_REACHED');
      expect((await benefitOf(benefitId)).stockLeft).toBe(9);
    });

    it('an administrator redeems on a volunteer’s behalf, recorded as such; organisers and auditors cannot redeem', async () => {
      const { partnerId } = await partnerVenue(t, countyAdmin);
      const benefitId = await offerBenefit(countyAdmin, partnerId);
      const { volunteerId } = await volunteer(1);
      const held = await redeemAs(countyAdmin, { benefitId, volunteerId });
      expect(held.body).toMatchObject({ status: 'held', via: 'administrator' });
      expectProblem(await redeemAs(organiser, { benefitId, volunteerId }), 403, 'FORBIDDEN');
    });

    it('voiding a held redemption gives back the points and the unit', async () => {
      const { partnerId } = await partnerVenue(t, countyAdmin);
      const benefitId = await offerBenefit(countyAdmin, partnerId);
      const { volunteerId, client } = await volunteer(1);
      const held = await redeemAs(client, { benefitId });
      const voided = await client.post(`/api/v1/redemptions/${held.body.id}/void`, { reason: '改天再来' });
      expect(voided.body.status).toBe('voided');
      expect((await summaryOf(volunteerId)).points).toMatchObject({ available: 100, held: 0, spent: 0 });
      expect((await benefitOf(benefitId)).stockLeft).toBe(10);
      expectProblem(
        await client.post(`/api/v1/redemptions/${held.body.id}/void`, { reason: '' }),
        400,
        'VALIDATION_FAILED',
      );
    });

    it('an uncaptured hold lapses: the sweep releases the points and the unit, and capture is refused', async () => {
      const { partnerId, venue } = await partnerVenue(t, countyAdmin);
      const benefitId = await offerBenefit(countyAdmin, partnerId);
      const { volunteerId, client } = await volunteer(1);
      const held = await redeemAs(client, { benefitId });
      clock.advance(30 * 60_000);
      expectProblem(
        await venue.post(`/api/v1/redemptions/${held.body.id}/capture`),
        422,
        'REDEMPTION_EXPIRED',
      );
      const swept = await t.app.get(RedemptionProcess).sweep();
      expect(swept.expired).toBeGreaterThanOrEqual(1);
      expect((await venue.get(`/api/v1/redemptions/${held.body.id}`)).body.status).toBe('expired');
      expect((await summaryOf(volunteerId)).points).toMatchObject({ available: 100, held: 0 });
      expect((await benefitOf(benefitId)).stockLeft).toBe(10);
      expect((await t.app.get(RedemptionProcess).sweep()).expired).toBe(0);
    });
  });

  describe('under concurrency', () => {
    it('50 parallel redemptions by a volunteer whose points cover 3: exactly 3 are held', async () => {
      const { partnerId } = await partnerVenue(t, countyAdmin);
      const benefitId = await offerBenefit(countyAdmin, partnerId, { stock: 100, perVolunteerLimit: 100 });
      const { volunteerId, client } = await volunteer(3);
      const answers = await Promise.all(Array.from({ length: 50 }, () => redeemAs(client, { benefitId })));
      const held = answers.filter((a) => a.status === 201);
      expect(held).toHaveLength(3);
      // The others are refused for want of points, or lose the race for the volunteer's stream
      // (409 CONFLICT, API.md); nothing else.
      for (const refused of answers.filter((a) => a.status !== 201)) {
        if (refused.status === 409) expectProblem(refused, 409, 'CONFLICT');
        else expectProblem(refused, 422, 'INSUFFICIENT_POINTS');
      }
      expect((await summaryOf(volunteerId)).points).toMatchObject({ available: 0, held: 300 });
      expect(await benefitOf(benefitId)).toMatchObject({ stockLeft: 97, held: 3 });
    });

    it('20 volunteers racing for a benefit with stock 5: exactly 5 redeem', async () => {
      const { partnerId } = await partnerVenue(t, countyAdmin);
      const benefitId = await offerBenefit(countyAdmin, partnerId, { stock: 5, perVolunteerLimit: 1 });
      const racers = [];
      for (let i = 0; i < 20; i++)
        racers.push(await volunteerWithPoints(t, countyAdmin, organiser, activityId, sessions(1)));
      const answers = await Promise.all(racers.map((r) => redeemAs(r.client, { benefitId })));
      expect(answers.filter((a) => a.status === 201)).toHaveLength(5);
      // The others are refused for want of stock, or lose the race for the benefit's stream
      // (409 CONFLICT, API.md); nothing else.
      for (const refused of answers.filter((a) => a.status !== 201)) {
        if (refused.status === 409) expectProblem(refused, 409, 'CONFLICT');
        else expectProblem(refused, 422, 'OUT_OF_STOCK');
      }
      expect(await benefitOf(benefitId)).toMatchObject({ stockLeft: 0, held: 5 });
      const held = await Promise.all(racers.map(async (r) => (await summaryOf(r.volunteerId)).points.held));
      expect(held.filter((h) => h === 100)).toHaveLength(5);
      expect(held.filter((h) => h === 0)).toHaveLength(15);
    });
  });

  it('reads a redemption only as its volunteer, its venue, or readers of its region', async () => {
    const { partnerId, venue } = await partnerVenue(t, countyAdmin);
    const other = await partnerVenue(t, countyAdmin);
    const benefitId = await offerBenefit(countyAdmin, partnerId);
    const { client } = await volunteer(1);
    const someoneElse = await accountClient(t, admin, 'volunteer', '410122', {
      volunteerId: (await registerVolunteer(admin, { regionCode: '410122' })).id,
    });
    const { id } = (await redeemAs(client, { benefitId })).body;
    expect((await client.get(`/api/v1/redemptions/${id}`)).status).toBe(200);
    expect((await venue.get(`/api/v1/redemptions/${id}`)).status).toBe(200);
    expect((await countyAdmin.get(`/api/v1/redemptions/${id}`)).status).toBe(200);
    expectProblem(await other.venue.get(`/api/v1/redemptions/${id}`), 403, 'FORBIDDEN');
    expectProblem(await someoneElse.client.get(`/api/v1/redemptions/${id}`), 403, 'FORBIDDEN');
    const today = (await venue.get(`/api/v1/partners/${partnerId}/redemptions`)).body.items;
    expect(today.map((r: { id: string }) => r.id)).toEqual([id]);
  });
});

describe('partner accounts', () => {
  let t: TestApp;
  let admin: HttpClient;

  beforeAll(async () => {
    t = await startTestApp(
      { LEDGER_REDEMPTION_SWEEP_INTERVAL_SECONDS: '0' },
      undefined,
      new ManualClock(NOW),
    );
    admin = await t.admin();
  });
  afterAll(() => t.close());

  it('belong to a registered venue inside the account’s region', async () => {
    const { partnerId } = await partnerVenue(t, admin, '410122');
    const account = (role: string, regionCode: string, partner: string) =>
      admin.post('/api/v1/accounts', {
        username: `venue.${key()}`,
        password: 'venue-password-1',
        role,
        regionCode,
        partnerId: partner,
      });
    expect((await account('partner', '410122', partnerId)).status).toBe(201);
    expectProblem(await account('partner', '410122', 'ptn-000000000000000000000000'), 404, 'NOT_FOUND');
    expectProblem(await account('partner', '410300', partnerId), 422, 'PARTNER_OUTSIDE_REGION');
  });
});
