import { Injectable } from '@nestjs/common';
import {
  NATIONAL_RULE_SET,
  NotFound,
  STAR_RULE_SET_ID_FORMAT,
  type StarRuleSetDefinition,
  starRuleSetDecider,
  starRuleSetStream,
} from '@ledger/domain';
import { DeciderRunner } from '../ledger/decider-runner';

/** The rule sets a round can apply: the built-in national set, and those defined on their streams. */
@Injectable()
export class StarRuleSets {
  constructor(private readonly runner: DeciderRunner) {}

  async find(ruleSetId: string): Promise<{ ruleSet: StarRuleSetDefinition; revision: number }> {
    if (ruleSetId === NATIONAL_RULE_SET.id) return { ruleSet: NATIONAL_RULE_SET, revision: 0 };
    if (!STAR_RULE_SET_ID_FORMAT.test(ruleSetId)) throw new NotFound('rule set', ruleSetId);
    const { state, revision } = await this.runner.current(starRuleSetDecider, starRuleSetStream(ruleSetId));
    if (state.status === 'none') throw new NotFound('rule set', ruleSetId);
    const { status: _status, ...ruleSet } = state;
    return { ruleSet, revision };
  }
}
