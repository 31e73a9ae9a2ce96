import { canonicalJson } from './canonical-json';
import { InvalidAppendError, WrongExpectedRevisionError } from './errors';
import type { ExpectedRevision, JsonObject, NewEvent } from './event-store';

/** -1 stands for "the stream has no events". */
export const NO_STREAM = -1;

export function validateAppend(stream: string, events: readonly NewEvent[]): void {
  if (typeof stream !== 'string' || stream.length === 0 || stream.length > 512) {
    throw new InvalidAppendError('stream name must be 1 to 512 characters');
  }
  if (stream.startsWith('$')) throw new InvalidAppendError('stream names starting with $ are reserved');
  const ids = new Set<string>();
  for (const event of events) {
    if (!event.id || typeof event.id !== 'string') throw new InvalidAppendError('every event needs an id');
    if (!event.type || typeof event.type !== 'string')
      throw new InvalidAppendError('every event needs a type');
    if (event.data === null || typeof event.data !== 'object' || Array.isArray(event.data)) {
      throw new InvalidAppendError(`event ${event.id}: data must be a JSON object`);
    }
    if (ids.has(event.id)) throw new InvalidAppendError(`event id ${event.id} appears twice in one append`);
    ids.add(event.id);
  }
}

export function checkExpectedRevision(stream: string, expected: ExpectedRevision, actual: number): void {
  const ok =
    expected === 'any' ||
    (expected === 'no_stream' && actual === NO_STREAM) ||
    (expected === 'stream_exists' && actual !== NO_STREAM) ||
    (typeof expected === 'number' && expected === actual);
  if (!ok)
    throw new WrongExpectedRevisionError(stream, expected, actual === NO_STREAM ? 'no_stream' : actual);
}

export function isValidExpectedRevision(value: unknown): value is ExpectedRevision {
  return (
    value === 'any' ||
    value === 'no_stream' ||
    value === 'stream_exists' ||
    (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0)
  );
}

/** A retry carries the same type and data; metadata (timestamps, request ids) may differ. */
export function sameContent(stored: { type: string; data: JsonObject }, incoming: NewEvent): boolean {
  return stored.type === incoming.type && canonicalJson(stored.data) === canonicalJson(incoming.data);
}

export function matchesFilter(
  event: { stream: string; type: string },
  filter?: { streamPrefixes?: readonly string[]; eventTypes?: readonly string[] },
): boolean {
  if (!filter) return true;
  if (filter.streamPrefixes && !filter.streamPrefixes.some((prefix) => event.stream.startsWith(prefix)))
    return false;
  if (filter.eventTypes && !filter.eventTypes.includes(event.type)) return false;
  return true;
}

/** Events are plain JSON: a round trip drops undefined, turns Dates into strings and refuses bigint. */
export function toPlainJson(value: JsonObject): JsonObject {
  return JSON.parse(JSON.stringify(value)) as JsonObject;
}
