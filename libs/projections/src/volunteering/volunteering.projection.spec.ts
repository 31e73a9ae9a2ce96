import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  type Actor,
  RuleViolation,
  serviceRecordsOf,
  type VolunteerCommand,
  volunteerDecider,
  type VolunteerEvent,
  type VolunteerState,
  volunteerStream,
} from '@ledger/domain';
import { type JsonObject, SqliteEventStore } from '@ledger/event-store';
import { DateTime } from 'luxon';
import { ProjectionRunner } from '../projection-runner';
import { dumpTables, openReadModelDatabase } from '../read-model-database';
import { rebuildReadModels } from '../rebuild';
import { VOLUNTEERING_PROJECTIONS } from './index';
import { ServiceRecordsReadModel } from './service-records.queries';
import { VolunteerHoursReadModel } from './volunteer-hours.queries';

const NOW = '2026-03-10T12:00:00+08:00';
const organiser: Actor = { accountId: 'acc-org', role: 'organiser', regionCode: '410100' };
const admins: Actor[] = [
  { accountId: 'acc-admin-1', role: 'admin', regionCode: '410100' },
  { accountId: 'acc-admin-2', role: 'admin', regionCode: '410000' },
];
const VOLUNTEERS = ['vol-a', 'vol-b'];
const TABLES = VOLUNTEERING_PROJECTIONS.flatMap((p) => p.tables);

type Step =
  | { kind: 'record'; volunteer: number; hour: number; minutes: number; by: number }
  | { kind: 'confirm' | 'reject' | 'void'; record: number; by: number }
  | { kind: 'correct'; record: number; hour: number; minutes: number; by: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('record' as const),
    volunteer: fc.nat(1),
    hour: fc.nat(20),
    minutes: fc.integer({ min: 1, max: 300 }),
    by: fc.nat(2),
  }),
  fc.record({
    kind: fc.constantFrom('confirm' as const, 'reject' as const, 'void' as const),
    record: fc.nat(30),
    by: fc.nat(2),
  }),
  fc.record({
    kind: fc.constant('correct' as const),
    record: fc.nat(30),
    hour: fc.nat(20),
    minutes: fc.integer({ min: 1, max: 300 }),
    by: fc.nat(2),
  }),
);

/** 0 is the organiser, 1 and 2 administrators: so self-confirmation and organiser corrections both occur. */
const actorOf = (by: number): Actor => (by === 0 ? organiser : admins[by - 1]);

const times = (hour: number, minutes: number) => {
  const start = DateTime.fromISO('2026-03-05T00:00:00', { zone: 'Asia/Shanghai' }).plus({ hours: hour });
  return {
    startedAt: start.toISO({ suppressMilliseconds: true })!,
    endedAt: start.plus({ minutes }).toISO({ suppressMilliseconds: true })!,
  };
};

