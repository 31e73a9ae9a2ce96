/** Timing of redemptions; the defaults follow API.md (a hold lasts 30 minutes). */
export interface RedemptionSettings {
  /** How long an uncaptured hold lasts. */
  readonly holdMinutes: number;
  /** How long a volunteer's one-time code stays usable. */
  readonly codeMinutes: number;
  /** A request still at its first step after this long stopped half-way: release what it held. */
  readonly abandonAfterSeconds: number;
  /** How often the server sweeps (0: only at start, and when asked). */
  readonly sweepIntervalSeconds: number;
  /** Redemptions handled per query of a sweep. */
  readonly sweepBatch: number;
}

export const REDEMPTION_SETTINGS = Symbol('REDEMPTION_SETTINGS');

export const DEFAULT_REDEMPTION_SETTINGS: RedemptionSettings = {
  holdMinutes: 30,
  codeMinutes: 5,
  abandonAfterSeconds: 60,
  sweepIntervalSeconds: 30,
  sweepBatch: 500,
};
