/**
 * The adapter's own logic against an in-memory stand-in for the client (fake-esdb-client.ts).
 * This is not evidence about a real server: esdb-event-store.spec.ts runs the contract there.
 */
import { randomUUID } from 'node:crypto';
import { WrongExpectedRevisionError } from '../errors';
import type { RecordedEvent } from '../event-store';
import { verifyChain } from '../hash-chain';
import { eventStoreContract, newEvent } from '../testing/event-store.contract';
import { esdbEventId, LEDGER_KEY } from './esdb-codec';
import { EsdbEventStore, type EsdbClient, type EsdbEventStoreOptions } from './esdb-event-store';
import { FakeEsdbClient } from './fake-esdb-client';

const open = (fake: FakeEsdbClient, options: EsdbEventStoreOptions = {}) =>
  new EsdbEventStore(fake as unknown as EsdbClient, options);

const collect = async <T>(iterable: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
};

const waitUntil = async (condition: () => boolean, timeoutMs = 5_000): Promise<void> => {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
};

eventStoreContract(
  'eventstoredb adapter on a fake client',
  async () => {
    const store = open(new FakeEsdbClient());
    return { store, dispose: () => store.close() };
  },
  { gaplessPositions: false },
);

describe('EsdbEventStore on a fake client', () => {
  let fake: FakeEsdbClient;
  let a: EsdbEventStore;
  let b: EsdbEventStore;
  const stream = () => `test-${randomUUID()}`;

  beforeEach(() => {
    fake = new FakeEsdbClient();
    a = open(fake);
    b = open(fake); // a second process on the same server
  });
  afterEach(async () => {
    await a.close();
    await b.close();
  });

  it('maps ids that are not UUIDs and keeps its own fields out of the metadata', async () => {
    const s = stream();
    const event = { ...newEvent('A', { n: 1 }), id: 'redemption:42:hold', metadata: { actor: 'x' } };
    await a.append(s, [event]);
    const stored = fake.log.find((r) => r.streamId === s)!;
    expect(stored.id).toBe(esdbEventId('redemption:42:hold'));
    expect(JSON.parse(stored.metadata!)).toHaveProperty(LEDGER_KEY);
    const [read] = await collect(b.readStream(s));
    expect(read).toMatchObject({ id: 'redemption:42:hold', metadata: { actor: 'x' } });
    expect((await b.append(s, [event])).alreadyAppended).toBe(true);
  });

  it('keeps one chain when two processes append to one stream at once', async () => {
    const s = stream();
    await Promise.all(
      [a, b].flatMap((store, w) =>
        Array.from({ length: 15 }, (_, i) =>
          store.append(s, [newEvent('W', { w, i })], { expectedRevision: 'any' }),
        ),
      ),
    );
    const events = await collect(a.readStream(s));
    expect(events.map((e) => e.revision)).toEqual(Array.from({ length: 30 }, (_, i) => i));
    expect((await verifyChain(a.readStream(s), { gaplessPositions: false })).problems).toEqual([]);
  });

  it('recognises a retry made through another process, and refuses a stale exact revision', async () => {
    const s = stream();
    const events = [newEvent('A'), newEvent('B')];
    const original = await a.append(s, events, { expectedRevision: 'no_stream' });
    await a.append(s, [newEvent()]);
    expect(await b.append(s, events, { expectedRevision: 'no_stream' })).toEqual({
      ...original,
      alreadyAppended: true,
    });
    await b.append(s, [newEvent()], { expectedRevision: 2 });
    const stale = await a.append(s, [newEvent()], { expectedRevision: 2 }).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(WrongExpectedRevisionError);
    expect(stale).toMatchObject({ expected: 2, actual: 3 });
  });

  it('past its id budget it still knows retries in a stream, but no longer ids used in forgotten streams', async () => {
    const small = open(fake, { maxCachedEventIds: 3 });
    const first = stream();
    const event = newEvent();
    const original = await small.append(first, [event]);
    await small.append(stream(), [newEvent()]); // pushes `first` out of the cache
    expect(await small.append(first, [event])).toEqual({ ...original, alreadyAppended: true });
    await small.append(stream(), [newEvent()]);
    // The documented limit: reuse in another stream goes unnoticed once the first stream is forgotten.
    await expect(small.append(stream(), [event])).resolves.toMatchObject({ alreadyAppended: false });
    await small.close();
  });

  it('reads backwards from past the end, and nothing from a missing stream', async () => {
    const s = stream();
    await a.append(
      s,
      Array.from({ length: 3 }, (_, i) => newEvent('N', { i })),
    );
    const back = await collect(a.readStream(s, { direction: 'backwards', fromRevision: 10, maxCount: 2 }));
    expect(back.map((e) => e.revision)).toEqual([2, 1]);
    expect(await collect(a.readStream(stream(), { direction: 'backwards', fromRevision: 3 }))).toEqual([]);
  });

  it('skips system events in the head position and in readAll', async () => {
    for (let i = 0; i < 6; i++) await a.append(stream(), [newEvent()]);
    const last = fake.log[fake.log.length - 1];
    expect(last.streamId.startsWith('$')).toBe(true);
    const all = await collect(a.readAll());
    expect(all).toHaveLength(6);
    expect(await a.headPosition()).toBe(all[5].position);
  });

  it('moves the subscription position over events its filter leaves out', async () => {
    const watched = stream();
    const seen: RecordedEvent[] = [];
    let position = 0;
    const subscription = a.subscribe(
      { after: 0, filter: { streamPrefixes: [watched] } },
      (events, context) => {
        seen.push(...events);
        position = context.position;
      },
    );
    await subscription.caughtUp;
    const other = stream();
    for (let i = 0; i < 40; i++) await a.append(other, [newEvent()]);
    await waitUntil(() => position > 0);
    expect(seen).toEqual([]);
    await a.append(watched, [newEvent()]);
    await waitUntil(() => seen.length === 1);
    expect(position).toBe(seen[0].position);
    await subscription.stop();
    await subscription.done;
  });
});
