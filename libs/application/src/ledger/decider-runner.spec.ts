import { type Command, type Decider, type DomainEvent, RuleViolation } from '@ledger/domain';
import { InMemoryEventStore } from '@ledger/event-store';
import type { CommandContext } from './command-context';
import { ConcurrencyConflict } from './concurrency-conflict';
import { DeciderRunner } from './decider-runner';
import { NoReadModelBarrier } from './read-model-barrier';

type Added = DomainEvent<'Added', { amount: number }>;
type Add = Command<'Add', { amount: number; max: number }>;

/** A counter that may not pass `max`: a rule that must be decided on fresh state. */
const counter: Decider<{ total: number }, Add, Added> = {
  initialState: () => ({ total: 0 }),
  evolve: (state, event) => ({ total: state.total + event.data.amount }),
  decide: (command, state) => {
    if (state.total + command.data.amount > command.data.max) throw new RuleViolation('OVER_MAX', 'too much');
    return [{ type: 'Added', data: { amount: command.data.amount } }];
  },
};

const context = (commandId: string): CommandContext => ({
  commandId,
  correlationId: 'corr',
  causationId: 'cause',
  actor: { accountId: 'acc-1', role: 'admin', regionCode: '410000' },
  now: new Date('2026-03-05T01:00:00Z'),
});

const add = (amount: number, max = 1000): Add => ({
  type: 'Add',
  data: { amount, max },
  metadata: { commandId: 'x', now: '2026-03-05T01:00:00.000Z', actor: context('x').actor },
});

describe('decider runner', () => {
  let store: InMemoryEventStore;
  let runner: DeciderRunner;

  beforeEach(() => {
    store = new InMemoryEventStore();
    runner = new DeciderRunner(store, new NoReadModelBarrier());
  });

  const events = async (stream: string) => {
    const out = [];
    for await (const e of store.readStream(stream)) out.push(e);
    return out;
  };

  it('loads, decides and appends, recording who and why in the metadata', async () => {
    const result = await runner.handle(counter, 'counter-1', add(5), context('cmd-1'));
    expect(result).toMatchObject({ state: { total: 5 }, revision: 0, alreadyHandled: false });
    const [event] = await events('counter-1');
    expect(event.metadata).toEqual({
      commandId: 'cmd-1',
      correlationId: 'corr',
      causationId: 'cause',
      actor: { accountId: 'acc-1', role: 'admin', regionCode: '410000' },
    });
  });

  it('a retried command (same id) appends nothing and answers as the first time', async () => {
    const first = await runner.handle(counter, 'counter-1', add(5), context('cmd-1'));
    const again = await runner.handle(counter, 'counter-1', add(5), context('cmd-1'));
    expect(again).toMatchObject({ revision: first.revision, position: first.position, alreadyHandled: true });
    expect(again.events).toHaveLength(1);
    expect(await events('counter-1')).toHaveLength(1);
  });

  it('derives event ids from the command id', async () => {
    await runner.handle(counter, 'counter-1', add(1), context('cmd-1'));
    await runner.handle(counter, 'counter-2', add(1), context('cmd-1'));
    const [[a], [b]] = [await events('counter-1'), await events('counter-2')];
    expect(a.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a.id).not.toBe(b.id);
  });

  it('a stale If-Match revision is a conflict and writes nothing', async () => {
    await runner.handle(counter, 'counter-1', add(1), context('cmd-1'));
    await runner.handle(counter, 'counter-1', add(1), context('cmd-2'));
    await expect(
      runner.handle(counter, 'counter-1', add(1), context('cmd-3'), { expectedRevision: 0 }),
    ).rejects.toBeInstanceOf(ConcurrencyConflict);
    expect(await events('counter-1')).toHaveLength(2);
  });

  it('concurrent commands without If-Match are decided again on fresh state, so the rule holds', async () => {
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        runner.handle(counter, 'counter-1', add(1, 7), context(`cmd-${i}`)),
      ),
    );
    const fulfilled = outcomes.filter((o) => o.status === 'fulfilled');
    const refused = outcomes.filter(
      (o) => o.status === 'rejected' && (o.reason as RuleViolation).code === 'OVER_MAX',
    );
    expect(fulfilled).toHaveLength(7);
    expect(refused).toHaveLength(13);
    expect(await events('counter-1')).toHaveLength(7);
  });

  it('a refusal writes nothing', async () => {
    await expect(runner.handle(counter, 'counter-1', add(5, 4), context('cmd-1'))).rejects.toThrow(
      'too much',
    );
    expect(await store.headPosition()).toBe(0);
  });

  describe('the folded-state cache', () => {
    it('a decision sees events another process appended after the fold was cached', async () => {
      const elsewhere = new DeciderRunner(store, new NoReadModelBarrier());
      await runner.handle(counter, 'counter-1', add(5), context('cmd-1'));
      await elsewhere.handle(counter, 'counter-1', add(4), context('cmd-2'));
      await expect(runner.handle(counter, 'counter-1', add(2, 10), context('cmd-3'))).rejects.toThrow(
        'too much',
      );
      expect(await runner.current(counter, 'counter-1')).toEqual({ state: { total: 9 }, revision: 1 });
    });

    it('a command retried after the fold moved on is still recognised and answered with its events', async () => {
      const first = await runner.handle(counter, 'counter-1', add(5), context('cmd-1'));
      await runner.handle(counter, 'counter-1', add(1), context('cmd-2'));
      const again = await runner.handle(counter, 'counter-1', add(5), context('cmd-1'));
      expect(again).toMatchObject({ alreadyHandled: true, position: first.position, state: { total: 6 } });
      expect(again.events).toEqual([expect.objectContaining({ type: 'Added', data: { amount: 5 } })]);
    });

    it('a command already applied by another process is recognised from the log', async () => {
      const elsewhere = new DeciderRunner(store, new NoReadModelBarrier());
      await runner.handle(counter, 'counter-1', add(1), context('cmd-0'));
      await elsewhere.handle(counter, 'counter-1', add(5), context('cmd-1'));
      const again = await runner.handle(counter, 'counter-1', add(5), context('cmd-1'));
      expect(again.alreadyHandled).toBe(true);
      expect(await events('counter-1')).toHaveLength(2);
    });

    it('with the cache turned off every command folds the whole stream and decides the same', async () => {
      const uncached = new DeciderRunner(store, new NoReadModelBarrier(), undefined, 0);
      for (let i = 0; i < 4; i++) await uncached.handle(counter, 'counter-1', add(2, 9), context(`cmd-${i}`));
      expect(await uncached.current(counter, 'counter-1')).toEqual({ state: { total: 8 }, revision: 3 });
      expect(await runner.current(counter, 'counter-1')).toEqual({ state: { total: 8 }, revision: 3 });
    });
  });
});
