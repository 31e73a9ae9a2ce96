import * as nodeCrypto from 'node:crypto';
import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';
import type { JsonObject, JsonValue, RecordedEvent } from './event-store';

/** The part of an event its hash covers. The global position is left out so that an exported log
 * imported into another store (where positions differ) keeps the same chain. */
export interface HashedContent {
  readonly stream: string;
  readonly revision: number;
  readonly id: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: JsonObject;
  readonly metadata: JsonObject;
  readonly recordedAt: string;
  readonly prevHash: string | null;
}

export function eventHash(content: HashedContent): string {
  return createHash('sha256')
    .update(
      canonicalJson({
        stream: content.stream,
        revision: content.revision,
        id: content.id,
        type: content.type,
        schemaVersion: content.schemaVersion,
        data: content.data,
        metadata: content.metadata,
        recordedAt: content.recordedAt,
        prevHash: content.prevHash,
      }),
    )
    .digest('hex');
}

/** SHA-256 as hex; the one-shot `crypto.hash` (Node ≥ 20.12) skips the Hash object. */
const sha256Hex: (text: string) => string =
  typeof nodeCrypto.hash === 'function'
    ? (text) => nodeCrypto.hash('sha256', text, 'hex')
    : (text) => nodeCrypto.createHash('sha256').update(text).digest('hex');

/** Object keys quoted as JSON strings; events of one type repeat the same few keys. Bounded. */
const quotedKeys = new Map<string, string>();
const quoteKey = (key: string): string => {
  let quoted = quotedKeys.get(key);
  if (quoted === undefined) {
    quoted = JSON.stringify(key);
    if (quotedKeys.size < 10_000) quotedKeys.set(key, quoted);
  }
  return quoted;
};

/**
 * RFC 8785 canonical JSON of a value that is plain JSON already (it came out of JSON.parse): the same
 * bytes as `canonicalJson`, without its generality (toJSON, undefined, NaN cannot occur here).
 */
function canonicalPlainJson(value: JsonValue): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i === 0 ? '' : ',') + canonicalPlainJson(value[i]);
    return out + ']';
  }
  const keys = Object.keys(value).sort();
  let out = '{';
  for (let i = 0; i < keys.length; i++) {
    out += (i === 0 ? '' : ',') + quoteKey(keys[i]) + ':' + canonicalPlainJson(value[keys[i]]);
  }
  return out + '}';
}

/**
 * `eventHash(content)`, faster, for content whose data and metadata are plain JSON (as appended after
 * a JSON round trip, or read back from a store): the canonical text is built
 * directly, keys in RFC 8785 order. Anything unusual in the other fields takes `eventHash` itself.
 * Each store checks the two agree on its first append (see `hashOf`), and the contract suite checks
 * every hash it reads back against `eventHash`.
 */
export function plainEventHash(content: HashedContent): string {
  if (
    typeof content.recordedAt !== 'string' ||
    typeof content.schemaVersion !== 'number' ||
    !Number.isFinite(content.schemaVersion)
  ) {
    return eventHash(content);
  }
  const text =
    '{"data":' +
    canonicalPlainJson(content.data) +
    ',"id":' +
    JSON.stringify(content.id) +
    ',"metadata":' +
    canonicalPlainJson(content.metadata) +
    ',"prevHash":' +
    JSON.stringify(content.prevHash) +
    ',"recordedAt":' +
    JSON.stringify(content.recordedAt) +
    ',"revision":' +
    String(content.revision) +
    ',"schemaVersion":' +
    JSON.stringify(content.schemaVersion) +
    ',"stream":' +
    JSON.stringify(content.stream) +
    ',"type":' +
    JSON.stringify(content.type) +
    '}';
  return sha256Hex(text);
}

export type ChainProblemKind = 'altered' | 'removed' | 'reordered' | 'position-gap';

export interface ChainProblem {
  readonly kind: ChainProblemKind;
  readonly stream: string;
  readonly revision: number;
  readonly position: number;
  readonly eventId: string;
  readonly detail: string;
}

export interface ChainReport {
  readonly events: number;
  readonly streams: number;
  readonly problems: readonly ChainProblem[];
}

/**
 * Checks every stream's hash chain while reading the log once in global order.
 * - altered: the stored hash does not match the event's content;
 * - removed: a revision is missing (the next one does not follow, or its prevHash points elsewhere);
 * - reordered: revisions go backwards;
 * - position-gap: global positions skip (only where the store promises gapless positions).
 */
export class ChainVerifier {
  private readonly heads = new Map<string, { revision: number; hash: string }>();
  private readonly found: ChainProblem[] = [];
  private count = 0;
  private lastPosition = 0;

  constructor(
    private readonly gaplessPositions: boolean,
    private readonly maxProblems = 1000,
  ) {}

  check(event: RecordedEvent): void {
    this.count++;
    if (this.gaplessPositions && event.position !== this.lastPosition + 1) {
      this.report(
        event,
        'position-gap',
        `position ${this.lastPosition + 1} to ${event.position - 1} missing`,
      );
    }
    this.lastPosition = event.position;

    const expectedHash = eventHash(event);
    if (expectedHash !== event.hash) {
      this.report(event, 'altered', 'content does not match its hash');
    }
    const head = this.heads.get(event.stream);
    const previousRevision = head?.revision ?? -1;
    if (event.revision <= previousRevision) {
      this.report(event, 'reordered', `revision ${event.revision} after ${previousRevision}`);
    } else if (event.revision !== previousRevision + 1) {
      this.report(
        event,
        'removed',
        `revision ${previousRevision + 1} to ${event.revision - 1} missing before it`,
      );
    } else if (event.prevHash !== (head?.hash ?? null)) {
      this.report(event, 'altered', 'prevHash does not match the previous event of the stream');
    }
    // Follow the stored hash so that one altered event is reported once, not for its whole tail.
    this.heads.set(event.stream, { revision: Math.max(event.revision, previousRevision), hash: event.hash });
  }

  report(event: RecordedEvent, kind: ChainProblemKind, detail: string): void {
    if (this.found.length >= this.maxProblems) return;
    this.found.push({
      kind,
      stream: event.stream,
      revision: event.revision,
      position: event.position,
      eventId: event.id,
      detail,
    });
  }

  result(): ChainReport {
    return { events: this.count, streams: this.heads.size, problems: [...this.found] };
  }
}

export async function verifyChain(
  events: AsyncIterable<RecordedEvent>,
  options: { gaplessPositions: boolean; onProgress?: (checked: number) => void },
): Promise<ChainReport> {
  const verifier = new ChainVerifier(options.gaplessPositions);
  let n = 0;
  for await (const event of events) {
    verifier.check(event);
    if (options.onProgress && ++n % 10_000 === 0) options.onProgress(n);
  }
  return verifier.result();
}
