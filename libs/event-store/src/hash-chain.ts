import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';
import type { JsonObject, RecordedEvent } from './event-store';

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