describe('volunteering read models (property)', () => {
  it('for any sequence of record/confirm/reject/void/correct, the totals are the sums of the records, and a rebuild equals live', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 30 }), async (steps) => {
        const dir = mkdtempSync(join(tmpdir(), 'ledger-vol-prop-'));
        const store = new SqliteEventStore(join(dir, 'events.sqlite'), { synchronous: 'NORMAL' });
        const db = openReadModelDatabase(join(dir, 'live.sqlite'));
        const runner = new ProjectionRunner(store, db, VOLUNTEERING_PROJECTIONS);
        await runner.start();
        const recordIds: { id: string; volunteerId: string }[] = [];
        let eventNo = 0;

        const run = async (volunteerId: string, command: VolunteerCommand) => {
          const stream = volunteerStream(volunteerId);
          let state: VolunteerState = volunteerDecider.initialState();
          let revision = -1;
          for await (const e of store.readStream(stream)) {
            state = volunteerDecider.evolve(state, e as unknown as VolunteerEvent);
            revision = e.revision;
          }
          let events: readonly VolunteerEvent[];
          try {
            events = volunteerDecider.decide(command, state);
          } catch (error) {
            if (error instanceof RuleViolation) return;
            throw error;
          }
          await store.append(
            stream,
            events.map((e) => ({ id: `e${eventNo++}`, type: e.type, data: e.data as unknown as JsonObject })),
            { expectedRevision: revision === -1 ? 'no_stream' : revision },
          );
        };
        const metadata = (actor: Actor) => ({ commandId: 'c', now: NOW, actor });

        try {
          for (const volunteerId of VOLUNTEERS) {
            await run(volunteerId, {
              type: 'RegisterVolunteer',
              data: {
                volunteerId,
                volunteerNo: `410100-2026-${volunteerId}`,
                regionCode: '410100',
                consent: true,
                person: { name: '王芳', idType: 'passport', idNumber: 'E12345678', phone: '13812345678' },
                sealedPerson: {
                  scheme: 'aes-256-gcm/v1',
                  keyId: volunteerId,
                  iv: 'a',
                  ciphertext: 'b',
                  tag: 'c',
                },
              },
              metadata: metadata(organiser),
            });
          }
          for (const s of steps) {
            if (s.kind === 'record') {
              const volunteerId = VOLUNTEERS[s.volunteer];
              const id = `rec-${recordIds.length}`;
              recordIds.push({ id, volunteerId });
              await run(volunteerId, {
                type: 'RecordService',
                data: {
                  volunteerId,
                  recordId: id,
                  activity: {
                    activityId: 'act-1',
                    projectId: 'prj-1',
                    pilotId: null,
                    regionCode: '410100',
                    startsAt: '2026-01-01T00:00:00+08:00',
                    endsAt: '2026-12-31T23:59:00+08:00',
                  },
                  ...times(s.hour, s.minutes),
                  content: '科普',
                },
                metadata: metadata(actorOf(s.by)),
              });
              continue;
            }
            const target = recordIds[s.record % Math.max(1, recordIds.length)];
            if (!target) continue;
            const base = { volunteerId: target.volunteerId, recordId: target.id };
            const actor = actorOf(s.by);
            const command: VolunteerCommand =
              s.kind === 'correct'
                ? {
                    type: 'CorrectService',
                    data: { ...base, ...times(s.hour, s.minutes), reason: '更正' },
                    metadata: metadata(actor),
                  }
                : s.kind === 'confirm'
                  ? { type: 'ConfirmService', data: base, metadata: metadata(actor) }
                  : s.kind === 'reject'
                    ? { type: 'RejectService', data: { ...base, reason: '不符' }, metadata: metadata(actor) }
                    : { type: 'VoidService', data: { ...base, reason: '重复' }, metadata: metadata(actor) };
            await run(target.volunteerId, command);
          }

          await runner.waitFor(await store.headPosition());
          const hours = new VolunteerHoursReadModel(db);
          const records = new ServiceRecordsReadModel(db);
          for (const volunteerId of VOLUNTEERS) {
            let state: VolunteerState = volunteerDecider.initialState();
            for await (const e of store.readStream(volunteerStream(volunteerId)))
              state = volunteerDecider.evolve(state, e as unknown as VolunteerEvent);
            if (state.status === 'none') throw new Error('not registered');
            const sum = (status: string) =>
              [...serviceRecordsOf(state).values()]
                .filter((r) => r.status === status)
                .reduce((n, r) => n + r.minutes, 0);
            expect(hours.totalsOf(volunteerId)).toEqual({
              volunteer_id: volunteerId,
              confirmed_minutes: sum('confirmed'),
              pending_minutes: sum('pending'),
            });
            // The history explains the total: its deltas add up to it, newest line first.
            const lines = hours.historyOf(volunteerId, 1000).items;
            expect(lines.reduce((n, l) => n + l.delta, 0)).toBe(sum('confirmed'));
            expect(lines[0]?.balance_after ?? 0).toBe(sum('confirmed'));
            for (const record of serviceRecordsOf(state).values()) {
              expect(records.findById(record.recordId)).toMatchObject({
                status: record.status,
                minutes: record.minutes,
                started_at: record.startedAt,
              });
            }
            // Never two overlapping confirmed sessions.
            const confirmed = [...serviceRecordsOf(state).values()].filter((r) => r.status === 'confirmed');
            for (const a of confirmed)
              for (const b of confirmed)
                if (a !== b) expect(a.startedAt >= b.endedAt || b.startedAt >= a.endedAt).toBe(true);
          }

          await rebuildReadModels(store, join(dir, 'rebuilt.sqlite'), VOLUNTEERING_PROJECTIONS);
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
