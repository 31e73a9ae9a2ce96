import { Injectable } from '@nestjs/common';
import { type Actor, businessDateOf, NotFound, qualificationWindow, starLevelFor } from '@ledger/domain';
import { StarQualificationReadModel, type StarRoundRow, StarRoundsReadModel } from '@ledger/projections';
import { assertRole } from '../access/access-policy';
import { Clock } from '../ledger/clock';
import { VolunteerQueries } from '../volunteering/volunteer-queries';
import type { VolunteerSummaryView } from '../volunteering/volunteer.views';
import type { StarVersioned } from './star.commands';
import { assertReadsRound } from './star-access';
import { StarRuleSets } from './star-rule-sets';
import {
  type RuleSetListItemView,
  ruleSetListItemViewOf,
  type RuleSetView,
  ruleSetViewOf,
  type StarCandidateView,
  starCandidateViewOf,
  type StarRoundView,
  starRoundViewOf,
} from './star.views';

/** The rule set that will judge a volunteer, as the summary names it. */
export interface JudgingRuleSetView {
  readonly id: string;
  readonly name: string;
  readonly thresholdsHours: number[];
  readonly window: string;
  /** The round that applies it to the volunteer's region, or null when none has yet (national). */
  readonly roundId: string | null;
  /** The confirmed minutes it counts today: all of them, or this calendar year's for a calendar-year set. */
  readonly qualifyingMinutes: number;
}

export interface StarSummaryView extends VolunteerSummaryView {
  readonly starRuleSet: JudgingRuleSetView;
}

@Injectable()
export class StarQueries {
  constructor(
    private readonly rounds: StarRoundsReadModel,
    private readonly ruleSets: StarRuleSets,
    private readonly qualification: StarQualificationReadModel,
    private readonly volunteers: VolunteerQueries,
    private readonly clock: Clock,
  ) {}

  /** Rule sets are public rules: every signed-in account may read them. */
  async ruleSet(actor: Actor, ruleSetId: string): Promise<StarVersioned<RuleSetView>> {
    assertRole(actor, 'admin', 'organiser', 'auditor', 'partner', 'volunteer');
    const { ruleSet, revision } = await this.ruleSets.find(ruleSetId);
    return { view: ruleSetViewOf(ruleSet), revision };
  }

  /**
   * The rule sets a round in the caller's region may apply (the national one first, then its
   * province's newest first): what administrators choose from, auditors and organisers read.
   */
  ruleSetPage(
    actor: Actor,
    slice: { limit: number; offset: number },
  ): { items: RuleSetListItemView[]; total: number } {
    assertRole(actor, 'admin', 'organiser', 'auditor');
    const { items, total } = this.ruleSets.applicableTo(actor.regionCode, slice);
    return { items: items.map(ruleSetListItemViewOf), total };
  }

  /** A round's rule set by id and name. */
  ruleSetRefOf(row: StarRoundRow): { id: string; name: string } {
    return this.ruleSets.refOf(row.rule_set_id);
  }

  round(actor: Actor, roundId: string): StarVersioned<StarRoundView> {
    const row = this.rounds.find(roundId);
    if (!row) throw new NotFound('star round', roundId);
    assertReadsRound(actor, row.region_code);
    return { view: this.viewOf(row), revision: row.revision };
  }

  candidates(actor: Actor, roundId: string, limit: number, after?: string): StarCandidateView[] {
    this.round(actor, roundId);
    return this.rounds.candidatesOf(roundId, limit, after).map(starCandidateViewOf);
  }

  /** For the CLI: the most recent rounds, every region. */
  recentRounds(limit: number): StarRoundView[] {
    return this.rounds.list(limit).map((row) => this.viewOf(row));
  }

  /**
   * A volunteer's summary with the qualification under the rule set that will judge the volunteer
   * (`StarRuleSets.judging`), which it names: the home page and the round say the same.
   */
  volunteerSummary(actor: Actor, volunteerId: string): StarSummaryView {
    const row = this.volunteers.readable(actor, volunteerId);
    const summary = this.volunteers.summary(actor, volunteerId);
    const { ruleSet, roundId } = this.ruleSets.judging(row.region_code);
    const today = businessDateOf(this.clock.now());
    const qualifyingMinutes =
      ruleSet.window === 'cumulative'
        ? summary.confirmedMinutes
        : this.qualification.minutesOf(volunteerId, qualificationWindow(today, ruleSet.window));
    return {
      ...summary,
      qualifiedStarLevel: starLevelFor(qualifyingMinutes, ruleSet.thresholdsHours),
      starRuleSet: {
        id: ruleSet.id,
        name: ruleSet.name,
        thresholdsHours: [...ruleSet.thresholdsHours],
        window: ruleSet.window,
        roundId,
        qualifyingMinutes,
      },
    };
  }

  private viewOf(row: StarRoundRow): StarRoundView {
    return starRoundViewOf(row, this.ruleSets.refOf(row.rule_set_id));
  }
}
