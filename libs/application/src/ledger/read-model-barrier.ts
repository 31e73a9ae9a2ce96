/**
 * Lets a write wait until the read models reflect it, so that in the embedded default a read made
 * after a write's response has returned sees that write. With a remote store there is no such
 * promise across nodes; the barrier then returns at once.
 */
export abstract class ReadModelBarrier {
  abstract waitFor(position: number): Promise<void>;
}

export class NoReadModelBarrier extends ReadModelBarrier {
  async waitFor(): Promise<void> {}
}
