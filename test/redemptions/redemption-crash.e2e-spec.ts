import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { type RecordedEvent, SqliteEventStore } from '@ledger/event-store';
import { signal, within } from '../support/deadline';
import { liveAndRebuiltReadModels } from '../support/read-model-rebuild';
import { DEMO_PASSWORD as PASSWORD, DEMO_TEST_TIMEOUT_MS, demoLedger } from '../support/demo-ledger';
import { HttpClient } from '../support/http-client';
import { startServerProcess } from '../support/server-process';
import { TEST_NOW } from '../support/test-clock';

const FAST = { LEDGER_SCRYPT_LOG2_COST: '8' };
/** The server's clock, as a process: the tests' fixed date, moved on by the real time since `since`. */
const clockFrom = (since: number) => ({
  LEDGER_CLOCK_START: new Date(new Date(TEST_NOW).getTime() + Date.now() - since).toISOString(),
});

async function allEvents(dataDir: string): Promise<RecordedEvent[]> {
  const store = new SqliteEventStore(join(dataDir, 'events.sqlite'));
  const events: RecordedEvent[] = [];
  for await (const event of store.readAll()) events.push(event);
  await store.close();
  return events;
}

interface Points {
  available: number;
  held: number;
  earned: number;
  clawedBack: number;
  spent: number;
  expired: number;
}

/** The summary's point figures (not the list of what expires when). */
const figures = ({ available, held, earned, clawedBack, spent, expired }: Points): Points => ({
  available,
  held,
  earned,
  clawedBack,
  spent,
  expired,
});

/** What the log says each redemption got to, and what its unit and its points are. */
function redemptionsIn(events: readonly RecordedEvent[]) {
  const redemptions = new Map<
    string,
    { status: string; unit: string; points: string; benefitId: string; volunteerId?: string }
  >();
  const of = (id: string) => redemptions.get(id)!;
  for (const e of events) {
    const d = e.data as Record<string, string>;
    switch (e.type) {
      case 'RedemptionRequested':
        redemptions.set(d.redemptionId, {
          status: 'requested',
          unit: 'none',
          points: 'none',
          benefitId: d.benefitId,
        });
        break;
      case 'RedemptionHeld':
      case 'RedemptionFailed':
      case 'RedemptionCaptured':
      case 'RedemptionVoided':
      case 'RedemptionExpired':
        of(d.redemptionId).status = e.type.replace('Redemption', '').toLowerCase();
        break;
      case 'BenefitUnitHeld':
      case 'BenefitUnitCaptured':
      case 'BenefitUnitReleased':
        of(d.redemptionId).unit = e.type.replace('BenefitUnit', '').toLowerCase();
        break;
      case 'PointsHeld':
      case 'PointsHoldCaptured':
      case 'PointsHoldReleased':
        of(d.redemptionId).points =
          e.type === 'PointsHeld' ? 'held' : e.type.replace('PointsHold', '').toLowerCase();
        if (e.type === 'PointsHeld') of(d.redemptionId).volunteerId = d.volunteerId;
        break;
    }
  }
  return redemptions;
}

/** What a redemption's unit and points must be once settled, by the status its own stream reached. */
const SETTLED: Record<string, readonly string[]> = {
  held: ['held'],
  captured: ['captured'],
  failed: ['none', 'released'],
  voided: ['released'],
  expired: ['released'],
};

