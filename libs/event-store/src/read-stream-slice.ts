import type { ReadStreamOptions, RecordedEvent } from './event-store';

/** Applies direction, start revision and count to a stream held as an array ordered by revision. */
export function readStreamSlice(
  events: readonly RecordedEvent[],
  options: ReadStreamOptions,
): RecordedEvent[] {
  const max = options.maxCount ?? Number.MAX_SAFE_INTEGER;
  if (options.direction === 'backwards') {
    const from = Math.min(options.fromRevision ?? events.length - 1, events.length - 1);
    return events.slice(Math.max(0, from - max + 1), from + 1).reverse();
  }
  const from = Math.max(0, options.fromRevision ?? 0);
  return events.slice(from, from + max);
}
