import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import {
  type Actor,
  incentiveLedgerOf,
  RuleViolation,
  volunteerDecider,
  volunteerStream,
} from '@ledger/domain';
import { InMemoryEventStore } from '@ledger/event-store';
import {
  openReadModelDatabase,
  ProjectionRunner,
  TimeBankTransfersReadModel,
  timeBankTransfersProjection,
  VolunteersReadModel,
  volunteersProjection,
} from '@ledger/projections';
import { ManualClock } from '../ledger/clock';
import type { CommandContext } from '../ledger/command-context';
import { DeciderRunner } from '../ledger/decider-runner';
import { ProjectionBarrier } from '../ledger/projection-barrier';
import type { VolunteerQueries } from '../volunteering/volunteer-queries';
import { LinkFamilyMemberHandler } from './link-family-member.handler';
import { TimeBankTransferRecovery } from './time-bank-transfer-recovery';
import { TimeBankTransferSteps, type TransferOut } from './time-bank-transfer-steps';
import {
  LinkFamilyMemberCommand,
  TransferTimeBankCommand,
  WithdrawTimeBankCommand,
} from './time-bank.commands';
import { TransferTimeBankHandler } from './transfer-time-bank.handler';
import { WithdrawTimeBankHandler } from './withdraw-time-bank.handler';

const NOW = new Date('2026-04-01T02:00:00Z');
const VOLUNTEERS = ['a', 'b', 'c', 'd'].map((s) => `vol-${s.repeat(24)}`);
/** Family pairs: a–b, b–c, c–d. a and d are not family, nor a and c. */
const FAMILY: [number, number][] = [
  [0, 1],
  [1, 2],
  [2, 3],
];
const desk: Actor = { accountId: 'acc-desk', role: 'admin', regionCode: '410122' };
const self = (i: number): Actor => ({
  accountId: `acc-${i}`,
  role: 'volunteer',
  regionCode: '410122',
  volunteerId: VOLUNTEERS[i],
});
const context = (commandId: string, actor: Actor): CommandContext => ({
  commandId,
  correlationId: 'property',
  causationId: 'property',
  actor,
  now: NOW,
});

/** The in step fails while `crashing`: the server died between the two streams. */
class CrashingSteps extends TimeBankTransferSteps {
  crashing = false;
  override receive(transfer: TransferOut, ctx: CommandContext) {
    if (this.crashing) return Promise.reject(new Error('the server died between the two steps'));
    return super.receive(transfer, ctx);
  }
}

/** The real store port (in memory), the real runner, projections and handlers of the time bank. */
async function ledger() {
  const store = new InMemoryEventStore();
  const db = openReadModelDatabase(':memory:');
  const projections = new ProjectionRunner(store, db, [volunteersProjection, timeBankTransfersProjection]);
  await projections.start();
  const runner = new DeciderRunner(store, new ProjectionBarrier(projections));
  const volunteers = new VolunteersReadModel(db);
  const steps = new CrashingSteps(runner);
  for (const [i, volunteerId] of VOLUNTEERS.entries()) {
    await store.append(volunteerStream(volunteerId), [
      {
        id: randomUUID(),
        type: 'VolunteerRegistered',
        data: {
          volunteerId,
          volunteerNo: `410122-2026-00000${i + 1}`,
          regionCode: '410122',
          personalData: {
            scheme: 'aes-256-gcm/v1',
            keyId: volunteerId,
            iv: 'aXY',
            ciphertext: 'eA',
            tag: 'dGFn',
          },
          consent: true,
          registeredBy: desk.accountId,
          registeredAt: NOW.toISOString(),
        },
      },
    ]);
  }
  await projections.waitFor(await store.headPosition());
  // Links by id without a name: the handler opens no name, so it needs no volunteer queries.
  const link = new LinkFamilyMemberHandler(runner, volunteers, null as unknown as VolunteerQueries);
  for (const [x, y] of FAMILY) {
    await link.execute(
      new LinkFamilyMemberCommand(
        VOLUNTEERS[x],
        { volunteerId: VOLUNTEERS[y], relation: 'sibling' },
        context(randomUUID(), desk),
      ),
    );
  }
  return {
    store,
    projections,
    steps,
    withdraw: new WithdrawTimeBankHandler(runner, volunteers),
    transfer: new TransferTimeBankHandler(runner, volunteers, steps),
    recovery: new TimeBankTransferRecovery(new TimeBankTransfersReadModel(db), steps, new ManualClock(NOW)),
    transfers: new TimeBankTransfersReadModel(db),
    balanceOf: async (volunteerId: string) =>
      incentiveLedgerOf((await runner.current(volunteerDecider, volunteerStream(volunteerId))).state)
        .timeBankMinutes,
    /** Minutes deposited the way a confirmation deposits them. */
    deposit: async (volunteerId: string, minutes: number) => {
      await store.append(volunteerStream(volunteerId), [
        {
          id: randomUUID(),
          type: 'TimeBankDeposited',
          data: {
            volunteerId,
            source: { type: 'service-record', id: `rec-${randomUUID()}` },
            minutes,
            ruleVersion: 'time-bank-2026.1',
            at: NOW.toISOString(),
          },
        },
      ]);
    },
    close: async () => {
      await projections.stop();
      db.close();
    },
  };
}