describe('redemptions through a crash', () => {
  let dataDir: string | undefined;
  afterAll(() => dataDir && rmSync(dataDir, { recursive: true, force: true }));

  it(
    'killed with SIGKILL mid-traffic: after a restart every hold matches its redemption, stock and points add up, nothing is lost',
    async () => {
      // The demo ledger (made once for the run, on the tests' fixed date) copied into a folder of our own.
      const demo = await demoLedger();
      expect(demo.code).toBe(0);
      dataDir = demo.dataDir;
      // Volunteers of 中牟县 with points to spend, read from the log as the demo left it.
      const earned = new Map<string, number>();
      for (const e of await allEvents(dataDir)) {
        const d = e.data as { volunteerId?: string; points?: number; regionCode?: string };
        if (e.type === 'VolunteerRegistered' && d.regionCode?.startsWith('410122'))
          earned.set(d.volunteerId!, 0);
        if (e.type === 'PointsEarned' && earned.has(d.volunteerId!))
          earned.set(d.volunteerId!, earned.get(d.volunteerId!)! + d.points!);
      }
      const volunteers = [...earned].filter(([, points]) => points >= 20).map(([id]) => id);
      expect(volunteers.length).toBeGreaterThanOrEqual(10);

      const started = Date.now();
      const first = await startServerProcess(dataDir, { ...FAST, ...clockFrom(started) });
      const admin = await new HttpClient(first.url).signIn('zhongmu.admin', PASSWORD);
      // Each volunteer's points before the traffic: afterwards they must differ by exactly its redemptions.
      const before = new Map<string, Points>();
      for (const volunteerId of volunteers) {
        before.set(
          volunteerId,
          figures((await admin.get(`/api/v1/volunteers/${volunteerId}/summary`)).body.points),
        );
      }
      const partner = await admin.post('/api/v1/partners', {
        name: '中牟县科技馆',
        regionCode: '410122',
        venueType: 'science-museum',
      });
      const benefit = await admin.post(`/api/v1/partners/${partner.body.id}/benefits`, {
        title: '科技馆门票',
        pointsCost: 10,
        minStarLevel: 0,
        stock: 1000,
        perVolunteerLimit: 1000,
        validFrom: '2020-01-01',
        validTo: '2099-12-31',
      });
      expect(benefit.status).toBe(201);
      const acknowledged = new Map<string, string>();
      const refusals = new Map<string, number>();
      let stop = false;
      // Settled by the writers: enough acknowledged to kill the server mid-traffic, or all of them stopped.
      const enough = signal();
      const acknowledge = (id: string, status: string) => {
        acknowledged.set(id, status);
        if (acknowledged.size >= 60) enough.resolve();
      };
      const writer = async (n: number) => {
        for (let i = 0; !stop; i++) {
          try {
            const volunteerId = volunteers[(n * 7 + i) % volunteers.length];
            const held = await admin.post(
              '/api/v1/redemptions',
              { benefitId: benefit.body.id, volunteerId },
              { 'idempotency-key': randomBytes(8).toString('hex') },
            );
            if (held.status !== 201) {
              refusals.set(held.body.code, (refusals.get(held.body.code) ?? 0) + 1);
              continue;
            }
            acknowledge(held.body.id, 'held');
            // Some are captured at once, some voided, the rest stay held.
            if (i % 3 === 0) {
              const captured = await admin.post(`/api/v1/redemptions/${held.body.id}/capture`);
              if (captured.status === 200) acknowledge(held.body.id, 'captured');
            } else if (i % 3 === 1) {
              const voided = await admin.post(`/api/v1/redemptions/${held.body.id}/void`, { reason: '取消' });
              if (voided.status === 200) acknowledge(held.body.id, 'voided');
            }
          } catch {
            return; // the server died under us
          }
        }
      };
      const writers = Array.from({ length: 8 }, (_, n) => writer(n));
      void Promise.all(writers).then(() =>
        enough.reject(new Error(`the writers stopped at ${acknowledged.size} acknowledged`)),
      );
      const tally = () =>
        `${acknowledged.size} acknowledged; refusals: ${JSON.stringify([...refusals])}; server:\n${first.output()}`;
      try {
        await within(enough.promise, 30_000, () => `too few redemptions went through: ${tally()}`);
      } finally {
        // Killed mid-traffic when enough went through, and killed too when the wait failed.
        first.child.kill('SIGKILL');
        stop = true;
      }
      await within(first.exited, 10_000, () => 'the server did not die of SIGKILL');
      await within(Promise.all(writers), 10_000, () => `the writers did not stop: ${tally()}`);

      const second = await startServerProcess(dataDir, { ...FAST, ...clockFrom(started) });
      try {
        // The server settles at start, just after it listens: give it a few seconds to finish.
        const settled = (r: { status: string; unit: string; points: string }) =>
          r.status in SETTLED && SETTLED[r.status].includes(r.unit) && SETTLED[r.status].includes(r.points);
        let redemptions = redemptionsIn(await allEvents(dataDir));
        for (let tries = 0; tries < 100 && ![...redemptions.values()].every(settled); tries++) {
          await new Promise((r) => setTimeout(r, 100));
          redemptions = redemptionsIn(await allEvents(dataDir));
        }
        for (const [id, r] of redemptions) {
          expect({ id, status: r.status }).toEqual({
            id,
            status: expect.stringMatching(/^(held|captured|failed|voided|expired)$/),
          });
          expect({ id, status: r.status, unit: SETTLED[r.status].includes(r.unit) }).toEqual({
            id,
            status: r.status,
            unit: true,
          });
          expect({ id, status: r.status, points: SETTLED[r.status].includes(r.points) }).toEqual({
            id,
            status: r.status,
            points: true,
          });
        }
        // Nothing acknowledged was lost: each is at least as far as its answer said.
        // (a hold answered 201 may have been captured or voided by a request the crash cut off).
        const atLeast: Record<string, readonly string[]> = {
          held: ['held', 'captured', 'voided'],
          captured: ['captured'],
          voided: ['voided'],
        };
        for (const [id, status] of acknowledged) {
          expect([id, status, atLeast[status].includes(redemptions.get(id)?.status ?? 'lost')]).toEqual([
            id,
            status,
            true,
          ]);
        }
        // Stock: what the benefit shows is what its units say.
        const again = await new HttpClient(second.url).signIn('zhongmu.admin', PASSWORD);
        const shown = (await again.get(`/api/v1/benefits/${benefit.body.id}`)).body;
        const units = [...redemptions.values()];
        expect(shown).toMatchObject({
          held: units.filter((r) => r.unit === 'held').length,
          captured: units.filter((r) => r.unit === 'captured').length,
          stockLeft: 1000 - units.filter((r) => r.unit === 'held' || r.unit === 'captured').length,
        });
        // Points, volunteer by volunteer: held are exactly its held redemptions, spent grew by its captured
        // ones, available fell by both, earned did not move; the summary reconciles and is never negative.
        const COST = 10;
        for (const volunteerId of volunteers) {
          const mine = units.filter((r) => r.volunteerId === volunteerId);
          const heldNow = mine.filter((r) => r.points === 'held').length;
          const capturedNow = mine.filter((r) => r.points === 'captured').length;
          const was = before.get(volunteerId)!;
          const points = figures((await again.get(`/api/v1/volunteers/${volunteerId}/summary`)).body.points);
          expect({ volunteerId, ...points }).toEqual({
            volunteerId,
            ...was,
            held: was.held + COST * heldNow,
            spent: was.spent + COST * capturedNow,
            available: was.available - COST * (heldNow + capturedNow),
          });
          expect(points.available).toBeGreaterThanOrEqual(0);
          expect(points.earned - points.clawedBack - points.spent - points.expired - points.held).toBe(
            points.available,
          );
        }
        // Every held point belongs to a hold of a volunteer the traffic used.
        expect(units.filter((r) => r.points === 'held' && !volunteers.includes(r.volunteerId!))).toEqual([]);
      } finally {
        second.child.kill('SIGTERM');
        await within(
          second.exited,
          15_000,
          () => `the server did not exit on SIGTERM:\n${second.output()}`,
        ).catch((error: unknown) => {
          second.child.kill('SIGKILL');
          throw error;
        });
      }
      // The read models equal a rebuild from the log.
      const { live, rebuilt } = await liveAndRebuiltReadModels(dataDir);
      expect(rebuilt).toEqual(live);
    },
    DEMO_TEST_TIMEOUT_MS,
  );
});
