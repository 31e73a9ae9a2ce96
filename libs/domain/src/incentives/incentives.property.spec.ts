import fc from 'fast-check';
import { RuleViolation } from '../errors';
import {
  admin,
  confirm,
  correct,
  meta,
  recorded,
  registered,
  voidRecord,
} from '../volunteering/testing/volunteer-fixtures';
import type { VolunteerCommand } from '../volunteering/volunteer.commands';
import { incentiveLedgerOf, volunteerDecider, type VolunteerState } from '../volunteering/volunteer.decider';
import { availablePoints, heldPoints } from './incentive-ledger';

const TODAY = '2026-03-10';
const volunteer = {
  accountId: 'acc-vol',
  role: 'volunteer' as const,
  regionCode: '410100',
  volunteerId: 'vol-1',
};
const otherAdmin = { ...admin, accountId: 'acc-admin-9' };

/** Eight records on eight days (some in 学雷锋 week), of 30 to 600 minutes. */
const RECORDS = Array.from({ length: 8 }, (_, i) => {
  const day = String(i + 2).padStart(2, '0');
  return { recordId: `rec-${i}`, day };
});

const step = fc.oneof(
  fc.record({ kind: fc.constant('confirm'), record: fc.nat(7) }),
  fc.record({ kind: fc.constant('void'), record: fc.nat(7) }),
  fc.record({ kind: fc.constant('correct'), record: fc.nat(7), minutes: fc.integer({ min: 30, max: 600 }) }),
  fc.record({ kind: fc.constant('hold'), points: fc.integer({ min: 1, max: 120 }), id: fc.nat(5) }),
  fc.record({ kind: fc.constant('capture'), id: fc.nat(5) }),
  fc.record({ kind: fc.constant('release'), id: fc.nat(5) }),
  fc.record({ kind: fc.constant('withdraw'), minutes: fc.integer({ min: 1, max: 400 }), id: fc.nat(5) }),
);

type Step = { kind: string; record?: number; minutes?: number; points?: number; id?: number };

function commandOf(s: Step): VolunteerCommand {
  const recordId = `rec-${s.record}`;
  switch (s.kind) {
    case 'confirm':
      return confirm(recordId, otherAdmin);
    case 'void':
      return voidRecord(recordId, otherAdmin);
    case 'correct': {
      const { day } = RECORDS[s.record!];
      const end = new Date(Date.parse(`2026-03-${day}T08:00:00+08:00`) + s.minutes! * 60_000);
      return correct(
        { recordId, startedAt: `2026-03-${day}T08:00:00+08:00`, endedAt: end.toISOString() },
        otherAdmin,
      );
    }
    case 'hold':
      return {
        type: 'HoldPoints',
        data: {
          volunteerId: 'vol-1',
          redemptionId: `red-${s.id}`,
          benefitId: 'b',
          partnerId: 'p',
          points: s.points!,
          minStarLevel: 0,
          expiresAt: '2026-03-10T12:30:00+08:00',
        },
        metadata: meta(volunteer),
      };
    case 'capture':
      return {
        type: 'CapturePointsHold',
        data: { volunteerId: 'vol-1', redemptionId: `red-${s.id}` },
        metadata: meta(volunteer),
      };
    case 'release':
      return {
        type: 'ReleasePointsHold',
        data: { volunteerId: 'vol-1', redemptionId: `red-${s.id}`, reason: 'voided' },
        metadata: meta(volunteer),
      };
    default:
      return {
        type: 'WithdrawTimeBank',
        data: { volunteerId: 'vol-1', withdrawalId: `wd-${s.id}`, minutes: s.minutes!, description: '助老' },
        metadata: meta(admin),
      };
  }
}

describe('points and time bank (property)', () => {
  it('for any sequence of confirmations, voids, corrections, holds, captures, releases and withdrawals, the balances add up and never go negative by spending', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let state: VolunteerState = volunteerDecider.initialState();
        const given = [
          registered(),
          ...RECORDS.map(({ recordId, day }, i) =>
            recorded({
              recordId,
              startedAt: `2026-03-${day}T08:00:00+08:00`,
              endedAt: new Date(
                Date.parse(`2026-03-${day}T08:00:00+08:00`) + (30 + i * 70) * 60_000,
              ).toISOString(),
              minutes: 30 + i * 70,
              serviceDate: `2026-03-${day}`,
            }),
          ),
        ];
        state = given.reduce(volunteerDecider.evolve, state);
        for (const s of steps) {
          let decided;
          try {
            decided = volunteerDecider.decide(commandOf(s), state);
          } catch (error) {
            if (error instanceof RuleViolation) continue;
            throw error;
          }
          const before = incentiveLedgerOf(state);
          state = decided.reduce(volunteerDecider.evolve, state);
          const ledger = incentiveLedgerOf(state);
          const available = availablePoints(ledger, TODAY);
          // available = earned − clawed back − spent − expired − held
          expect(available).toBe(
            ledger.earned - ledger.clawedBack - ledger.spent - ledger.expired - heldPoints(ledger),
          );
          // Spending never makes the balance negative; only a clawback can.
          if (s.kind === 'hold' || s.kind === 'capture')
            expect(available).toBeGreaterThanOrEqual(Math.min(0, availablePoints(before, TODAY)));
          expect(ledger.timeBankMinutes).toBeGreaterThanOrEqual(0);
          for (const lot of ledger.lots.values()) expect(lot.remaining).toBeGreaterThanOrEqual(0);
        }
        // Replaying the stream from its events lands on the same ledger as deciding step by step.
        const replayed = incentiveLedgerOf(
          [...collect(state)].reduce(volunteerDecider.evolve, volunteerDecider.initialState()),
        );
        expect(replayed).toEqual(incentiveLedgerOf(state));
      }),
      { numRuns: 300 },
    );
  });
});

/** Every event the state was folded from: the registration, service and incentive lists, in order. */
function* collect(state: VolunteerState) {
  if (state.status === 'none') return;
  yield registered();
  const service = [];
  for (let n = state.serviceEvents; n; n = n.previous) service.unshift(n.event);
  const incentives = [];
  for (let n = state.incentiveEvents; n; n = n.previous) incentives.unshift(n.event);
  yield* service;
  yield* incentives;
}
