/**
 * Reads `read` until `done` holds for what it returned, and returns that: a wait on a condition
 * with a deadline, for work the server does by itself (its schedules). Past the deadline it fails
 * with what was read last, so a broken schedule is a clear failure, never a hang.
 */
export async function eventually<T>(
  what: string,
  read: () => Promise<T>,
  done: (value: T) => boolean,
  { timeoutMs = 20_000, pollMs = 50 }: { timeoutMs?: number; pollMs?: number } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`${what}: not reached within ${timeoutMs} ms; last read ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
