import { StreamQueue } from './stream-queue';

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
