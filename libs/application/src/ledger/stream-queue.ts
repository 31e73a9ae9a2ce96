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

/** How one piece of work of a batch ended: its own value or its own error. */
export type Outcome<R> =
  { readonly ok: true; readonly value: R } | { readonly ok: false; readonly error: unknown };

export interface StreamBatchQueueOptions<J, R> {
  /** The most pieces of work taken together (one append stays bounded). */
  readonly maxBatch: number;
  /** Whether `next` may join a batch that `first` opens (both of the same stream). */
  readonly sameBatch: (first: J, next: J) => boolean;
  /** Does a batch (in arrival order) and answers each piece of it, in the same order. */
  readonly work: (stream: string, batch: readonly J[]) => Promise<readonly Outcome<R>[]>;
}

interface Waiting<J, R> {
  readonly job: J;
  readonly resolve: (value: R) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Like {@link StreamQueue}, one batch of a stream at a time in arrival order, but the work that
 * arrived while the previous batch ran is taken together: a hot stream's commands then share one
 * append (and one disk flush) instead of each waiting for the previous one's. Work on an idle
 * stream starts at once, alone.
 */
export class StreamBatchQueue<J, R> {
  private readonly lines = new Map<string, Waiting<J, R>[]>();

  constructor(private readonly options: StreamBatchQueueOptions<J, R>) {}

  submit(stream: string, job: J): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const waiting: Waiting<J, R> = { job, resolve, reject };
      const line = this.lines.get(stream);
      if (line) {
        line.push(waiting);
        return;
      }
      this.lines.set(stream, [waiting]);
      void this.drain(stream);
    });
  }

  private async drain(stream: string): Promise<void> {
    const line = this.lines.get(stream)!;
    while (line.length > 0) {
      let size = 1;
      while (
        size < line.length &&
        size < this.options.maxBatch &&
        this.options.sameBatch(line[0].job, line[size].job)
      ) {
        size++;
      }
      const batch = line.splice(0, size);
      let outcomes: readonly Outcome<R>[];
      try {
        outcomes = await this.options.work(
          stream,
          batch.map((w) => w.job),
        );
      } catch (error) {
        outcomes = batch.map(() => ({ ok: false, error }));
      }
      batch.forEach((waiting, i) => {
        const outcome = outcomes[i] ?? {
          ok: false,
          error: new Error('the batch gave no answer for this work'),
        };
        if (outcome.ok) waiting.resolve(outcome.value);
        else waiting.reject(outcome.error);
      });
    }
    // Nothing awaited since the line was seen empty: no work can have joined it in between.
    this.lines.delete(stream);
  }

  /** Streams with work running or waiting (for tests and diagnostics). */
  get size(): number {
    return this.lines.size;
  }
}
