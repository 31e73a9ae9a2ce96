/**
 * The folded state of recently used streams, each with the revision it was folded to and the
 * command ids already applied to it. A command then reads only the events appended since (usually
 * none) instead of the whole stream: the log stays the truth, the cache only saves re-reading it.
 *
 * Entries are replaced, never changed, except `commandIds`, which only grows and is shared by an
 * entry and its successors (a membership test against a newer superset is still correct: it sends
 * the caller down the slow path that reads the whole stream).
 */
export interface CachedStream {
  readonly state: unknown;
  /** The revision of the last event folded into `state` (-1: no event). */
  readonly revision: number;
  /** Ids of the commands whose events are folded in. */
  readonly commandIds: Set<string>;
}

export class StreamStateCache {
  /** A Map keeps insertion order: re-inserting on use makes its first key the least recently used. */
  private readonly entries = new Map<string, CachedStream>();
  private readonly deciderKeys = new WeakMap<object, number>();
  private deciders = 0;

  constructor(private readonly capacity: number) {}

  /** A stream may be folded by more than one decider; each fold is cached apart. */
  key(decider: object, stream: string): string {
    let id = this.deciderKeys.get(decider);
    if (id === undefined) {
      id = ++this.deciders;
      this.deciderKeys.set(decider, id);
    }
    return `${id}\u0000${stream}`;
  }

  get(key: string): CachedStream | undefined {
    const entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  /** Keeps the newer of what is cached and what is offered: concurrent folds never move it back. */
  offer(key: string, entry: CachedStream): void {
    if (this.capacity <= 0) return;
    const current = this.entries.get(key);
    if (current && current.revision >= entry.revision) return;
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  forget(key: string): void {
    this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }
}
