import type { VolunteerSummary } from '../volunteer-api';

/**
 * The rule set that will judge the volunteer, as the summary names it (`starRuleSet`): that of the
 * round of the volunteer's region (or a region containing it), else the national set. The ledger
 * decides which; the home page only shows it.
 */
export interface SummaryStarRuleSet {
  readonly id: string;
  readonly name: string;
  readonly thresholdsHours: readonly number[];
  readonly window: 'cumulative' | 'calendar-year';
  /** The round applying it to the volunteer's region; null when none has (the national set). */
  readonly roundId: string | null;
  /** The confirmed minutes it counts today (this calendar year's for a calendar-year set). */
  readonly qualifyingMinutes: number;
}

export type JudgedSummary = VolunteerSummary & { readonly starRuleSet?: SummaryStarRuleSet };
