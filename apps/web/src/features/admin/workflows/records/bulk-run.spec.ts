import { ApiError } from '../../../../api/api-error';
import { type BulkProgress, runBulk, tallyBulk } from './bulk-run';

const refusal = (code: string) => new ApiError(422, code, code);

/** A promise the test settles by hand, to watch what is in flight. */
function deferred() {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('running a bulk confirmation', () => {
  it('never has more than the pool size in flight, and starts the next as one finishes', async () => {
    const pending = Array.from({ length: 10 }, deferred);
    let inFlight = 0;
    let most = 0;
    const started: number[] = [];
    const run = runBulk(
      pending.map((_, i) => i),
      async (i) => {
        started.push(i);
        inFlight++;
        most = Math.max(most, inFlight);
        try {
          await pending[i].promise;
        } finally {
          inFlight--;
        }
      },
      { concurrency: 4 },
    );
    await flush();
    expect(started).toEqual([0, 1, 2, 3]);
    pending[1].resolve();
    await flush();
    expect(started).toEqual([0, 1, 2, 3, 4]);
    pending.forEach((d) => d.resolve());
    await run;
    expect(most).toBe(4);
    expect(started).toHaveLength(10);
  });

  it('runs one after another with a pool of 1', async () => {
    const order: string[] = [];
    await runBulk(
      ['a', 'b', 'c'],
      async (x) => {
        order.push(`start ${x}`);
        await flush();
        order.push(`end ${x}`);
      },
      { concurrency: 1 },
    );
    expect(order).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('keeps going past refusals and returns every outcome in the order of the items', async () => {
    const outcomes = await runBulk(['r1', 'r2', 'r3', 'r4'], async (id) => {
      await new Promise((resolve) => setTimeout(resolve, id === 'r1' ? 5 : 0));
      if (id === 'r2') throw refusal('SELF_CONFIRMATION');
      if (id === 'r4') throw new TypeError('Failed to fetch');
    });
    expect(outcomes.map((o) => [o.item, o.status])).toEqual([
      ['r1', 'done'],
      ['r2', 'refused'],
      ['r3', 'done'],
      ['r4', 'refused'],
    ]);
    expect(outcomes[1]).toMatchObject({ code: 'SELF_CONFIRMATION' });
    expect(outcomes[3]).toMatchObject({ code: 'NETWORK_ERROR' });
  });

  it('reports progress as done/total after every item, starting at zero', async () => {
    const seen: BulkProgress[] = [];
    await runBulk(
      [1, 2, 3],
      async (n) => {
        if (n === 2) throw refusal('OVERLAPPING_SERVICE');
      },
      { concurrency: 1, onProgress: (p) => seen.push(p) },
    );
    expect(seen.map((p) => `${p.done}/${p.total} ok ${p.succeeded} refused ${p.refused}`)).toEqual([
      '0/3 ok 0 refused 0',
      '1/3 ok 1 refused 0',
      '2/3 ok 1 refused 1',
      '3/3 ok 2 refused 1',
    ]);
  });

  it('stops handing out work when stopped; what was never sent is "not run"', async () => {
    const stop = new AbortController();
    const outcomes = await runBulk(
      [1, 2, 3, 4, 5],
      async (n) => {
        if (n === 2) stop.abort();
      },
      { concurrency: 1, signal: stop.signal },
    );
    expect(outcomes.map((o) => o.status)).toEqual(['done', 'done', 'not-run', 'not-run', 'not-run']);
  });

  it('answers an empty selection at once', async () => {
    const work = jest.fn();
    expect(await runBulk([], work)).toEqual([]);
    expect(work).not.toHaveBeenCalled();
  });
});

describe('the tally of a bulk run', () => {
  it('counts successes, refusals per code (most frequent first) and what was not run', async () => {
    const codes: Record<string, string> = {
      b: 'OVERLAPPING_SERVICE',
      c: 'SELF_CONFIRMATION',
      d: 'OVERLAPPING_SERVICE',
      e: 'RECORD_NOT_PENDING',
    };
    const outcomes = await runBulk(['a', 'b', 'c', 'd', 'e', 'f'], async (id) => {
      if (codes[id]) throw refusal(codes[id]);
    });
    const tally = tallyBulk([...outcomes, { item: 'g', status: 'not-run' as const }]);
    expect(tally).toMatchObject({ total: 7, succeeded: 2, refused: 4, notRun: 1 });
    expect(tally.byCode).toEqual([
      { code: 'OVERLAPPING_SERVICE', count: 2 },
      { code: 'RECORD_NOT_PENDING', count: 1 },
      { code: 'SELF_CONFIRMATION', count: 1 },
    ]);
    expect(tally.refusals.map((r) => `${r.item}:${r.code}`)).toEqual([
      'b:OVERLAPPING_SERVICE',
      'c:SELF_CONFIRMATION',
      'd:OVERLAPPING_SERVICE',
      'e:RECORD_NOT_PENDING',
    ]);
  });

  it('is all zeros for nothing', () => {
    expect(tallyBulk([])).toEqual({
      total: 0,
      succeeded: 0,
      refused: 0,
      notRun: 0,
      byCode: [],
      refusals: [],
    });
  });
});
