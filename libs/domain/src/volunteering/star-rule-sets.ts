/**
 * Star-level rule sets as data (星级志愿者). The national default counts confirmed cumulative hours:
 * 1★ ≥ 100 h, 2★ ≥ 300 h, 3★ ≥ 600 h, 4★ ≥ 1000 h, 5★ ≥ 1500 h. Local rule sets add entries here
 * (or, later, arrive as events); each figure derived from one names the id and version it used.
 */
export interface StarRuleSet {
  readonly id: string;
  readonly version: number;
  /** Hours needed for 1★ … 5★, ascending. */
  readonly thresholdsHours: readonly [number, number, number, number, number];
  readonly window: 'cumulative' | 'calendar-year';
}

export const NATIONAL_STAR_RULES: StarRuleSet = {
  id: 'national',
  version: 1,
  thresholdsHours: [100, 300, 600, 1000, 1500],
  window: 'cumulative',
};
