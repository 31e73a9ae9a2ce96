import { ManualClock } from '@ledger/application';
import { eventually } from '../support/eventually';
import { startTestApp, type TestApp } from '../support/test-app';
import { transferStoppedHalfWay } from './half-done-transfer';
import { balanceOf, timeBankCounty } from './time-bank-helpers';

const NOW = new Date('2026-04-01T02:00:00Z');

/**
 * The server looks for half-done family transfers by itself every
 * LEDGER_TIME_BANK_RECOVERY_INTERVAL_SECONDS (here 1 s), not only when it starts. No test here calls
 * the recovery: each waits, with a deadline, for the server to have done it.
 */
describe('the time-bank transfer recovery on its interval', () => {
  const clock = new ManualClock(NOW);
  let t: TestApp;
  let county: Awaited<ReturnType<typeof timeBankCounty>>;

  beforeAll(async () => {
    t = await startTestApp({ LEDGER_TIME_BANK_RECOVERY_INTERVAL_SECONDS: '1' }, undefined, clock);
    county = await timeBankCounty(t);
  });
  afterAll(() => t.close());

  it('completes each transfer that stopped after its first step, once, dated by the ledger clock', async () => {
    const giver = await county.volunteer();
    const receiver = await county.volunteer();
    await county.deposit(giver, 80);
    const self = await county.selfOf(giver);
    const linked = await self.post(`/api/v1/volunteers/${giver}/family`, {
      volunteerId: receiver,
      relation: 'sibling',
    });
    expect(linked.status).toBe(201);
    const balances = async () => [await balanceOf(county, giver), await balanceOf(county, receiver)];

    await transferStoppedHalfWay(t, clock, { giver, receiver, minutes: 25, requestId: `first-${giver}` });
    await eventually('the first transfer completed', balances, ([, r]) => r === 25);

    // Written after the first was completed: whichever pass finished that one had already read its
    // page, so only a later pass, on the interval, can find this one.
    clock.advance(60 * 60_000);
    await transferStoppedHalfWay(t, clock, { giver, receiver, minutes: 10, requestId: `second-${giver}` });
    expect(await balanceOf(county, giver)).toBe(80 - 25 - 10);
    await eventually('the second transfer completed', balances, ([, r]) => r === 35);
    expect(await balances()).toEqual([45, 35]);

    // Each transfer credited once, at the ledger's time (the machine's clock would say another day).
    type Line = Awaited<ReturnType<typeof county.historyOf>>[number] & { at: string };
    const history = (await county.historyOf(receiver)) as Line[];
    const received = history.filter((line) => line.kind === 'time-bank');
    expect(received.map(({ delta, balanceAfter, at }) => ({ delta, balanceAfter, at }))).toEqual([
      { delta: 10, balanceAfter: 35, at: new Date(NOW.getTime() + 60 * 60_000).toISOString() },
      { delta: 25, balanceAfter: 25, at: NOW.toISOString() },
    ]);
  });
});
