/** What the adapter knows of one stream: its head and the ids of every event up to that head. */
export interface StreamState {
  /** Revision of the last event read or written (-1: the stream has no events). */
  revision: number;
  /** Hash of that event, the `prevHash` of the next append. */
  hash: string | null;
  /** EventStoreDB event id -> revision, complete from revision 0 to `revision`. */
  readonly ids: Map<string, number>;
}

/**
 * An in-process cache of event ids, because EventStoreDB cannot look an event up by id.
 *
 * Per stream it holds every id up to a known head, so an append only reads the events written
 * since (by this process or any other) to recognise a retry anywhere in the stream. Across
 * streams it remembers which stream each cached id belongs to: that is how a reused id in another
 * stream is caught, and why that check is best effort: an id is only known while its stream is
 * cached here. Least recently used streams are dropped once more than `maxIds` ids are held
 * (each stream counting as one more, so that empty ones cannot pile up).
 */
export class EventIdIndex {
  private readonly streams = new Map<string, StreamState>();
  private readonly owners = new Map<string, string>();
  private count = 0;

  constructor(private readonly maxIds: number) {}

  /** The state of a stream (a fresh one if unknown), marked as most recently used. */
  state(stream: string): StreamState {
    const known = this.streams.get(stream);
    if (known) this.streams.delete(stream);
    else this.count++;
    const state = known ?? { revision: -1, hash: null, ids: new Map<string, number>() };
    this.streams.set(stream, state);
    return state;
  }

  /** Records the stream's next event; events must come in revision order. */
  add(stream: string, state: StreamState, esdbId: string, revision: number, hash: string): void {
    if (!state.ids.has(esdbId)) this.count++;
    state.ids.set(esdbId, revision);
    this.owners.set(esdbId, stream);
    state.revision = revision;
    state.hash = hash;
  }

  /** The stream a cached id was seen in. */
  ownerOf(esdbId: string): string | undefined {
    return this.owners.get(esdbId);
  }

  forget(stream: string): void {
    const state = this.streams.get(stream);
    if (!state) return;
    this.streams.delete(stream);
    this.count -= state.ids.size + 1;
    for (const id of state.ids.keys()) if (this.owners.get(id) === stream) this.owners.delete(id);
  }

  /** Drops least recently used streams until within budget, sparing those still in use. */
  trim(inUse: (stream: string) => boolean): void {
    if (this.count <= this.maxIds) return;
    for (const stream of this.streams.keys()) {
      if (!inUse(stream)) this.forget(stream);
      if (this.count <= this.maxIds) return;
    }
  }

  /** Ids and streams held, the measure `maxIds` bounds. */
  get size(): number {
    return this.count;
  }
}
