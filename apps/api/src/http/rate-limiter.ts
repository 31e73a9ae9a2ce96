/**
 * Fixed-window counters per key (a client address), kept in memory. Good enough for one node; behind
 * a load balancer each node limits on its own, which only makes the limit per node.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();
  private lastSweep = 0;

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one hit; false when the key is over its limit in the current window. */
  hit(key: string): boolean {
    const window = this.current(key);
    window.count++;
    return window.count <= this.limit;
  }

  /** True when the key has used up its window (without counting a hit). */
  isBlocked(key: string): boolean {
    return this.current(key).count >= this.limit;
  }

  reset(key: string): void {
    this.windows.delete(key);
  }

  retryAfterSeconds(key: string): number {
    const window = this.windows.get(key);
    if (!window) return 0;
    return Math.max(1, Math.ceil((window.start + this.windowMs - this.now()) / 1000));
  }

  private current(key: string): { start: number; count: number } {
    const now = this.now();
    this.sweep(now);
    let window = this.windows.get(key);
    if (!window || now - window.start >= this.windowMs) {
      window = { start: now, count: 0 };
      this.windows.set(key, window);
    }
    return window;
  }

  /** Forgets expired windows now and then, so the map cannot grow without bound. */
  private sweep(now: number): void {
    if (now - this.lastSweep < this.windowMs) return;
    this.lastSweep = now;
    for (const [key, window] of this.windows)
      if (now - window.start >= this.windowMs) this.windows.delete(key);
  }
}
