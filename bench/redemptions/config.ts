import { envFlag, envLines, envNumber } from '../env-knobs';
import { tmpdir } from 'node:os';

/** The lines of `npm run bench:redemptions`, in the order each round runs them. */
export const LINES = ['redeem-hot', 'redeem-capture', 'redeem-spread'] as const;
export type LineName = (typeof LINES)[number];

/** Every knob of `npm run bench:redemptions`, read from the environment; all are printed at the start. */
export interface RedemptionBenchConfig {
  /** BENCH_SECONDS: length of one measured run of one line. */
  readonly seconds: number;
  /** BENCH_WARMUP_SECONDS: one unmeasured run per line before the first round (0 skips it). */
  readonly warmupSeconds: number;
  /** BENCH_ROUNDS: how often every line is measured; the report gives the medians. */
  readonly rounds: number;
  /** BENCH_CONNECTIONS: autocannon connections (the issue fixes 32). */
  readonly connections: number;
  /** BENCH_VOLUNTEERS: volunteers with points; redemptions rotate over them. */
  readonly volunteers: number;
  /** BENCH_SPREAD_BENEFITS: benefits the spread line rotates over. */
  readonly spreadBenefits: number;
  /** BENCH_POINTS_COST: points a redemption holds. */
  readonly pointsCost: number;
  /** BENCH_SERVICE_HOURS: one confirmed session of this length per volunteer (10 points an hour). */
  readonly serviceHours: number;
  /** BENCH_ONLY: comma-separated subset of the lines. */
  readonly only: ReadonlySet<LineName>;
  /** BENCH_CPU_PROF=<dir>: the ledger server runs with --cpu-prof and writes its profile there. */
  readonly cpuProfDir: string | undefined;
  /** BENCH_KEEP_DATA=1 keeps the ledger's data dir (its path is printed). */
  readonly keepData: boolean;
  readonly tmpDir: string;
}

export function readConfig(): RedemptionBenchConfig {
  const only = envLines(LINES);
  const serviceHours = Math.floor(envNumber('BENCH_SERVICE_HOURS', 8));
  if (serviceHours > 24) throw new Error('BENCH_SERVICE_HOURS: a session lasts at most 24 hours');
  return {
    seconds: envNumber('BENCH_SECONDS', 10),
    warmupSeconds: envNumber('BENCH_WARMUP_SECONDS', 3, true),
    rounds: Math.floor(envNumber('BENCH_ROUNDS', 3)),
    connections: Math.floor(envNumber('BENCH_CONNECTIONS', 32)),
    volunteers: Math.floor(envNumber('BENCH_VOLUNTEERS', 2000)),
    spreadBenefits: Math.floor(envNumber('BENCH_SPREAD_BENEFITS', 50)),
    pointsCost: Math.floor(envNumber('BENCH_POINTS_COST', 1)),
    serviceHours,
    only,
    cpuProfDir: process.env.BENCH_CPU_PROF || undefined,
    keepData: envFlag('BENCH_KEEP_DATA', false),
    tmpDir: tmpdir(),
  };
}
