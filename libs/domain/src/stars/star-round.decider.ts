import { type Decider, unreachable } from '../decider';
import { AlreadyExists, NotFound, RuleViolation, ValidationFailed } from '../errors';
import { isValidRegionCode, regionContains } from '../regions/region-code';
import { businessDateOf, isCalendarDate } from '../time/business-time';
import { TEXT_LIMITS } from '../volunteering/volunteer-limits';
import { highestCertifiableStar, qualificationWindow } from './star-qualification';
import { ruleVersionOf, type StarWindow } from './star-rule-set';
import {
  CANDIDATES_PER_EVENT,
  type StarAwardOutcome,
  type StarCandidate,
  type StarRoundCommand,
  type StarRoundEvent,
} from './star-round.events';
import { addWorkingDays, CN_HOLIDAY_CALENDAR } from './working-days';

export type StarRoundStatus = 'open' | 'drawn' | 'noticed' | 'finalizing' | 'finalized';

export interface StarRoundState {
  readonly status: 'none' | StarRoundStatus;
  readonly roundId: string;
  readonly regionCode: string;
  readonly cutoff: string;
  readonly ruleSetId: string;
  readonly ruleVersion: string;
  readonly thresholdsHours: readonly number[];
  readonly window: StarWindow;
  readonly noticeWorkingDays: number;
  readonly draw: number;
  /** Filled in place by the chunks of the latest draw. */
  readonly candidates: Map<string, StarCandidate>;
  readonly exclusions: Map<string, string>;
  readonly noticeEndsOn: string | null;
  /** Every award settled so far, by volunteer (filled in place). */
  readonly outcomes: Map<string, StarAwardOutcome>;
  readonly finalizedAt: string | null;
}

const EARLIEST_CUTOFF = '2000-01-01';

const initial = (): StarRoundState => ({
  status: 'none',
  roundId: '',
  regionCode: '',
  cutoff: '',
  ruleSetId: '',
  ruleVersion: '',
  thresholdsHours: [],
  window: 'cumulative',
  noticeWorkingDays: 0,
  draw: 0,
  candidates: new Map(),
  exclusions: new Map(),
  noticeEndsOn: null,
  outcomes: new Map(),
  finalizedAt: null,
});

/** The candidates a finalize awards: every drawn one not excluded. */
export function awardableCandidates(state: StarRoundState): StarCandidate[] {
  return [...state.candidates.values()].filter((c) => !state.exclusions.has(c.volunteerId));
}

const count = (state: StarRoundState, outcome: StarAwardOutcome): number =>
  [...state.outcomes.values()].filter((o) => o === outcome).length;

export const starRoundTotals = (state: StarRoundState) => ({
  awarded: count(state, 'awarded'),
  unchanged: count(state, 'unchanged'),
  skipped: count(state, 'skipped'),
});

function refuseAfterNotice(state: StarRoundState): void {
  if (state.status === 'finalizing' || state.status === 'finalized') {
    throw new RuleViolation('ROUND_FINALIZED', `round ${state.roundId} is being or has been finalized`);
  }
}

