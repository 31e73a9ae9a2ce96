import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  type Actor,
  availablePoints,
  heldPoints,
  incentiveLedgerOf,
  RuleViolation,
  type VolunteerCommand,
  volunteerDecider,
  type VolunteerEvent,
  type VolunteerState,
  volunteerStream,
} from '@ledger/domain';
import { type JsonObject, SqliteEventStore } from '@ledger/event-store';
import { ProjectionRunner } from '../projection-runner';
import { dumpTables, openReadModelDatabase } from '../read-model-database';
import { rebuildReadModels } from '../rebuild';
import { INCENTIVE_PROJECTIONS } from './index';
import { VolunteerIncentivesReadModel } from './volunteer-incentives.queries';

const NOW = '2026-03-10T12:00:00+08:00';
const TODAY = '2026-03-10';
const organiser: Actor = { accountId: 'acc-org', role: 'organiser', regionCode: '410100' };
const admin: Actor = { accountId: 'acc-admin', role: 'admin', regionCode: '410100' };
const self: Actor = { accountId: 'acc-vol', role: 'volunteer', regionCode: '410100', volunteerId: 'vol-a' };
const TABLES = INCENTIVE_PROJECTIONS.flatMap((p) => p.tables);
const VOLUNTEER = 'vol-a';

type Step =
  | { kind: 'record'; day: number; minutes: number }
  | { kind: 'confirm' | 'void'; record: number }
  | { kind: 'correct'; record: number; minutes: number }
  | { kind: 'hold'; points: number; id: number }
  | { kind: 'capture' | 'release'; id: number }
  | { kind: 'withdraw'; minutes: number; id: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('record' as const),
    day: fc.integer({ min: 1, max: 9 }),
    minutes: fc.integer({ min: 30, max: 600 }),
  }),
  fc.record({ kind: fc.constantFrom('confirm' as const, 'void' as const), record: fc.nat(20) }),
  fc.record({
    kind: fc.constant('correct' as const),
    record: fc.nat(20),
    minutes: fc.integer({ min: 30, max: 600 }),
  }),
  fc.record({ kind: fc.constant('hold' as const), points: fc.integer({ min: 1, max: 150 }), id: fc.nat(4) }),
  fc.record({ kind: fc.constantFrom('capture' as const, 'release' as const), id: fc.nat(4) }),
  fc.record({
    kind: fc.constant('withdraw' as const),
    minutes: fc.integer({ min: 1, max: 500 }),
    id: fc.nat(4),
  }),
);

/** One session a day, 08:00 onwards, on 1–9 March (学雷锋 week doubles the points of 1–7 March). */
const session = (day: number, minutes: number) => {
  const start = Date.parse(`2026-03-0${day}T08:00:00+08:00`);
  return {
    startedAt: new Date(start).toISOString(),
    endedAt: new Date(start + minutes * 60_000).toISOString(),
  };
};

function commandOf(s: Step, records: readonly { id: string; day: number }[]): VolunteerCommand | null {
  const metadata = (actor: Actor) => ({ commandId: 'c', now: NOW, actor });
  const target = 'record' in s ? records[s.record % Math.max(1, records.length)] : undefined;
  switch (s.kind) {
    case 'record':
      return null;
    case 'confirm':
      return target
        ? {
            type: 'ConfirmService',
            data: { volunteerId: VOLUNTEER, recordId: target.id },
            metadata: metadata(admin),
          }
        : null;
    case 'void':
      return target
        ? {
            type: 'VoidService',
            data: { volunteerId: VOLUNTEER, recordId: target.id, reason: '重复' },
            metadata: metadata(admin),
          }
        : null;
    case 'correct':
      return target
        ? {
            type: 'CorrectService',
            data: {
              volunteerId: VOLUNTEER,
              recordId: target.id,
              ...session(target.day, s.minutes),
              reason: '更正',
            },
            metadata: metadata(admin),
          }
        : null;
    case 'hold':
      return {
        type: 'HoldPoints',
        data: {
          volunteerId: VOLUNTEER,
          redemptionId: `red-${s.id}`,
          benefitId: 'ben-1',
          partnerId: 'ptn-1',
          points: s.points,
          minStarLevel: 0,
          expiresAt: '2026-03-10T12:30:00+08:00',
        },
        metadata: metadata(self),
      };
    case 'capture':
      return {
        type: 'CapturePointsHold',
        data: { volunteerId: VOLUNTEER, redemptionId: `red-${s.id}` },
        metadata: metadata(self),
      };
    case 'release':
      return {
        type: 'ReleasePointsHold',
        data: { volunteerId: VOLUNTEER, redemptionId: `red-${s.id}`, reason: 'voided' },
        metadata: metadata(self),
      };
    case 'withdraw':
      return {
        type: 'WithdrawTimeBank',
        data: { volunteerId: VOLUNTEER, withdrawalId: `wd-${s.id}`, minutes: s.minutes, description: '助老' },
        metadata: metadata(admin),
      };
  }
}

