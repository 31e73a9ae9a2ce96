/**
 * The one behaviour every event-store adapter must show. Each adapter's spec calls
 * `eventStoreContract` with a factory; nothing here knows which adapter it runs against.
 * Streams get unique names and positions are taken relative to the head, so the suite also runs
 * against a long-lived server (EventStoreDB) that other runs have written to.
 */
import { randomUUID } from 'node:crypto';
import { EventIdConflictError, InvalidAppendError, WrongExpectedRevisionError } from '../errors';
import type { EventStore, NewEvent, RecordedEvent } from '../event-store';
import { eventHash, verifyChain } from '../hash-chain';

export interface ContractOptions {
  /** SQLite and in-memory number positions 1, 2, 3…; EventStoreDB positions are log offsets. */
  readonly gaplessPositions: boolean;
}

export interface StoreUnderTest {
  readonly store: EventStore;
  readonly dispose: () => Promise<void>;
}

const collect = async <T>(iterable: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
};

export const newEvent = (
  type = 'SomethingHappened',
  data: NewEvent['data'] = { n: 1 },
  id = randomUUID(),
): NewEvent => ({
  id,
  type,
  data,
  metadata: {
    correlationId: 'corr-1',
    causationId: 'cause-1',
    actor: { accountId: 'acc-1', role: 'admin', regionCode: '410000' },
  },
});

const waitUntil = async (condition: () => boolean, timeoutMs = 10_000): Promise<void> => {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
};

