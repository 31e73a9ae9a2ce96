import { ManualClock, PointsExpiry } from '@ledger/application';
import { runCli } from '../support/cli-process';
import { startTestApp, type TestApp } from '../support/test-app';
import { timeBankCounty } from '../time-bank/time-bank-helpers';
import { headPosition } from '../volunteering/support';

const TRAINING = { course: '科普讲解员培训', completedOn: '2026-03-20', minutes: 90 };

describe('points expiry: the job expires what is left in lots past their last day, once', () => {
  let t: TestApp;
  let county: Awaited<ReturnType<typeof timeBankCounty>>;
  const clock = new ManualClock(new Date('2026-04-01T02:00:00Z'));

  beforeAll(async () => {
    t = await startTestApp({}, undefined, clock);
    county = await timeBankCounty(t);
  });
  afterAll(() => t.close());

  it('expires the lots of 2026 on the first day of 2029, keeps the lots of 2027, and a second run adds nothing', async () => {
    const expiring = await county.volunteer();
    await county.deposit(expiring, 60); // served on 2026-03-01, confirmed on 2026-04-01
    expect((await county.organiser.post(`/api/v1/volunteers/${expiring}/trainings`, TRAINING)).status).toBe(
      201,
    );
    // 60 minutes on 2026-03-01, in 学雷锋 week (×2): floor(60 × 10 × 2 ÷ 60) = 20 points; the
    // training bonus is 20 more: 40 points, all earned in 2026 and spendable until 2028-12-31.
    expect((await county.summaryOf(expiring)).points).toMatchObject({
      earned: 40,
      available: 40,
      expiring: [{ expiresOn: '2028-12-31', points: 40 }],
    });

    // A training bonus earned in 2027 lasts until the end of 2029.
    clock.set('2027-02-01T02:00:00Z');
    const later = await county.volunteer();
    expect(
      (
        await county.organiser.post(`/api/v1/volunteers/${later}/trainings`, {
          ...TRAINING,
          completedOn: '2027-01-20',
        })
      ).status,
    ).toBe(201);
    // Earned on 2027-02-01: spendable until 31 December of the second year after, 2029-12-31.
    expect((await county.summaryOf(later)).points).toMatchObject({
      available: 20,
      expiring: [{ expiresOn: '2029-12-31', points: 20 }],
    });

    const expiry = t.app.get(PointsExpiry);
    // The last day of the 2026 lots (2028-12-31) is not past yet: nothing to do.
    clock.set('2028-12-31T15:59:00Z'); // 23:59 in Shanghai
    expect(await expiry.run()).toMatchObject({ volunteers: 0, lotsExpired: 0, pointsExpired: 0 });

    clock.set('2029-01-01T02:00:00Z');
    const first = await expiry.run();
    // The service lot (20) and the training lot (20) of 2026; the 2027 bonus is not due yet.
    expect(first).toEqual({
      today: '2029-01-01',
      volunteers: 1,
      lotsExpired: 2,
      pointsExpired: 40,
      failed: 0,
    });
    expect((await county.summaryOf(expiring)).points).toEqual({
      available: 0,
      held: 0,
      earned: 40,
      clawedBack: 0,
      spent: 0,
      expired: 40,
      expiring: [],
    });
    const [line] = await county.historyOf(expiring);
    expect(line).toMatchObject({
      kind: 'points',
      balanceAfter: 0,
      reason: 'points expired (valid until 2028-12-31)',
      source: { type: 'points-lot' },
    });
    expect((await county.summaryOf(later)).points).toMatchObject({
      available: 20,
      expired: 0,
      expiring: [{ expiresOn: '2029-12-31', points: 20 }],
    });

    const position = await headPosition(t);
    expect(await expiry.run()).toMatchObject({ volunteers: 0, lotsExpired: 0, pointsExpired: 0 });
    expect(await headPosition(t)).toBe(position);
  });
});

describe('points expiry and ledger balance from the CLI (needs npm run build)', () => {
  it('`points expire` expires past lots once; `ledger balance` prints the figures the API shows', async () => {
    // Lots earned in 2023 were spendable until 2025-12-31: the CLI, on the machine's clock, finds them past.
    const clock = new ManualClock(new Date('2023-03-20T02:00:00Z'));
    const t = await startTestApp({}, undefined, clock);
    const county = await timeBankCounty(t, 2023);
    const volunteer = await county.volunteer();
    await county.deposit(volunteer, 90);
    // 90 minutes on 2023-03-01, in 学雷锋 week 2023 (×2): floor(90 × 10 × 2 ÷ 60) = 30 points.
    const earned = 30;
    const summary = await county.summaryOf(volunteer);
    const history = (await county.admin.get(`/api/v1/volunteers/${volunteer}/history?limit=10`)).body.items;
    const volunteerNo = (await county.admin.get(`/api/v1/volunteers/${volunteer}`)).body
      .volunteerNo as string;
    const dataDir = t.dataDir;
    await t.close({ keepData: true });

    const balance = (...extra: string[]) => runCli(dataDir, ['ledger', 'balance', ...extra]);
    const before = balance(volunteerNo, '--json');
    expect(before.code).toBe(0);
    expect(JSON.parse(before.stdout)).toEqual({ summary, history });
    const text = balance(volunteer);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(
      `points     available ${earned}, held 0, earned ${earned}, spent 0, expired 0`,
    );
    expect(text.stdout).toContain('time bank  90 min');
    expect(balance('nobody').code).toBe(2);

    const first = runCli(dataDir, ['points', 'expire']);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain(`points expire: ${earned} points expired in 1 lots of 1 volunteers`);
    const after = JSON.parse(balance(volunteer, '--json').stdout);
    expect(after.summary.points).toEqual({
      available: 0,
      held: 0,
      earned,
      clawedBack: 0,
      spent: 0,
      expired: earned,
      expiring: [],
    });
    expect(after.history[0]).toMatchObject({
      kind: 'points',
      delta: -earned,
      reason: 'points expired (valid until 2025-12-31)',
    });

    const second = runCli(dataDir, ['points', 'expire']);
    expect(second.code).toBe(0);
    expect(second.stderr).toContain('points expire: 0 points expired in 0 lots of 0 volunteers');

    // The server, started again on the same data, shows what the CLI showed.
    const again = await startTestApp({}, dataDir, clock);
    try {
      expect((await (await again.admin()).get(`/api/v1/volunteers/${volunteer}/summary`)).body).toEqual(
        after.summary,
      );
    } finally {
      await again.close();
    }
  }, 120_000);
});

describe('points expiry on the server’s schedule', () => {
  it('runs by itself every LEDGER_POINTS_EXPIRY_INTERVAL_SECONDS', async () => {
    const clock = new ManualClock(new Date('2026-04-01T02:00:00Z'));
    const t = await startTestApp({ LEDGER_POINTS_EXPIRY_INTERVAL_SECONDS: '1' }, undefined, clock);
    try {
      const county = await timeBankCounty(t);
      const volunteer = await county.volunteer();
      expect(
        (await county.organiser.post(`/api/v1/volunteers/${volunteer}/trainings`, TRAINING)).status,
      ).toBe(201);
      clock.set('2029-01-01T02:00:00Z');
      const deadline = Date.now() + 10_000;
      while ((await county.summaryOf(volunteer)).points.expired === 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      // The training bonus of 2026 (20 points) was spendable until 2028-12-31.
      expect((await county.summaryOf(volunteer)).points).toMatchObject({ available: 0, expired: 20 });
    } finally {
      await t.close();
    }
  }, 30_000);
});
