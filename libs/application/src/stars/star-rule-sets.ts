import { Injectable } from '@nestjs/common';
import {
  judgingRoundFor,
  NATIONAL_RULE_SET,
  NotFound,
  regionAndAncestors,
  STAR_RULE_SET_ID_FORMAT,
  type StarRuleSetDefinition,
  starRuleSetDecider,
  starRuleSetStream,
  type StarWindow,
} from '@ledger/domain';
import { type StarRuleSetRow, StarRoundsReadModel, StarRuleSetsReadModel } from '@ledger/projections';
import { DeciderRunner } from '../ledger/decider-runner';

/** A rule set as a round or a summary names it. */
export interface RuleSetRef {
  readonly id: string;
  readonly name: string;
}

/** A defined rule set with who defined it and when (null for the built-in national set). */
export interface ListedRuleSet extends StarRuleSetDefinition {
  readonly createdAt: string | null;
  readonly createdBy: string | null;
}

/** The rule set that will judge a volunteer, and the round that applies it (null: none yet). */
export interface JudgingRuleSet {
  readonly ruleSet: StarRuleSetDefinition;
  readonly roundId: string | null;
}

const definitionOf = (row: StarRuleSetRow): StarRuleSetDefinition => ({
  id: row.rule_set_id,
  name: row.name,
  version: row.version,
  thresholdsHours: JSON.parse(row.thresholds_hours) as number[],
  window: row.window as StarWindow,
  noticeWorkingDays: row.notice_working_days,
  regionCode: row.region_code,
});

/** The rule sets a round can apply: the built-in national set, and those defined on their streams. */
@Injectable()
export class StarRuleSets {
  constructor(
    private readonly runner: DeciderRunner,
    private readonly readModel: StarRuleSetsReadModel,
    private readonly rounds: StarRoundsReadModel,
  ) {}

  async find(ruleSetId: string): Promise<{ ruleSet: StarRuleSetDefinition; revision: number }> {
    if (ruleSetId === NATIONAL_RULE_SET.id) return { ruleSet: NATIONAL_RULE_SET, revision: 0 };
    if (!STAR_RULE_SET_ID_FORMAT.test(ruleSetId)) throw new NotFound('rule set', ruleSetId);
    const { state, revision } = await this.runner.current(starRuleSetDecider, starRuleSetStream(ruleSetId));
    if (state.status === 'none') throw new NotFound('rule set', ruleSetId);
    const { status: _status, ...ruleSet } = state;
    return { ruleSet, revision };
  }

  /** From the read model: the set by id, national for `national`, undefined when unknown. */
  known(ruleSetId: string): StarRuleSetDefinition | undefined {
    if (ruleSetId === NATIONAL_RULE_SET.id) return NATIONAL_RULE_SET;
    const row = this.readModel.find(ruleSetId);
    return row && definitionOf(row);
  }

  /** The id and name a round shows for its rule set. */
  refOf(ruleSetId: string): RuleSetRef {
    return { id: ruleSetId, name: this.known(ruleSetId)?.name ?? ruleSetId };
  }

  /**
   * The sets a round in `regionCode` may apply: the national one first, then its province's, newest
   * first; `total` counts both.
   */
  applicableTo(regionCode: string, slice: { limit: number; offset: number }) {
    const province = `${regionCode.slice(0, 2)}0000`;
    const national: ListedRuleSet = { ...NATIONAL_RULE_SET, createdAt: null, createdBy: null };
    const defined = this.readModel.pageOfProvince(province, {
      limit: slice.offset === 0 ? Math.max(0, slice.limit - 1) : slice.limit,
      offset: Math.max(0, slice.offset - 1),
    });
    const rows: ListedRuleSet[] = defined.rows.map((row) => ({
      ...definitionOf(row),
      createdAt: row.defined_at,
      createdBy: row.defined_by,
    }));
    return {
      items: slice.offset === 0 && slice.limit > 0 ? [national, ...rows] : rows,
      total: defined.total + 1,
    };
  }

  /**
   * The rule set that will judge a volunteer of `regionCode`: that of the round `judgingRoundFor`
   * picks among the rounds of the region and the regions containing it, else the national set.
   */
  judging(regionCode: string): JudgingRuleSet {
    const rows = this.rounds.ofRegionCodes(regionAndAncestors(regionCode));
    const round = judgingRoundFor(
      regionCode,
      rows.map((row) => ({
        roundId: row.round_id,
        regionCode: row.region_code,
        ruleSetId: row.rule_set_id,
        status: row.status,
        openedAt: row.opened_at,
      })),
    );
    const ruleSet = round ? this.known(round.ruleSetId) : undefined;
    return ruleSet && round
      ? { ruleSet, roundId: round.roundId }
      : { ruleSet: NATIONAL_RULE_SET, roundId: null };
  }
}