export function eventStoreContract(
  adapter: string,
  create: () => Promise<StoreUnderTest>,
  options: ContractOptions,
): void {
  describe(`event store contract: ${adapter}`, () => {
    let sut: StoreUnderTest;
    let store: EventStore;
    const stream = (kind = 'test') => `${kind}-${randomUUID()}`;

    beforeEach(async () => {
      sut = await create();
      store = sut.store;
    });
    afterEach(async () => {
      await sut.dispose();
    });

    describe('expected revision', () => {
      it('no_stream succeeds on a new stream and conflicts once it exists, naming the actual revision', async () => {
        const s = stream();
        const first = await store.append(s, [newEvent()], { expectedRevision: 'no_stream' });
        expect(first.nextExpectedRevision).toBe(0);
        const error = await store
          .append(s, [newEvent()], { expectedRevision: 'no_stream' })
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(WrongExpectedRevisionError);
        expect(error).toMatchObject({ stream: s, expected: 'no_stream', actual: 0 });
      });

      it('stream_exists conflicts on a missing stream and succeeds on an existing one', async () => {
        const s = stream();
        const error = await store
          .append(s, [newEvent()], { expectedRevision: 'stream_exists' })
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(WrongExpectedRevisionError);
        expect(error).toMatchObject({ expected: 'stream_exists', actual: 'no_stream' });
        await store.append(s, [newEvent()]);
        const ok = await store.append(s, [newEvent()], { expectedRevision: 'stream_exists' });
        expect(ok.nextExpectedRevision).toBe(1);
      });

      it('an exact revision succeeds when current and conflicts when stale', async () => {
        const s = stream();
        await store.append(s, [newEvent(), newEvent()], { expectedRevision: 'no_stream' });
        const ok = await store.append(s, [newEvent()], { expectedRevision: 1 });
        expect(ok.nextExpectedRevision).toBe(2);
        const error = await store.append(s, [newEvent()], { expectedRevision: 1 }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(WrongExpectedRevisionError);
        expect(error).toMatchObject({ expected: 1, actual: 2 });
        const missing = await store
          .append(stream(), [newEvent()], { expectedRevision: 0 })
          .catch((e: unknown) => e);
        expect(missing).toMatchObject({ expected: 0, actual: 'no_stream' });
      });

      it('any never conflicts', async () => {
        const s = stream();
        await store.append(s, [newEvent()], { expectedRevision: 'any' });
        const result = await store.append(s, [newEvent()], { expectedRevision: 'any' });
        expect(result.nextExpectedRevision).toBe(1);
      });

      it('a conflicting append writes nothing', async () => {
        const s = stream();
        await store.append(s, [newEvent()]);
        await expect(store.append(s, [newEvent(), newEvent()], { expectedRevision: 5 })).rejects.toThrow(
          WrongExpectedRevisionError,
        );
        expect(await collect(store.readStream(s))).toHaveLength(1);
      });

      it('of concurrent appends expecting the same revision exactly one wins, and others elsewhere are unharmed', async () => {
        const s = stream();
        await store.append(s, [newEvent()]);
        const others = Array.from({ length: 5 }, () => stream('other'));
        const racing = Array.from({ length: 10 }, () =>
          store.append(s, [newEvent()], { expectedRevision: 0 }).then(
            () => 'won',
            (e: unknown) => (e instanceof WrongExpectedRevisionError ? 'lost' : e),
          ),
        );
        const bystanders = others.map((o) =>
          store.append(o, [newEvent()], { expectedRevision: 'no_stream' }),
        );
        const outcomes = await Promise.all(racing);
        await Promise.all(bystanders);
        expect(outcomes.filter((o) => o === 'won')).toHaveLength(1);
        expect(outcomes.filter((o) => o === 'lost')).toHaveLength(9);
        for (const o of others) expect(await collect(store.readStream(o))).toHaveLength(1);
      });
    });

    describe('atomicity and idempotency', () => {
      it('an append is all or nothing', async () => {
        const s = stream();
        const taken = newEvent();
        await store.append(stream(), [taken]);
        const error = await store
          .append(s, [newEvent(), { ...taken, data: { other: true } }])
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(EventIdConflictError);
        expect(await collect(store.readStream(s))).toEqual([]);
      });

      it('an append that fails midway in a group of concurrent appends leaves the others whole and positions gapless', async () => {
        const taken = newEvent('Taken', { n: 0 });
        await store.append(stream(), [taken]);
        const head = await store.headPosition();
        const [a, b, c] = [stream(), stream(), stream()];
        const outcomes = await Promise.allSettled([
          store.append(a, [newEvent('A', { n: 1 })]),
          store.append(b, [newEvent('B', { n: 2 }), { ...taken, data: { n: 99 } }, newEvent('B', { n: 3 })]),
          store.append(c, [newEvent('C', { n: 4 }), newEvent('C', { n: 5 })]),
        ]);
        expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
        expect((outcomes[1] as PromiseRejectedResult).reason).toBeInstanceOf(EventIdConflictError);
        expect(await collect(store.readStream(b))).toEqual([]);
        const written = (await collect(store.readAll({ after: head }))).filter((e) =>
          [a, b, c].includes(e.stream),
        );
        expect(written.map((e) => e.data.n)).toEqual([1, 4, 5]);
        if (options.gaplessPositions) {
          expect(written.map((e) => e.position)).toEqual([head + 1, head + 2, head + 3]);
        }
      });

      it('appending the same events again changes nothing and returns the original result', async () => {
        const s = stream();
        const events = [newEvent('A', { n: 1 }), newEvent('B', { n: 2 })];
        const original = await store.append(s, events, { expectedRevision: 'no_stream' });
        await store.append(s, [newEvent()]);
        const retried = await store.append(s, events, { expectedRevision: 'no_stream' });
        expect(retried).toEqual({ ...original, alreadyAppended: true });
        expect(await collect(store.readStream(s))).toHaveLength(3);
      });

      it('a reused id with other content, or in another stream, is a conflict', async () => {
        const s = stream();
        const event = newEvent('A', { n: 1 });
        await store.append(s, [event]);
        await expect(store.append(s, [{ ...event, data: { n: 2 } }])).rejects.toThrow(EventIdConflictError);
        await expect(store.append(stream(), [event])).rejects.toThrow(EventIdConflictError);
      });

      it('refuses malformed appends', async () => {
        await expect(store.append('', [newEvent()])).rejects.toThrow(InvalidAppendError);
        const e = newEvent();
        await expect(store.append(stream(), [e, e])).rejects.toThrow(InvalidAppendError);
        await expect(store.append(stream(), [{ ...e, type: '' }])).rejects.toThrow(InvalidAppendError);
      });
    });

    describe('reading', () => {
      it('reads a stream forwards and backwards, in pages', async () => {
        const s = stream();
        await store.append(
          s,
          Array.from({ length: 10 }, (_, i) => newEvent('N', { i })),
        );
        const all = await collect(store.readStream(s));
        expect(all.map((e) => e.revision)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
        expect(all.map((e) => e.data.i)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
        const page = await collect(store.readStream(s, { fromRevision: 3, maxCount: 4 }));
        expect(page.map((e) => e.revision)).toEqual([3, 4, 5, 6]);
        const back = await collect(store.readStream(s, { direction: 'backwards', maxCount: 3 }));
        expect(back.map((e) => e.revision)).toEqual([9, 8, 7]);
        const backPage = await collect(
          store.readStream(s, { direction: 'backwards', fromRevision: 4, maxCount: 10 }),
        );
        expect(backPage.map((e) => e.revision)).toEqual([4, 3, 2, 1, 0]);
        expect(await collect(store.readStream(stream()))).toEqual([]);
      });

      it('keeps metadata, schema version and the time of recording', async () => {
        const s = stream();
        const event = { ...newEvent('Versioned', { a: 1 }), schemaVersion: 3 };
        await store.append(s, [event, newEvent()]);
        const [first, second] = await collect(store.readStream(s));
        expect(first).toMatchObject({
          id: event.id,
          type: 'Versioned',
          data: { a: 1 },
          metadata: event.metadata,
          schemaVersion: 3,
        });
        expect(second.schemaVersion).toBe(1);
        expect(new Date(first.recordedAt).toISOString()).toBe(first.recordedAt);
      });

      it('keeps Chinese text and large payloads intact', async () => {
        const s = stream();
        const large = '科技志愿服务'.repeat(50_000) + '🙂';
        const data = {
          name: '张三',
          content: '在郑州科技馆开展科普讲解',
          large,
          nested: { list: ['河南省', 410000, true, null] },
        };
        await store.append(s, [newEvent('中文事件', data)]);
        const [read] = await collect(store.readStream(s));
        expect(read.type).toBe('中文事件');
        expect(read.data).toEqual(data);
      });

      it('reads the whole log in global order from a position', async () => {
        const head = await store.headPosition();
        const a = stream();
        const b = stream();
        await store.append(a, [newEvent('A', { i: 0 })]);
        await store.append(b, [newEvent('B', { i: 1 }), newEvent('B', { i: 2 })]);
        await store.append(a, [newEvent('A', { i: 3 })]);
        const mine = (await collect(store.readAll({ after: head }))).filter(
          (e) => e.stream === a || e.stream === b,
        );
        expect(mine.map((e) => e.data.i)).toEqual([0, 1, 2, 3]);
        const fromSecond = await collect(store.readAll({ after: mine[1].position, maxCount: 2 }));
        expect(fromSecond.map((e) => e.data.i)).toEqual([2, 3]);
        expect(await store.headPosition()).toBe(mine[3].position);
      });

      it(
        'orders concurrent writers in one global order with contiguous revisions' +
          (options.gaplessPositions ? ' and gapless positions' : ''),
        async () => {
          const head = await store.headPosition();
          const shared = stream('shared');
          const writers = Array.from({ length: 32 }, (_, w) => ({ w, own: stream('writer') }));
          await Promise.all(
            writers.map(async ({ w, own }) => {
              for (let i = 0; i < 10; i++) {
                await store.append(own, [newEvent('W', { w, i })]);
                await store.append(shared, [newEvent('S', { w, i })], { expectedRevision: 'any' });
              }
            }),
          );
          const names = new Set([shared, ...writers.map((x) => x.own)]);
          const events = (await collect(store.readAll({ after: head }))).filter((e) => names.has(e.stream));
          expect(events).toHaveLength(640);
          const positions = events.map((e) => e.position);
          expect([...positions].sort((x, y) => x - y)).toEqual(positions);
          if (options.gaplessPositions) {
            expect(positions).toEqual(Array.from({ length: 640 }, (_, i) => head + 1 + i));
          }
          for (const name of names) {
            const revisions = events.filter((e) => e.stream === name).map((e) => e.revision);
            expect(revisions).toEqual(revisions.map((_, i) => i));
          }
          for (const { w, own } of writers) {
            expect(events.filter((e) => e.stream === own).map((e) => e.data)).toEqual(
              Array.from({ length: 10 }, (_, i) => ({ w, i })),
            );
          }
        },
      );
    });

    describe('subscriptions', () => {
      it('delivers history in global order, then live appends, without loss or duplication', async () => {
        const s = stream('sub');
        const head = await store.headPosition();
        for (let i = 0; i < 30; i++) await store.append(s, [newEvent('E', { i })]);
        const seen: RecordedEvent[] = [];
        const subscription = store.subscribe(
          { after: head, filter: { streamPrefixes: [s] }, batchSize: 7 },
          (events) => {
            seen.push(...events);
          },
        );
        const writes = (async () => {
          for (let i = 30; i < 60; i++) await store.append(s, [newEvent('E', { i })]);
        })();
        await subscription.caughtUp;
        await writes;
        for (let i = 60; i < 80; i++)
          await store.append(s, [newEvent('E', { i }), newEvent('E', { i: i + 0.5 })]);
        await waitUntil(() => seen.length >= 100);
        await new Promise((r) => setTimeout(r, 50));
        await subscription.stop();
        const expected = [
          ...Array.from({ length: 60 }, (_, i) => i),
          ...Array.from({ length: 20 }, (_, k) => [60 + k, 60 + k + 0.5]).flat(),
        ];
        expect(seen.map((e) => e.data.i)).toEqual(expected);
        expect(seen.map((e) => e.revision)).toEqual(expected.map((_, i) => i));
        await subscription.done;
      });

      it('starts after a given position and filters by event type', async () => {
        const s = stream('sub');
        await store.append(s, [newEvent('Keep', { i: 1 }), newEvent('Skip', { i: 2 })]);
        const [, skipped] = await collect(store.readStream(s));
        await store.append(s, [
          newEvent('Keep', { i: 3 }),
          newEvent('Skip', { i: 4 }),
          newEvent('Keep', { i: 5 }),
        ]);
        const seen: number[] = [];
        let lastContextPosition = 0;
        const subscription = store.subscribe(
          { after: skipped.position, filter: { streamPrefixes: [s], eventTypes: ['Keep'] } },
          (events, context) => {
            seen.push(...events.map((e) => e.data.i as number));
            lastContextPosition = context.position;
          },
        );
        await subscription.caughtUp;
        await waitUntil(() => seen.length >= 2);
        const [last] = await collect(store.readStream(s, { direction: 'backwards', maxCount: 1 }));
        await waitUntil(() => lastContextPosition >= last.position);
        await subscription.stop();
        expect(seen).toEqual([3, 5]);
      });

      it('ends with an error when the handler fails', async () => {
        const s = stream('sub');
        const head = await store.headPosition();
        await store.append(s, [newEvent()]);
        const subscription = store.subscribe({ after: head, filter: { streamPrefixes: [s] } }, (events) => {
          if (events.length) throw new Error('projection broke');
        });
        await expect(subscription.done).rejects.toThrow('projection broke');
      });
    });

    describe('hash chain', () => {
      it('links every event to the previous one of its stream and covers its content', async () => {
        const s = stream();
        await store.append(s, [newEvent('A', { n: 1 })]);
        await store.append(s, [newEvent('B', { n: 2 }), newEvent('C', { 名字: '李四' })]);
        const events = await collect(store.readStream(s));
        expect(events[0].prevHash).toBeNull();
        expect(events[1].prevHash).toBe(events[0].hash);
        expect(events[2].prevHash).toBe(events[1].hash);
        for (const e of events) expect(eventHash(e)).toBe(e.hash);
        const report = await verifyChain(store.readStream(s), { gaplessPositions: false });
        expect(report.problems).toEqual([]);
        const altered = { ...events[1], data: { n: 3 } };
        const tampered = await verifyChain(
          (async function* () {
            yield events[0];
            yield altered;
            yield events[2];
          })(),
          { gaplessPositions: false },
        );
        expect(tampered.problems).toEqual([
          expect.objectContaining({ kind: 'altered', eventId: events[1].id }),
        ]);
      });
    });
  });
}
