import { Injectable } from '@nestjs/common';
import { type Actor, NotFound } from '@ledger/domain';
import { StarRoundsReadModel } from '@ledger/projections';
import { assertRole } from '../access/access-policy';
import type { StarVersioned } from './star.commands';
import { assertReadsRound } from './star-access';
import { StarRuleSets } from './star-rule-sets';
import {
  type RuleSetView,
  ruleSetViewOf,
  type StarCandidateView,
  starCandidateViewOf,
  type StarRoundView,
  starRoundViewOf,
} from './star.views';

@Injectable()
export class StarQueries {
  constructor(
    private readonly rounds: StarRoundsReadModel,
    private readonly ruleSets: StarRuleSets,
  ) {}

  /** Rule sets are public rules: every signed-in account may read them. */
  async ruleSet(actor: Actor, ruleSetId: string): Promise<StarVersioned<RuleSetView>> {
    assertRole(actor, 'admin', 'organiser', 'auditor', 'partner', 'volunteer');
    const { ruleSet, revision } = await this.ruleSets.find(ruleSetId);
    return { view: ruleSetViewOf(ruleSet), revision };
  }

  round(actor: Actor, roundId: string): StarVersioned<StarRoundView> {
    const row = this.rounds.find(roundId);
    if (!row) throw new NotFound('star round', roundId);
    assertReadsRound(actor, row.region_code);
    return { view: starRoundViewOf(row), revision: row.revision };
  }

  candidates(actor: Actor, roundId: string, limit: number, after?: string): StarCandidateView[] {
    this.round(actor, roundId);
    return this.rounds.candidatesOf(roundId, limit, after).map(starCandidateViewOf);
  }

  /** For the CLI: the most recent rounds, every region. */
  recentRounds(limit: number): StarRoundView[] {
    return this.rounds.list(limit).map(starRoundViewOf);
  }
}
