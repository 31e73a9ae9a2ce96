import { RateLimiter } from './rate-limiter';

describe('rate limiter', () => {
  it('allows up to the limit in a window, then refuses until the window passes', () => {
    let now = 0;
    const limiter = new RateLimiter(3, 60_000, () => now);
    expect([limiter.hit('a'), limiter.hit('a'), limiter.hit('a'), limiter.hit('a')]).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(limiter.hit('b')).toBe(true);
    expect(limiter.isBlocked('a')).toBe(true);
    expect(limiter.retryAfterSeconds('a')).toBe(60);
    now = 60_000;
    expect(limiter.hit('a')).toBe(true);
  });

  it('reset clears a key', () => {
    const limiter = new RateLimiter(1, 1000);
    limiter.hit('a');
    limiter.reset('a');
    expect(limiter.isBlocked('a')).toBe(false);
  });
});
