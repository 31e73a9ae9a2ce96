import type { JsonObject, RecordedEvent } from './event-store';

/**
 * Turns the data of an event written under an old schema version into the next version's shape.
 * Stored events are never rewritten (their hashes cover the original bytes); upcasting happens on
 * every read, above the store, so deciders and projections only ever see the current shape.
 */
export interface Upcaster {
  readonly type: string;
  readonly fromVersion: number;
  upcast(data: JsonObject, event: RecordedEvent): JsonObject;
}

export class UpcasterChain {
  private readonly byKey = new Map<string, Upcaster>();

  constructor(upcasters: readonly Upcaster[] = []) {
    for (const upcaster of upcasters) {
      const key = `${upcaster.type}@${upcaster.fromVersion}`;
      if (this.byKey.has(key)) throw new Error(`two upcasters for ${key}`);
      this.byKey.set(key, upcaster);
    }
  }

  /** Applies every step from the event's version up; an event already current is returned as it is. */
  upcast(event: RecordedEvent): RecordedEvent {
    if (this.byKey.size === 0) return event;
    let current = event;
    for (let step = this.byKey.get(`${current.type}@${current.schemaVersion}`); step;) {
      current = {
        ...current,
        data: step.upcast(current.data, current),
        schemaVersion: current.schemaVersion + 1,
      };
      step = this.byKey.get(`${current.type}@${current.schemaVersion}`);
    }
    return current;
  }
}