const volunteer = fc.nat(VOLUNTEERS.length - 1);
const minutes = fc.integer({ min: 1, max: 240 });
const step = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('deposit' as const), v: volunteer, minutes }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('withdraw' as const), v: volunteer, minutes }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('transfer' as const),
      from: volunteer,
      /** Mostly a neighbour (family, but for a–d), sometimes one further off (never family). */
      offset: fc.constantFrom(1, 1, 3, 3, 2),
      minutes,
      /** Requests with the same key are retries of one another. */
      key: fc.nat(4),
      crash: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('recover' as const) }) },
);

describe('time-bank transfers (property)', () => {
  it('conserve the total: the sum of balances is deposits − withdrawals, whatever transfers, retries and crashes happen', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 25 }), async (steps) => {
        const l = await ledger();
        let deposited = 0;
        let withdrawn = 0;
        try {
          for (const s of steps) {
            if (s.kind === 'deposit') {
              await l.deposit(VOLUNTEERS[s.v], s.minutes);
              deposited += s.minutes;
            } else if (s.kind === 'withdraw') {
              try {
                await l.withdraw.execute(
                  new WithdrawTimeBankCommand(
                    VOLUNTEERS[s.v],
                    { minutes: s.minutes, description: '助老服务' },
                    context(randomUUID(), desk),
                  ),
                );
                withdrawn += s.minutes;
              } catch (error) {
                expect((error as RuleViolation).code).toBe('INSUFFICIENT_TIME_BALANCE');
              }
            } else if (s.kind === 'transfer') {
              l.steps.crashing = s.crash;
              try {
                await l.transfer.execute(
                  new TransferTimeBankCommand(
                    VOLUNTEERS[s.from],
                    {
                      toVolunteerId: VOLUNTEERS[(s.from + s.offset) % VOLUNTEERS.length],
                      minutes: s.minutes,
                    },
                    context(`transfer-${s.from}-${s.key}`, self(s.from)),
                  ),
                );
              } catch (error) {
                if (error instanceof RuleViolation) {
                  expect(['NOT_FAMILY', 'INSUFFICIENT_TIME_BALANCE']).toContain(error.code);
                } else {
                  expect(s.crash).toBe(true);
                }
              } finally {
                l.steps.crashing = false;
              }
            } else {
              await l.recovery.run();
            }
            for (const id of VOLUNTEERS) expect(await l.balanceOf(id)).toBeGreaterThanOrEqual(0);
          }
          await l.recovery.run();
          const balances = await Promise.all(VOLUNTEERS.map((id) => l.balanceOf(id)));
          expect(balances.reduce((sum, b) => sum + b, 0)).toBe(deposited - withdrawn);
          expect(l.transfers.halfDoneTransfers()).toEqual([]);
        } finally {
          await l.close();
        }
      }),
      { numRuns: 100 },
    );
  });
});
