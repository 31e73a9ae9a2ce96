import { tmpdir } from 'node:os';

/** Every knob of `npm run bench:store`, read from the environment; all are printed at the start. */
export interface BenchConfig {
  /** BENCH_STREAMS: how many streams the events are spread over. */
  readonly streams: number;
  /** BENCH_SECONDS: each competitor's time on an append line (it also stops at the line's event cap). */
  readonly lineSeconds: number;
  /** BENCH_ROUNDS: slices each append line is cut into, the competitors taking turns. */
  readonly rounds: number;
  /** BENCH_ONE_EVENTS: event cap of the one-caller lines. */
  readonly oneEvents: number;
  /** BENCH_CONCURRENCY: callers of the concurrent line. */
  readonly concurrency: number;
  /** BENCH_CONCURRENT_EVENTS: event cap of the concurrent lines. */
  readonly concurrentEvents: number;
  /** BENCH_BATCH: events per append in the batch lines. */
  readonly batchSize: number;
  /** BENCH_BATCH_EVENTS: event cap of the batch lines. */
  readonly batchEvents: number;
  /** BENCH_REPLAY_EVENTS: size of the log that replay and subscription catch-up read. */
  readonly replayEvents: number;
  /** BENCH_READ_ROUNDS: passes over the log per reader, the readers taking turns. */
  readonly readRounds: number;
  /** BENCH_READ_SECONDS: the longest a read line runs (only the peer's slow reads come near it). */
  readonly readSeconds: number;
  /** BENCH_PEER=0 leaves out the peer (emmett-sqlite). */
  readonly peer: boolean;
  /** BENCH_PEER_REPLAY_EVENTS: size of the peer's replay log (defaults to BENCH_REPLAY_EVENTS). */
  readonly peerReplayEvents: number;
  /** BENCH_ONLY: comma-separated subset of lines (one, concurrent, batch, replay). */
  readonly only: ReadonlySet<string>;
  readonly tmpDir: string;
}

const int = (name: string, fallback: number): number => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw.replace(/_/g, ''));
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got ${raw}`);
  return value;
};

export const LINES = ['one', 'concurrent', 'batch', 'replay'] as const;
export type LineName = (typeof LINES)[number];

export function readConfig(): BenchConfig {
  const replayEvents = Math.floor(int('BENCH_REPLAY_EVENTS', 1_000_000));
  const only = (process.env.BENCH_ONLY ?? LINES.join(','))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const line of only) {
    if (!(LINES as readonly string[]).includes(line)) throw new Error(`BENCH_ONLY: unknown line ${line}`);
  }
  return {
    streams: Math.floor(int('BENCH_STREAMS', 10_000)),
    lineSeconds: int('BENCH_SECONDS', 8),
    rounds: Math.floor(int('BENCH_ROUNDS', 16)),
    oneEvents: Math.floor(int('BENCH_ONE_EVENTS', 60_000)),
    concurrency: Math.floor(int('BENCH_CONCURRENCY', 32)),
    concurrentEvents: Math.floor(int('BENCH_CONCURRENT_EVENTS', 300_000)),
    batchSize: Math.floor(int('BENCH_BATCH', 100)),
    batchEvents: Math.floor(int('BENCH_BATCH_EVENTS', 600_000)),
    replayEvents,
    readRounds: Math.floor(int('BENCH_READ_ROUNDS', 2)),
    readSeconds: int('BENCH_READ_SECONDS', 20),
    peer: !['0', 'false', 'no'].includes((process.env.BENCH_PEER ?? '1').toLowerCase()),
    peerReplayEvents: Math.floor(int('BENCH_PEER_REPLAY_EVENTS', replayEvents)),
    only: new Set(only),
    tmpDir: tmpdir(),
  };
}
