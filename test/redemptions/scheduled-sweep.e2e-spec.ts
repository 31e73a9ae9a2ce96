import { ManualClock } from '@ledger/application';
import { eventually } from '../support/eventually';
import type { HttpClient } from '../support/http-client';
import { startTestApp, type TestApp } from '../support/test-app';
import { accountClient } from '../volunteering/support';
import { redemptionStoppedHalfWay } from './half-finished-redemption';
import { activityIn, offerBenefit, partnerVenue, redeemAs, volunteerWithPoints } from './support';

/** 10:00 on 15 June 2026 in Shanghai; the volunteer's service is on 1 June. */
const NOW = new Date('2026-06-15T02:00:00Z');
const MINUTE = 60_000;

/**
 * The server sweeps redemptions by itself every LEDGER_REDEMPTION_SWEEP_INTERVAL_SECONDS (here 1 s),
 * and judges "lapsed" and "stopped half-way" by the ledger's clock (here a ManualClock that moves
 * only when the test moves it). No test here calls the sweep: each waits, with a deadline, for the
 * server to have done it. Each case has two redemptions whose times differ, so the sweep that
 * finishes the first must leave the second alone: a sweep that read the machine's clock would take
 * both or neither.
 */
describe('the redemption sweep on its interval', () => {
  const clock = new ManualClock(NOW);
  let t: TestApp;
  let admin: HttpClient;
  let benefitId: string;
  let partnerId: string;
  let volunteerId: string;
  let volunteer: HttpClient;

  beforeAll(async () => {
    t = await startTestApp(
      { LEDGER_REDEMPTION_SWEEP_INTERVAL_SECONDS: '1', LEDGER_REDEMPTION_HOLD_MINUTES: '30' },
      undefined,
      clock,
    );
    admin = await t.admin();
    const countyAdmin = (await accountClient(t, admin, 'admin', '410122')).client;
    const organiser = (await accountClient(t, admin, 'organiser', '410122')).client;
    const activityId = await activityIn(t, '2026-06-01T00:00:00+08:00', '2026-06-14T23:00:00+08:00');
    ({ partnerId } = await partnerVenue(t, countyAdmin));
    benefitId = await offerBenefit(countyAdmin, partnerId, { pointsCost: 30, stock: 10 });
    // One ten-hour session: 100 points.
    ({ volunteerId, client: volunteer } = await volunteerWithPoints(t, countyAdmin, organiser, activityId, [
      { startedAt: '2026-06-01T08:00:00+08:00', endedAt: '2026-06-01T18:00:00+08:00' },
    ]));
  });
  afterAll(() => t.close());

  const statusOf = async (redemptionId: string): Promise<string> =>
    (await admin.get(`/api/v1/redemptions/${redemptionId}`)).body.status;
  /** What the volunteer's points and the benefit's stock say, in one reading. */
  const books = async () => {
    const points = (await admin.get(`/api/v1/volunteers/${volunteerId}/summary`)).body.points;
    const benefit = (await admin.get(`/api/v1/benefits/${benefitId}`)).body;
    return { available: points.available, held: points.held, stockLeft: benefit.stockLeft };
  };
  const booksAre = (expected: Awaited<ReturnType<typeof books>>) => (actual: typeof expected) =>
    JSON.stringify(actual) === JSON.stringify(expected);

  it('releases each lapsed hold at its expiry: status expired, the points and the unit back', async () => {
    const first = await redeemAs(volunteer, { benefitId });
    expect(first.body).toMatchObject({
      status: 'held',
      expiresAt: new Date(NOW.getTime() + 30 * MINUTE).toISOString(),
    });
    clock.advance(20 * MINUTE);
    const second = await redeemAs(volunteer, { benefitId });
    expect(second.status).toBe(201);
    expect(await books()).toEqual({ available: 40, held: 60, stockLeft: 8 });

    // 30 minutes after the first hold: it has lapsed, the second (10 minutes left) has not.
    clock.advance(10 * MINUTE);
    await eventually(
      'the first hold expired',
      () => statusOf(first.body.id),
      (s) => s === 'expired',
    );
    await eventually(
      'its points and unit released',
      books,
      booksAre({ available: 70, held: 30, stockLeft: 9 }),
    );
    expect(await statusOf(second.body.id)).toBe('held');

    clock.advance(20 * MINUTE);
    await eventually(
      'the second hold expired',
      () => statusOf(second.body.id),
      (s) => s === 'expired',
    );
    await eventually(
      'all points and stock back',
      books,
      booksAre({ available: 100, held: 0, stockLeft: 10 }),
    );
  });

  it('gives back what a request that stopped half-way held, once it is a minute old', async () => {
    const offered = { benefitId, partnerId, regionCode: '410122', pointsCost: 30, minStarLevel: 0 };
    const older = await redemptionStoppedHalfWay(t, clock, offered, volunteerId);
    clock.advance(30_000);
    const newer = await redemptionStoppedHalfWay(t, clock, offered, volunteerId);
    expect(await statusOf(older)).toBe('requested');
    expect(await books()).toEqual({ available: 40, held: 60, stockLeft: 8 });

    // The older request is now 61 s old: stopped half-way. The newer one (31 s) may still be running.
    clock.advance(31_000);
    await eventually(
      'the older request failed',
      () => statusOf(older),
      (s) => s === 'failed',
    );
    expect((await admin.get(`/api/v1/redemptions/${older}`)).body.failure).toEqual({ code: 'NOT_COMPLETED' });
    await eventually(
      'its points and unit released',
      books,
      booksAre({ available: 70, held: 30, stockLeft: 9 }),
    );
    expect(await statusOf(newer)).toBe('requested');

    clock.advance(30_000);
    await eventually(
      'the newer request failed',
      () => statusOf(newer),
      (s) => s === 'failed',
    );
    await eventually(
      'all points and stock back',
      books,
      booksAre({ available: 100, held: 0, stockLeft: 10 }),
    );
  });
});
