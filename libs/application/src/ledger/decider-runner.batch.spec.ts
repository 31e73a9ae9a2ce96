import fc from 'fast-check';
import { type Command, type Decider, type DomainEvent, RuleViolation } from '@ledger/domain';
import { InMemoryEventStore, type NewEvent, type RecordedEvent } from '@ledger/event-store';
import type { CommandContext } from './command-context';
import { ConcurrencyConflict } from './concurrency-conflict';
import { DeciderRunner, type HandleOptions, MAX_BATCH } from './decider-runner';
import { NoReadModelBarrier } from './read-model-barrier';

type Added = DomainEvent<'Added', { amount: number }>;
type Add = Command<'Add', { amount: number; max: number; broken?: boolean }>;

/**
 * A counter that may not pass `max` (a refusal), adds nothing for 0 (no event), adds one event per
 * unit (a command may leave several events) and fails outright when `broken` (an error that is not a refusal).
 */
const counter: Decider<{ total: number }, Add, Added> = {
  initialState: () => ({ total: 0 }),
  // Events of other deciders on the stream are not its business.
  evolve: (state, event) => (event.type === 'Added' ? { total: state.total + event.data.amount } : state),
  decide: (command, state) => {
    if (command.data.broken) throw new TypeError('the decision broke');
    if (state.total + command.data.amount > command.data.max) throw new RuleViolation('OVER_MAX', 'too much');
    return Array.from({ length: command.data.amount }, () => ({ type: 'Added', data: { amount: 1 } }));
  },
};

type Noted = DomainEvent<'Noted', { text: string }>;
type Note = Command<'Note', { text: string }>;

/** Another decider writing to the same stream (as attendance and sign-ups share `signups-<activityId>`). */
const notes: Decider<{ count: number }, Note, Noted> = {
  initialState: () => ({ count: 0 }),
  evolve: (state, event) => (event.type === 'Noted' ? { count: state.count + 1 } : state),
  decide: (command) => [{ type: 'Noted', data: { text: command.data.text } }],
};

const actor = { accountId: 'acc-1', role: 'admin', regionCode: '410000' } as const;

const context = (commandId: string): CommandContext => ({
  commandId,
  correlationId: `corr-${commandId}`,
  causationId: `cause-${commandId}`,
  actor,
  now: new Date('2026-03-05T01:00:00Z'),
});

const add = (amount: number, max = 1000, broken = false): Add => ({
  type: 'Add',
  data: { amount, max, ...(broken ? { broken } : {}) },
  metadata: { commandId: 'x', now: '2026-03-05T01:00:00.000Z', actor },
});

const note = (text: string): Note => ({
  type: 'Note',
  data: { text },
  metadata: { commandId: 'x', now: '2026-03-05T01:00:00.000Z', actor },
});

const fixedClock = () => new Date('2026-03-05T01:00:00Z');

const read = async (store: InMemoryEventStore, stream: string): Promise<RecordedEvent[]> => {
  const out: RecordedEvent[] = [];
  for await (const e of store.readStream(stream)) out.push(e);
  return out;
};

/** Counts the appends the runner makes (and what each carried) on the real store. */
const recordAppends = (store: InMemoryEventStore): NewEvent[][] => {
  const appends: NewEvent[][] = [];
  const append = store.append.bind(store);
  store.append = (stream, events, options) => {
    appends.push([...events]);
    return append(stream, events, options);
  };
  return appends;
};

