/**
 * Runs the commands of one stream one after another within this process. Concurrent commands on a
 * hot stream (a popular benefit, a busy volunteer) would otherwise all decide on the same revision,
 * and all but one would lose at the append and decide again; in line, each decides on the state the
 * previous one left, and none is refused for a conflict it did not cause. Other processes (another
 * API node, the CLI) are still caught by the expected revision at the append.
 */
export class StreamQueue {
  private readonly tails = new Map<string, Promise<void>>();

  async run<T>(stream: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(stream);
    let done!: () => void;
    const finished = new Promise<void>((resolve) => (done = resolve));
    const tail = previous ? previous.then(() => finished) : finished;
    this.tails.set(stream, tail);
    try {
      if (previous) await previous;
      return await work();
    } finally {
      done();
      // The last in line removes the stream, so the map holds only streams with work queued.
      if (this.tails.get(stream) === tail) this.tails.delete(stream);
    }
  }

  /** Streams with commands running or waiting (for tests and diagnostics). */
  get size(): number {
    return this.tails.size;
  }
}