export const starRoundDecider: Decider<StarRoundState, StarRoundCommand, StarRoundEvent> = {
  initialState: initial,

  evolve(state, event) {
    switch (event.type) {
      case 'StarRoundOpened': {
        const d = event.data;
        return {
          ...initial(),
          status: 'open',
          roundId: d.roundId,
          regionCode: d.regionCode,
          cutoff: d.cutoff,
          ruleSetId: d.ruleSetId,
          ruleVersion: d.ruleVersion,
          thresholdsHours: d.thresholdsHours,
          window: d.window,
          noticeWorkingDays: d.noticeWorkingDays,
        };
      }
      case 'StarRoundDrawn':
        return { ...state, status: 'drawn', draw: event.data.draw, candidates: new Map() };
      case 'StarRoundCandidatesRecorded':
        if (event.data.draw !== state.draw) return state;
        for (const candidate of event.data.candidates) state.candidates.set(candidate.volunteerId, candidate);
        return state;
      case 'StarRoundCandidateExcluded':
        return {
          ...state,
          exclusions: new Map(state.exclusions).set(event.data.volunteerId, event.data.reason),
        };
      case 'StarRoundNoticePublished':
        return { ...state, status: 'noticed', noticeEndsOn: event.data.noticeEndsOn };
      case 'StarRoundFinalizationStarted':
        return { ...state, status: 'finalizing' };
      case 'StarRoundAwardsRecorded':
        for (const o of event.data.outcomes) state.outcomes.set(o.volunteerId, o.outcome);
        return state;
      case 'StarRoundFinalized':
        return { ...state, status: 'finalized', finalizedAt: event.data.finalizedAt };
      default:
        return unreachable(event);
    }
  },

  decide(command, state) {
    const { now, actor } = command.metadata;
    const today = businessDateOf(now);
    if (command.type !== 'OpenStarRound' && state.status === 'none') {
      throw new NotFound('star round', command.data.roundId);
    }
    switch (command.type) {
      case 'OpenStarRound': {
        const d = command.data;
        if (state.status !== 'none') throw new AlreadyExists('star round', d.roundId);
        const errors = [];
        if (!isValidRegionCode(d.regionCode)) {
          errors.push({ field: 'regionCode', message: 'must be a GB/T 2260 region code such as 410100' });
        }
        if (!isCalendarDate(d.cutoff))
          errors.push({ field: 'cutoff', message: 'must be a real date YYYY-MM-DD' });
        else if (d.cutoff > today || d.cutoff < EARLIEST_CUTOFF) {
          errors.push({
            field: 'cutoff',
            message: `must lie between ${EARLIEST_CUTOFF} and today (${today})`,
          });
        }
        if (errors.length) throw new ValidationFailed(errors);
        const rules = d.ruleSet;
        if (rules.regionCode !== null && !regionContains(rules.regionCode, d.regionCode)) {
          throw new RuleViolation(
            'RULE_SET_NOT_APPLICABLE',
            `rule set ${rules.id} is for region ${rules.regionCode}, not ${d.regionCode}`,
            { ruleSetId: rules.id, ruleSetRegionCode: rules.regionCode },
          );
        }
        return [
          {
            type: 'StarRoundOpened',
            data: {
              roundId: d.roundId,
              regionCode: d.regionCode,
              cutoff: d.cutoff,
              ruleSetId: rules.id,
              ruleVersion: ruleVersionOf(rules),
              thresholdsHours: [...rules.thresholdsHours],
              window: rules.window,
              noticeWorkingDays: rules.noticeWorkingDays,
              openedBy: actor.accountId,
              openedAt: now,
            },
          },
        ];
      }
      case 'DrawStarRound': {
        refuseAfterNotice(state);
        if (state.status === 'noticed') {
          throw new RuleViolation(
            'NOTICE_ALREADY_PUBLISHED',
            'the candidates are under public notice: they can no longer be drawn again',
          );
        }
        const draw = state.draw + 1;
        const candidates = [...command.data.candidates];
        const chunks: StarRoundEvent[] = [];
        for (let i = 0; i * CANDIDATES_PER_EVENT < candidates.length; i++) {
          chunks.push({
            type: 'StarRoundCandidatesRecorded',
            data: {
              roundId: state.roundId,
              draw,
              chunk: i,
              candidates: candidates.slice(i * CANDIDATES_PER_EVENT, (i + 1) * CANDIDATES_PER_EVENT),
            },
          });
        }
        return [
          {
            type: 'StarRoundDrawn',
            data: {
              roundId: state.roundId,
              draw,
              cutoff: state.cutoff,
              windowFrom: qualificationWindow(state.cutoff, state.window).from,
              asOf: today,
              asOfPosition: command.data.asOfPosition,
              candidateCount: candidates.length,
              chunkCount: chunks.length,
              drawnBy: actor.accountId,
              drawnAt: now,
            },
          },
          ...chunks,
        ];
      }
      case 'ExcludeStarCandidate': {
        refuseAfterNotice(state);
        if (state.status === 'open') throw new RuleViolation('ROUND_NOT_DRAWN', 'draw the candidates first');
        const d = command.data;
        const reason = typeof d.reason === 'string' ? d.reason.trim() : '';
        if (!reason || [...reason].length > TEXT_LIMITS.reason) {
          throw new ValidationFailed([{ field: 'reason', message: `1 to ${TEXT_LIMITS.reason} characters` }]);
        }
        if (!state.candidates.has(d.volunteerId)) {
          throw new RuleViolation(
            'NOT_A_CANDIDATE',
            `volunteer ${d.volunteerId} is not a candidate of this round`,
            {
              volunteerId: d.volunteerId,
            },
          );
        }
        if (state.exclusions.has(d.volunteerId)) return [];
        return [
          {
            type: 'StarRoundCandidateExcluded',
            data: {
              roundId: state.roundId,
              volunteerId: d.volunteerId,
              reason,
              excludedBy: actor.accountId,
              excludedAt: now,
            },
          },
        ];
      }
      case 'PublishStarRoundNotice': {
        refuseAfterNotice(state);
        if (state.status === 'open') throw new RuleViolation('ROUND_NOT_DRAWN', 'draw the candidates first');
        if (state.status === 'noticed') return [];
        return [
          {
            type: 'StarRoundNoticePublished',
            data: {
              roundId: state.roundId,
              publishedOn: today,
              noticeWorkingDays: state.noticeWorkingDays,
              noticeEndsOn: addWorkingDays(today, state.noticeWorkingDays),
              holidayCalendarVersion: CN_HOLIDAY_CALENDAR.version,
              publishedBy: actor.accountId,
              publishedAt: now,
            },
          },
        ];
      }
      case 'StartStarRoundFinalization': {
        if (state.status === 'finalized') return [];
        if (state.status === 'open' || state.status === 'drawn') {
          throw new RuleViolation('NOTICE_NOT_PUBLISHED', 'publish the notice first');
        }
        // With no notice days the notice is over at once; otherwise on the day after its last.
        if (state.noticeWorkingDays > 0 && today <= state.noticeEndsOn!) {
          throw new RuleViolation(
            'NOTICE_PERIOD_NOT_OVER',
            `the public notice lasts until ${state.noticeEndsOn}; finalize from the next day on`,
            { noticeEndsOn: state.noticeEndsOn },
          );
        }
        const awardable = awardableCandidates(state);
        const highestStar = awardable.reduce((max, c) => Math.max(max, c.proposedStarLevel), 0);
        const certifiable = highestCertifiableStar(actor.regionCode);
        if (highestStar > certifiable) {
          throw new RuleViolation(
            'CERTIFYING_LEVEL_TOO_LOW',
            `the round proposes ${highestStar}★, which a ${certifiable <= 2 ? 'county' : 'city'} administrator ` +
              `cannot certify (1–2★ county, 3–4★ city, 5★ province): exclude those candidates or ask a higher level`,
            { highestStar, highestCertifiableStar: certifiable },
          );
        }
        if (state.status === 'finalizing') return [];
        return [
          {
            type: 'StarRoundFinalizationStarted',
            data: {
              roundId: state.roundId,
              toAward: awardable.length,
              highestStar,
              startedBy: actor.accountId,
              startedAt: now,
            },
          },
        ];
      }
      case 'RecordStarAwards': {
        if (state.status !== 'finalizing') {
          throw new RuleViolation('ROUND_NOT_FINALIZING', `round ${state.roundId} is not being finalized`);
        }
        const outcomes = command.data.outcomes.filter(
          (o) =>
            !state.outcomes.has(o.volunteerId) &&
            state.candidates.has(o.volunteerId) &&
            !state.exclusions.has(o.volunteerId),
        );
        if (!outcomes.length) return [];
        const events: StarRoundEvent[] = [];
        for (let i = 0; i < outcomes.length; i += CANDIDATES_PER_EVENT) {
          events.push({
            type: 'StarRoundAwardsRecorded',
            data: { roundId: state.roundId, outcomes: outcomes.slice(i, i + CANDIDATES_PER_EVENT) },
          });
        }
        return events;
      }
      case 'CompleteStarRound': {
        if (state.status === 'finalized') return [];
        if (state.status !== 'finalizing') {
          throw new RuleViolation('ROUND_NOT_FINALIZING', `round ${state.roundId} is not being finalized`);
        }
        const awardable = awardableCandidates(state);
        const pending = awardable.filter((c) => !state.outcomes.has(c.volunteerId)).length;
        if (pending > 0) {
          throw new RuleViolation('AWARDS_PENDING', `${pending} awards of the round are not settled yet`, {
            pending,
          });
        }
        return [
          {
            type: 'StarRoundFinalized',
            data: {
              roundId: state.roundId,
              ...starRoundTotals(state),
              excluded: [...state.exclusions.keys()].filter((id) => state.candidates.has(id)).length,
              finalizedBy: actor.accountId,
              finalizedAt: now,
            },
          },
        ];
      }
      default:
        return unreachable(command);
    }
  },
};