describe('points and time-bank read model (property)', () => {
  it('for any sequence of confirmations, voids, corrections, holds and withdrawals, the read model equals the stream and a rebuild equals live', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 30 }), async (steps) => {
        const dir = mkdtempSync(join(tmpdir(), 'ledger-incentives-prop-'));
        const store = new SqliteEventStore(join(dir, 'events.sqlite'), { synchronous: 'NORMAL' });
        const db = openReadModelDatabase(join(dir, 'live.sqlite'));
        const runner = new ProjectionRunner(store, db, INCENTIVE_PROJECTIONS);
        await runner.start();
        const stream = volunteerStream(VOLUNTEER);
        let state: VolunteerState = volunteerDecider.initialState();
        let revision = -1;
        let eventNo = 0;
        const run = async (command: VolunteerCommand) => {
          let events: readonly VolunteerEvent[];
          try {
            events = volunteerDecider.decide(command, state);
          } catch (error) {
            if (error instanceof RuleViolation) return;
            throw error;
          }
          if (!events.length) return;
          const result = await store.append(
            stream,
            events.map((e) => ({ id: `e${eventNo++}`, type: e.type, data: e.data as unknown as JsonObject })),
            { expectedRevision: revision === -1 ? 'no_stream' : revision },
          );
          revision = result.nextExpectedRevision;
          state = events.reduce(volunteerDecider.evolve, state);
        };
        try {
          await run({
            type: 'RegisterVolunteer',
            data: {
              volunteerId: VOLUNTEER,
              volunteerNo: '410100-2026-000001',
              regionCode: '410100',
              consent: true,
              person: { name: '王芳', idType: 'passport', idNumber: 'E12345678', phone: '13812345678' },
              sealedPerson: {
                scheme: 'aes-256-gcm/v1',
                keyId: VOLUNTEER,
                iv: 'a',
                ciphertext: 'b',
                tag: 'c',
              },
            },
            metadata: { commandId: 'c', now: NOW, actor: organiser },
          });
          const records: { id: string; day: number }[] = [];
          for (const s of steps) {
            if (s.kind === 'record') {
              const id = `rec-${records.length}`;
              records.push({ id, day: s.day });
              await run({
                type: 'RecordService',
                data: {
                  volunteerId: VOLUNTEER,
                  recordId: id,
                  activity: {
                    activityId: 'act-1',
                    projectId: 'prj-1',
                    pilotId: null,
                    regionCode: '410100',
                    startsAt: '2026-03-01T00:00:00+08:00',
                    endsAt: '2026-03-10T00:00:00+08:00',
                  },
                  ...session(s.day, s.minutes),
                  content: '科普',
                },
                metadata: { commandId: 'c', now: NOW, actor: organiser },
              });
              continue;
            }
            const command = commandOf(s, records);
            if (command) await run(command);
          }
          await runner.waitFor(await store.headPosition());
          const ledger = incentiveLedgerOf(state);
          const readModel = new VolunteerIncentivesReadModel(db);
          // No row before the first points or time-bank event: it reads as zeros.
          const zeros = {
            volunteer_id: VOLUNTEER,
            points_earned: 0,
            points_clawed_back: 0,
            points_spent: 0,
            points_expired: 0,
            points_held: 0,
            points_available: 0,
            time_bank_minutes: 0,
            star_level: 0,
          };
          expect(readModel.totalsOf(VOLUNTEER) ?? zeros).toEqual({
            volunteer_id: VOLUNTEER,
            points_earned: ledger.earned,
            points_clawed_back: ledger.clawedBack,
            points_spent: ledger.spent,
            points_expired: ledger.expired,
            points_held: heldPoints(ledger),
            points_available: availablePoints(ledger, TODAY),
            time_bank_minutes: ledger.timeBankMinutes,
            star_level: ledger.starLevel,
          });
          // Every line explains a change: the deltas of each kind add up to its balance.
          const lines = readModel.historyOf(VOLUNTEER, 10_000);
          const total = (kind: string) =>
            lines.filter((l) => l.kind === kind).reduce((n, l) => n + l.delta, 0);
          expect(total('points')).toBe(availablePoints(ledger, TODAY));
          expect(total('time-bank')).toBe(ledger.timeBankMinutes);
          await rebuildReadModels(store, join(dir, 'rebuilt.sqlite'), INCENTIVE_PROJECTIONS);
          const rebuilt = openReadModelDatabase(join(dir, 'rebuilt.sqlite'));
          expect(dumpTables(rebuilt, TABLES)).toEqual(dumpTables(db, TABLES));
          rebuilt.close();
        } finally {
          await runner.stop();
          await store.close();
          db.close();
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
