import { envFlag, envLines, envNumber } from '../env-knobs';
import { tmpdir } from 'node:os';

/** The lines of `npm run bench:api`, in the order each round runs them. */
export const LINES = [
  'ceiling',
  'single-insert',
  'record',
  'confirm',
  'summary',
  'signup',
  'checkin',
] as const;
export type LineName = (typeof LINES)[number];

/** Every knob of `npm run bench:api`, read from the environment; all are printed at the start. */
export interface ApiBenchConfig {
  /** BENCH_SECONDS: length of one measured run of one line. */
  readonly seconds: number;
  /** BENCH_WARMUP_SECONDS: one unmeasured run per line before the first round (0 skips it). */
  readonly warmupSeconds: number;
  /** BENCH_ROUNDS: how often every line is measured; the report gives the medians. */
  readonly rounds: number;
  /** BENCH_CONNECTIONS: autocannon connections (the issue fixes 32). */
  readonly connections: number;
  /** BENCH_VOLUNTEERS: volunteers registered before measuring; requests rotate over them. */
  readonly volunteers: number;
  /** BENCH_CHECKIN_VOLUNTEERS: volunteer accounts the check-in line signs in (each checks in once per activity). */
  readonly checkinVolunteers: number;
  /** BENCH_ONLY: comma-separated subset of the lines (the ratios need ceiling and single-insert). */
  readonly only: ReadonlySet<LineName>;
  /** BENCH_WRITE_DOC=0 leaves docs/performance.md alone. */
  readonly writeDoc: boolean;
  /** BENCH_CPU_PROF=<dir>: the ledger server runs with --cpu-prof and writes its profile there. */
  readonly cpuProfDir: string | undefined;
  /** BENCH_KEEP_DATA=1 keeps the ledger's data dir (its path is printed). */
  readonly keepData: boolean;
  readonly tmpDir: string;
}

export function readConfig(): ApiBenchConfig {
  const only = envLines(LINES);
  return {
    seconds: envNumber('BENCH_SECONDS', 10),
    warmupSeconds: envNumber('BENCH_WARMUP_SECONDS', 3, true),
    rounds: Math.floor(envNumber('BENCH_ROUNDS', 3)),
    connections: Math.floor(envNumber('BENCH_CONNECTIONS', 32)),
    volunteers: Math.floor(envNumber('BENCH_VOLUNTEERS', 2000)),
    checkinVolunteers: Math.floor(envNumber('BENCH_CHECKIN_VOLUNTEERS', 400)),
    only,
    writeDoc: envFlag('BENCH_WRITE_DOC', true),
    cpuProfDir: process.env.BENCH_CPU_PROF || undefined,
    keepData: envFlag('BENCH_KEEP_DATA', false),
    tmpDir: tmpdir(),
  };
}