describe('decider runner: commands waiting on one stream are decided together and written in one append', () => {
  let store: InMemoryEventStore;
  let runner: DeciderRunner;

  beforeEach(() => {
    store = new InMemoryEventStore(fixedClock);
    runner = new DeciderRunner(store, new NoReadModelBarrier());
  });

  it('the commands that waited behind a running one share one append, each answered with its own result', async () => {
    const appends = recordAppends(store);
    const results = await Promise.all(
      [1, 2, 1, 3].map((amount, i) => runner.handle(counter, 's', add(amount), context(`cmd-${i}`))),
    );
    // The first ran alone; the three that waited for it went in one append.
    expect(appends.map((a) => a.length)).toEqual([1, 6]);
    expect(results.map((r) => [r.revision, r.state.total, r.events.length, r.alreadyHandled])).toEqual([
      [0, 1, 1, false],
      [2, 3, 2, false],
      [3, 4, 1, false],
      [6, 7, 3, false],
    ]);
    const head = await store.headPosition();
    expect(results.slice(1).map((r) => r.position)).toEqual([head, head, head]);
    const stream = await read(store, 's');
    expect(stream.map((e) => e.metadata.commandId)).toEqual([
      'cmd-0',
      'cmd-1',
      'cmd-1',
      'cmd-2',
      'cmd-3',
      'cmd-3',
      'cmd-3',
    ]);
    // Each event keeps the metadata of its own command.
    expect(stream[3].metadata).toEqual({
      commandId: 'cmd-2',
      correlationId: 'corr-cmd-2',
      causationId: 'cause-cmd-2',
      actor,
    });
    expect(await runner.current(counter, 's')).toEqual({ state: { total: 7 }, revision: 6 });
  });

  it('a refused command in a batch gets its refusal; the others are written', async () => {
    const outcomes = await Promise.allSettled([
      runner.handle(counter, 's', add(1, 5), context('first')),
      runner.handle(counter, 's', add(2, 5), context('a')),
      runner.handle(counter, 's', add(3, 5), context('refused')),
      runner.handle(counter, 's', add(2, 5), context('b')),
      runner.handle(counter, 's', add(1, 5, true), context('broken')),
      runner.handle(counter, 's', add(0, 5), context('nothing')),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
    const refused = (outcomes[2] as PromiseRejectedResult).reason as RuleViolation;
    expect(refused).toBeInstanceOf(RuleViolation);
    expect(refused.code).toBe('OVER_MAX');
    expect((outcomes[4] as PromiseRejectedResult).reason).toBeInstanceOf(TypeError);
    const nothing = (outcomes[5] as PromiseFulfilledResult<{ revision: number; position: number }>).value;
    expect(nothing).toMatchObject({ revision: 4, position: 0, events: [] });
    expect((await read(store, 's')).map((e) => e.metadata.commandId)).toEqual(['first', 'a', 'a', 'b', 'b']);
  });

  it('an If-Match revision is checked against the revision the batch has reached', async () => {
    const outcomes = await Promise.allSettled([
      runner.handle(counter, 's', add(1), context('first')),
      runner.handle(counter, 's', add(1), context('a'), { expectedRevision: 0 }),
      runner.handle(counter, 's', add(1), context('stale'), { expectedRevision: 0 }),
      runner.handle(counter, 's', add(1), context('b'), { expectedRevision: 1 }),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[2] as PromiseRejectedResult).reason).toBeInstanceOf(ConcurrencyConflict);
    expect((await read(store, 's')).map((e) => e.metadata.commandId)).toEqual(['first', 'a', 'b']);
  });

  it('a command id repeated within one batch appends nothing twice and is answered as handled before', async () => {
    const appends = recordAppends(store);
    const [first, once, again, other] = await Promise.all([
      runner.handle(counter, 's', add(1), context('first')),
      runner.handle(counter, 's', add(2), context('cmd-1')),
      runner.handle(counter, 's', add(2), context('cmd-1')),
      runner.handle(counter, 's', add(1), context('cmd-2')),
    ]);
    expect(appends).toHaveLength(2);
    expect(first.revision).toBe(0);
    expect(once).toMatchObject({ revision: 2, alreadyHandled: false, state: { total: 3 } });
    expect(again).toMatchObject({ revision: 2, alreadyHandled: true, state: { total: 3 } });
    expect(again.events.map((e) => (e as unknown as RecordedEvent).id)).toEqual(
      appends[1].slice(0, 2).map((e) => e.id),
    );
    expect(other).toMatchObject({ revision: 3, alreadyHandled: false });
    const stream = await read(store, 's');
    expect(stream.map((e) => e.metadata.commandId)).toEqual(['first', 'cmd-1', 'cmd-1', 'cmd-2']);
    expect(new Set(stream.map((e) => e.id)).size).toBe(4);
  });

  it('a command already in the stream, retried within a batch, is answered as before and writes nothing', async () => {
    const earlier = await runner.handle(counter, 's', add(2), context('cmd-1'));
    const [, retried, next] = await Promise.all([
      runner.handle(counter, 's', add(1), context('blocker')),
      runner.handle(counter, 's', add(2), context('cmd-1')),
      runner.handle(counter, 's', add(1), context('cmd-2')),
    ]);
    expect(retried).toMatchObject({ alreadyHandled: true, revision: 2, position: earlier.position });
    expect(retried.events).toHaveLength(2);
    expect(next).toMatchObject({ alreadyHandled: false, revision: 3 });
    expect(await read(store, 's')).toHaveLength(4);
  });

  it('commands of different deciders on one stream are not combined, and keep their order', async () => {
    const appends = recordAppends(store);
    await Promise.all([
      runner.handle(counter, 's', add(1), context('c0')),
      runner.handle(counter, 's', add(1), context('c1')),
      runner.handle(counter, 's', add(1), context('c2')),
      runner.handle(notes, 's', note('n'), context('n0')),
      runner.handle(notes, 's', note('m'), context('n1')),
      runner.handle(counter, 's', add(1), context('c3')),
    ]);
    expect(appends.map((a) => a.map((e) => e.type))).toEqual([
      ['Added'],
      ['Added', 'Added'],
      ['Noted', 'Noted'],
      ['Added'],
    ]);
    expect((await read(store, 's')).map((e) => e.metadata.commandId)).toEqual([
      'c0',
      'c1',
      'c2',
      'n0',
      'n1',
      'c3',
    ]);
    expect(await runner.current(counter, 's')).toEqual({ state: { total: 4 }, revision: 5 });
    expect(await runner.current(notes, 's')).toEqual({ state: { count: 2 }, revision: 5 });
  });

  it(`takes at most ${MAX_BATCH} commands in one append`, async () => {
    const appends = recordAppends(store);
    await Promise.all(
      Array.from({ length: MAX_BATCH + 11 }, (_, i) =>
        runner.handle(counter, 's', add(1), context(`cmd-${i}`)),
      ),
    );
    expect(appends.map((a) => a.length)).toEqual([1, MAX_BATCH, 10]);
  });

  it('a batch that lost to a write of another process is decided again on the fresh state', async () => {
    const elsewhere = new DeciderRunner(store, new NoReadModelBarrier());
    const append = store.append.bind(store);
    let interleaved = false;
    // Another process writes just before the batch's append (once).
    store.append = async (stream, events, options) => {
      if (events.length > 1 && !interleaved) {
        interleaved = true;
        await elsewhere.handle(counter, stream, add(1), context('elsewhere'));
      }
      return append(stream, events, options);
    };
    const outcomes = await Promise.allSettled([
      runner.handle(counter, 's', add(1, 4), context('first')),
      runner.handle(counter, 's', add(1, 4), context('a')),
      runner.handle(counter, 's', add(1, 4), context('if-match'), { expectedRevision: 1 }),
      runner.handle(counter, 's', add(1, 4), context('b')),
      runner.handle(counter, 's', add(1, 4), context('over')),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
      'rejected',
    ]);
    expect((outcomes[2] as PromiseRejectedResult).reason).toBeInstanceOf(ConcurrencyConflict);
    expect(((outcomes[4] as PromiseRejectedResult).reason as RuleViolation).code).toBe('OVER_MAX');
    expect((await read(store, 's')).map((e) => e.metadata.commandId)).toEqual([
      'first',
      'elsewhere',
      'a',
      'b',
    ]);
  });

  describe('property: concurrent commands on one stream end as strictly sequential handling in arrival order', () => {
    const step = fc.record({
      id: fc.integer({ min: 0, max: 12 }),
      amount: fc.integer({ min: 0, max: 3 }),
      max: fc.integer({ min: 2, max: 12 }),
      broken: fc.integer({ min: 0, max: 11 }).map((n) => n === 0),
      expectedRevision: fc.option(fc.integer({ min: 0, max: 8 }), { freq: 4, nil: undefined }),
    });

    interface Answer {
      readonly ok: boolean;
      readonly code?: string;
      readonly revision?: number;
      readonly state?: unknown;
      readonly events?: readonly unknown[];
      readonly alreadyHandled?: boolean;
    }

    const answer = async (
      work: Promise<{
        revision: number;
        state: unknown;
        events: readonly DomainEvent[];
        alreadyHandled: boolean;
      }>,
    ): Promise<Answer> => {
      try {
        const r = await work;
        return {
          ok: true,
          revision: r.revision,
          state: r.state,
          events: r.events.map((e) => ({ type: e.type, data: e.data })),
          alreadyHandled: r.alreadyHandled,
        };
      } catch (error) {
        return { ok: false, code: (error as { code?: string }).code ?? (error as Error).name };
      }
    };

    const submit = (
      target: DeciderRunner,
      s: { id: number; amount: number; max: number; broken: boolean; expectedRevision?: number },
    ) => {
      const options: HandleOptions =
        s.expectedRevision === undefined ? {} : { expectedRevision: s.expectedRevision };
      return target.handle(counter, 'hot', add(s.amount, s.max, s.broken), context(`cmd-${s.id}`), options);
    };

    const stored = async (target: InMemoryEventStore) =>
      (await read(target, 'hot')).map((e) => ({
        id: e.id,
        type: e.type,
        data: e.data,
        metadata: e.metadata,
        revision: e.revision,
      }));

    it('same events, same order, same ids, and the same answer for each command', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(step, { minLength: 1, maxLength: 40 }),
          fc.integer({ min: 0, max: 40 }),
          async (steps, split) => {
            const sequentialStore = new InMemoryEventStore(fixedClock);
            const sequential = new DeciderRunner(sequentialStore, new NoReadModelBarrier());
            const expected: Answer[] = [];
            for (const s of steps) expected.push(await answer(submit(sequential, s)));

            const batchedStore = new InMemoryEventStore(fixedClock);
            const batched = new DeciderRunner(batchedStore, new NoReadModelBarrier());
            // Two waves: the second arrives while the first is still being written.
            const first = steps.slice(0, split).map((s) => answer(submit(batched, s)));
            await new Promise((resolve) => setImmediate(resolve));
            const second = steps.slice(split).map((s) => answer(submit(batched, s)));
            const actual = await Promise.all([...first, ...second]);

            expect(actual).toEqual(expected);
            expect(await stored(batchedStore)).toEqual(await stored(sequentialStore));
          },
        ),
        { numRuns: 150 },
      );
    });
  });
});
