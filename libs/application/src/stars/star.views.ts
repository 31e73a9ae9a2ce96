import {
  type StarCandidate,
  type StarRuleSetDefinition,
  ruleVersionOf,
  type StarWindow,
} from '@ledger/domain';
import type { StarRoundCandidateRow, StarRoundRow } from '@ledger/projections';

export interface RuleSetView {
  readonly id: string;
  readonly name: string;
  readonly version: number;
  /** `<id>@v<version>`: recorded with every round and award that applied it. */
  readonly ruleVersion: string;
  readonly thresholdsHours: readonly number[];
  readonly window: StarWindow;
  readonly noticeWorkingDays: number;
  /** The province it applies in; null for the national set (everywhere). */
  readonly regionCode: string | null;
  readonly builtIn: boolean;
}

export const ruleSetViewOf = (ruleSet: StarRuleSetDefinition): RuleSetView => ({
  id: ruleSet.id,
  name: ruleSet.name,
  version: ruleSet.version,
  ruleVersion: ruleVersionOf(ruleSet),
  thresholdsHours: ruleSet.thresholdsHours,
  window: ruleSet.window,
  noticeWorkingDays: ruleSet.noticeWorkingDays,
  regionCode: ruleSet.regionCode,
  builtIn: ruleSet.regionCode === null,
});

/** An item of GET /rule-sets: the set, and who defined it when (null for the built-in set). */
export interface RuleSetListItemView extends RuleSetView {
  readonly createdAt: string | null;
  /** The account of the province administrator who defined it. */
  readonly createdBy: string | null;
}

export const ruleSetListItemViewOf = (
  ruleSet: StarRuleSetDefinition & { createdAt: string | null; createdBy: string | null },
): RuleSetListItemView => ({
  ...ruleSetViewOf(ruleSet),
  createdAt: ruleSet.createdAt,
  createdBy: ruleSet.createdBy,
});

export interface StarRoundView {
  readonly id: string;
  readonly regionCode: string;
  readonly cutoff: string;
  readonly ruleSetId: string;
  /** The rule set the round applies, by name (`ruleSetId` is its id). */
  readonly ruleSet: { readonly id: string; readonly name: string };
  readonly ruleVersion: string;
  readonly window: string;
  readonly noticeWorkingDays: number;
  readonly status: string;
  readonly draw: number;
  readonly candidateCount: number;
  readonly excludedCount: number;
  readonly noticePublishedOn: string | null;
  readonly noticeEndsOn: string | null;
  readonly awarded: number;
  readonly unchanged: number;
  readonly skipped: number;
  readonly openedBy: string;
  readonly openedAt: string;
  readonly drawnAt: string | null;
  readonly finalizedAt: string | null;
}

export const starRoundViewOf = (
  row: StarRoundRow,
  ruleSet: { readonly id: string; readonly name: string },
): StarRoundView => ({
  id: row.round_id,
  regionCode: row.region_code,
  cutoff: row.cutoff,
  ruleSetId: row.rule_set_id,
  ruleSet,
  ruleVersion: row.rule_version,
  window: row.window,
  noticeWorkingDays: row.notice_working_days,
  status: row.status,
  draw: row.draw,
  candidateCount: row.candidate_count,
  excludedCount: row.excluded_count,
  noticePublishedOn: row.notice_published_on,
  noticeEndsOn: row.notice_ends_on,
  awarded: row.awarded,
  unchanged: row.unchanged,
  skipped: row.skipped,
  openedBy: row.opened_by,
  openedAt: row.opened_at,
  drawnAt: row.drawn_at,
  finalizedAt: row.finalized_at,
});

export interface StarCandidateView extends StarCandidate {
  readonly excludedReason: string | null;
  readonly outcome: string | null;
  readonly outcomeCode: string | null;
}

export const starCandidateViewOf = (row: StarRoundCandidateRow): StarCandidateView => ({
  volunteerId: row.volunteer_id,
  confirmedMinutes: row.confirmed_minutes,
  currentStarLevel: row.current_star_level,
  proposedStarLevel: row.proposed_star_level,
  excludedReason: row.excluded_reason,
  outcome: row.outcome,
  outcomeCode: row.outcome_code,
});

export interface StarRevocationView {
  readonly volunteerId: string;
  readonly level: number;
  readonly previousLevel: number;
  readonly reason: string;
  readonly banYears: number;
  readonly bannedUntil: string;
  readonly revokedBy: string;
  readonly revokedAt: string;
}
