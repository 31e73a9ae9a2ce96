import { StreamBatchQueue, StreamQueue } from './stream-queue';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('stream queue', () => {
  it('runs the work of one stream one at a time, in arrival order', async () => {
    const queue = new StreamQueue();
    const log: string[] = [];
    let running = 0;
    const work = (name: string) => async () => {
      running++;
      expect(running).toBe(1);
      log.push(`start ${name}`);
      await tick();
      log.push(`end ${name}`);
      running--;
      return name;
    };
    const results = await Promise.all(['a', 'b', 'c'].map((name) => queue.run('s', work(name))));
    expect(results).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
    expect(queue.size).toBe(0);
  });

  it('lets different streams run side by side, and a failure does not block the line', async () => {
    const queue = new StreamQueue();
    let together = 0;
    let most = 0;
    const work = async () => {
      most = Math.max(most, ++together);
      await tick();
      together--;
    };
    await Promise.all([queue.run('a', work), queue.run('b', work)]);
    expect(most).toBe(2);
    await expect(queue.run('a', () => Promise.reject(new Error('refused')))).rejects.toThrow('refused');
    await expect(queue.run('a', () => Promise.resolve('next'))).resolves.toBe('next');
    expect(queue.size).toBe(0);
  });
});

describe('stream batch queue', () => {
  it('starts work on an idle stream alone, then takes what waited together, in arrival order', async () => {
    const batches: string[][] = [];
    const queue = new StreamBatchQueue<string, string>({
      maxBatch: 3,
      sameBatch: (first, next) => first[0] === next[0],
      work: async (_stream, jobs) => {
        batches.push([...jobs]);
        await tick();
        return jobs.map((job) => ({ ok: true, value: job.toUpperCase() }));
      },
    });
    const jobs = ['a1', 'a2', 'a3', 'b1', 'a4', 'a5', 'a6', 'a7', 'a8'];
    const results = await Promise.all(jobs.map((job) => queue.submit('s', job)));
    expect(results).toEqual(jobs.map((job) => job.toUpperCase()));
    expect(batches).toEqual([['a1'], ['a2', 'a3'], ['b1'], ['a4', 'a5', 'a6'], ['a7', 'a8']]);
    expect(queue.size).toBe(0);
  });

  it('answers each piece of a batch with its own outcome; a failed batch fails only its own pieces', async () => {
    const queue = new StreamBatchQueue<number, number>({
      maxBatch: 10,
      sameBatch: () => true,
      work: async (_stream, jobs) => {
        await tick();
        if (jobs.includes(0)) throw new Error('broken');
        return jobs.map((n) =>
          n % 2 ? { ok: true, value: n } : { ok: false, error: new Error(`even ${n}`) },
        );
      },
    });
    const outcomes = await Promise.allSettled([1, 2, 3, 5].map((n) => queue.submit('s', n)));
    expect(outcomes.map((o) => (o.status === 'fulfilled' ? o.value : (o.reason as Error).message))).toEqual([
      1,
      'even 2',
      3,
      5,
    ]);
    await expect(queue.submit('s', 0)).rejects.toThrow('broken');
    await expect(queue.submit('s', 7)).resolves.toBe(7);
    expect(queue.size).toBe(0);
  });
});
