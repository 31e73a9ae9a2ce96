import { StreamStateCache } from './stream-state-cache';

const entry = (revision: number) => ({ state: { revision }, revision, commandIds: new Set<string>() });

describe('stream state cache', () => {
  it('forgets the least recently used stream beyond its capacity', () => {
    const cache = new StreamStateCache(2);
    const decider = {};
    const [a, b, c] = ['a', 'b', 'c'].map((s) => cache.key(decider, s));
    cache.offer(a, entry(0));
    cache.offer(b, entry(0));
    expect(cache.get(a)).toBeDefined(); // a is now the most recently used
    cache.offer(c, entry(0));
    expect(cache.get(b)).toBeUndefined();
    expect(cache.get(a)).toBeDefined();
    expect(cache.get(c)).toBeDefined();
    expect(cache.size).toBe(2);
  });

  it('never moves a stream back to an older revision', () => {
    const cache = new StreamStateCache(10);
    const key = cache.key({}, 's');
    cache.offer(key, entry(5));
    cache.offer(key, entry(3));
    expect(cache.get(key)?.revision).toBe(5);
    cache.offer(key, entry(6));
    expect(cache.get(key)?.revision).toBe(6);
  });

  it('keeps the folds of two deciders over one stream apart', () => {
    const cache = new StreamStateCache(10);
    expect(cache.key({}, 's')).not.toBe(cache.key({}, 's'));
    const decider = {};
    expect(cache.key(decider, 's')).toBe(cache.key(decider, 's'));
  });

  it('with capacity 0 keeps nothing', () => {
    const cache = new StreamStateCache(0);
    const key = cache.key({}, 's');
    cache.offer(key, entry(1));
    expect(cache.get(key)).toBeUndefined();
  });
});
