import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** One measured line: how many events were written (or read) in how long, and what failed. */
export interface Measurement {
  readonly events: number;
  readonly seconds: number;
  /** Appends (or reads) that failed, by error code. */
  readonly errors: number;
  readonly errorKinds: Readonly<Record<string, number>>;
  readonly note?: string;
  /** Set when the line could not be measured at all (the figure is then missing, not zero). */
  readonly unavailable?: string;
}

export const rate = (m: Measurement | undefined): number | undefined =>
  m && !m.unavailable && m.seconds > 0 ? m.events / m.seconds : undefined;

export const unavailable = (reason: string): Measurement => ({
  events: 0,
  seconds: 0,
  errors: 0,
  errorKinds: {},
  unavailable: reason,
});

export class ErrorTally {
  count = 0;
  readonly kinds: Record<string, number> = {};

  add(error: unknown): void {
    this.count++;
    const code =
      (error as { code?: unknown })?.code ??
      (error as { name?: unknown })?.name ??
      (error instanceof Error ? error.constructor.name : typeof error);
    const key = String(code);
    this.kinds[key] = (this.kinds[key] ?? 0) + 1;
  }
}

export const now = (): number => performance.now();

/** A fresh directory in the OS temp dir for one line's SQLite file; removed afterwards. */
export async function withTempFile<T>(label: string, run: (file: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), `bench-store-${label}-`));
  try {
    return await run(join(dir, 'events.sqlite'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let gcFunction: (() => void) | undefined;

/** A full collection between lines, so that one line's garbage is not collected on another's clock. */
export function collectGarbage(): void {
  if (!gcFunction) {
    setFlagsFromString('--expose-gc');
    gcFunction = runInNewContext('gc') as () => void;
  }
  gcFunction();
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A competitor on an append line: appends from its own cursor, in slices, and keeps its totals. */
export interface Appender {
  readonly exhausted: boolean;
  /** Appends for about `seconds` (or until the appends run out); in-flight appends finish inside it. */
  runFor(seconds: number): Promise<void>;
  result(): Measurement;
  close(): Promise<void>;
}

/**
 * Runs the competitors of one line in turns — `rounds` slices each, the order flipping every
 * round — so that the disk's swings (it is shared and noisy) fall on all of them alike.
 */
export async function interleave(
  appenders: readonly Appender[],
  seconds: number,
  rounds: number,
): Promise<void> {
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? appenders : [...appenders].reverse();
    // No collection between slices: the garbage a competitor makes is collected on its own clock.
    for (const appender of order) if (!appender.exhausted) await appender.runFor(seconds / rounds);
  }
}

/** Totals of several passes of the same line: events and seconds add up, so the rate is their ratio. */
export function combine(passes: readonly Measurement[]): Measurement {
  const missing = passes.find((p) => p.unavailable);
  if (missing) return missing;
  const errorKinds: Record<string, number> = {};
  for (const p of passes) {
    for (const [k, n] of Object.entries(p.errorKinds)) errorKinds[k] = (errorKinds[k] ?? 0) + n;
  }
  return {
    events: passes.reduce((s, p) => s + p.events, 0),
    seconds: passes.reduce((s, p) => s + p.seconds, 0),
    errors: passes.reduce((s, p) => s + p.errors, 0),
    errorKinds,
    note: passes[0]?.note,
  };
}
