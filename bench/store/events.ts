/**
 * The events every line of the store benchmark appends: deterministic, about 300 bytes of JSON
 * (data plus metadata), spread over a fixed number of streams.
 *
 * Append k of a workload with batch size B carries events k·B … k·B+B−1 and goes to one stream
 * chosen by a hash of k, so the one-event and the batch lines write the same events, and every
 * competitor (our store, raw better-sqlite3 and the peer) writes exactly the same appends.
 *
 * This module has no runtime imports: the peer driver (plain JS in bench/peers/emmett) loads its
 * compiled form with require() so that the peer appends the very same events.
 */

export interface BenchEventInput {
  readonly id: string;
  readonly type: string;
  readonly data: { [key: string]: string | number | boolean | null };
  readonly metadata: { [key: string]: string | number | boolean | null | { [key: string]: string } };
}

export interface BenchAppend {
  readonly stream: string;
  readonly events: BenchEventInput[];
}

const TYPES = ['VolunteerHoursRecorded', 'ActivityJoined', 'ActivityCompleted', 'PointsAwarded'] as const;
const ROLES = ['guide', 'lecturer', 'organiser', 'assistant'] as const;
const REGIONS = ['410102', '410103', '410105', '410122', '410181', '410700'] as const;
const BASE_TIME = Date.UTC(2025, 0, 1, 8, 0, 0);

/** A 32-bit integer hash (splitmix-like); spreads consecutive numbers over the streams. */
export function mix(n: number): number {
  let x = (n + 0x9e3779b9) | 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** A UUID-shaped id that is unique per event index. */
export function eventId(i: number): string {
  return `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
}

export function streamName(appendIndex: number, streams: number): string {
  return `volunteer-${pad(mix(appendIndex) % streams, 6)}`;
}

/** Event number i (0-based): its JSON (data + metadata) is about 300 bytes. */
export function eventAt(i: number): BenchEventInput {
  const h = mix(i ^ 0x5bd1e995);
  const started = BASE_TIME + (h % 525_600) * 60_000;
  const minutes = 30 + (h % 8) * 15;
  return {
    id: eventId(i),
    type: TYPES[i % TYPES.length],
    data: {
      volunteerId: `vol-${pad(h % 1_000_000, 6)}`,
      activityId: `act-${pad((h >>> 8) % 100_000, 5)}`,
      regionCode: REGIONS[h % REGIONS.length],
      role: ROLES[(h >>> 3) % ROLES.length],
      minutes,
      points: minutes * 2,
      title: `科普讲解 ${pad(i % 10_000, 4)}`,
      startedAt: new Date(started).toISOString(),
    },
    metadata: {
      correlationId: eventId(i + 0x100000000),
      actor: { accountId: `acc-${pad(h % 50_000, 5)}`, role: 'coordinator' },
    },
  };
}

/** Append k of a workload: events k·batchSize … k·batchSize+batchSize−1, all to one stream. */
export function appendAt(k: number, batchSize: number, streams: number): BenchAppend {
  const events: BenchEventInput[] = new Array(batchSize);
  for (let j = 0; j < batchSize; j++) events[j] = eventAt(k * batchSize + j);
  return { stream: streamName(k, streams), events };
}

/**
 * The appends of one workload for one competitor, generated in small chunks as they are taken — a
 * heap full of pre-generated events would slow down the garbage collector, and with it whichever
 * competitor allocates most. The time spent generating is kept in `generatingMs` so that the
 * competitor can leave it out of its clock.
 */
export class AppendSource {
  generatingMs = 0;
  private chunk: BenchAppend[] = [];
  private index = 0;
  private generated = 0;
  private readonly maxAppends: number;
  private readonly chunkAppends: number;

  constructor(
    readonly batchSize: number,
    readonly streams: number,
    maxEvents: number,
  ) {
    this.maxAppends = Math.ceil(maxEvents / batchSize);
    this.chunkAppends = Math.max(1, Math.floor(5_000 / batchSize));
  }

  get exhausted(): boolean {
    return this.index >= this.chunk.length && this.generated >= this.maxAppends;
  }

  next(): BenchAppend | undefined {
    if (this.index >= this.chunk.length && !this.refill()) return undefined;
    return this.chunk[this.index++];
  }

  private refill(): boolean {
    if (this.generated >= this.maxAppends) return false;
    const started = performance.now();
    const count = Math.min(this.chunkAppends, this.maxAppends - this.generated);
    this.chunk = new Array(count);
    for (let i = 0; i < count; i++)
      this.chunk[i] = appendAt(this.generated + i, this.batchSize, this.streams);
    this.generated += count;
    this.index = 0;
    this.generatingMs += performance.now() - started;
    return true;
  }
}

/** Average UTF-8 size of data + metadata JSON over a sample of events. */
export function averageEventBytes(sample = 1000): number {
  let total = 0;
  for (let i = 0; i < sample; i++) {
    const e = eventAt(i);
    total += Buffer.byteLength(JSON.stringify(e.data)) + Buffer.byteLength(JSON.stringify(e.metadata));
  }
  return total / sample;
}
