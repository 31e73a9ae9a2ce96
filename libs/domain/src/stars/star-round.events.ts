import type { Command, DomainEvent } from '../decider';
import type { StarWindow } from './star-rule-set';

/**
 * A star-level certification round (星级志愿者认定), stream `star-round-<roundId>`:
 * open → draw → exclusions → public notice → finalize. The round copies its rule set when it
 * opens, records its candidates in chunks (never one event with every volunteer), and records the
 * outcome of every award it appended to a volunteer's stream, so a finalize resumes where it stopped.
 */
export interface StarCandidate {
  readonly volunteerId: string;
  /** Confirmed minutes of service dated inside the round's window, as drawn. */
  readonly confirmedMinutes: number;
  /** The awarded level when drawn. */
  readonly currentStarLevel: number;
  /** The level those minutes qualify for under the round's rule set. */
  readonly proposedStarLevel: number;
}

/** Candidates per `StarRoundCandidatesRecorded` event. */
export const CANDIDATES_PER_EVENT = 1000;

export type StarRoundOpened = DomainEvent<
  'StarRoundOpened',
  {
    roundId: string;
    regionCode: string;
    /** Service dated on or before it counts (YYYY-MM-DD). */
    cutoff: string;
    ruleSetId: string;
    ruleVersion: string;
    thresholdsHours: number[];
    window: StarWindow;
    noticeWorkingDays: number;
    openedBy: string;
    openedAt: string;
  }
>;

/** A draw from the qualification read model; its candidates follow in `chunkCount` events. */
export type StarRoundDrawn = DomainEvent<
  'StarRoundDrawn',
  {
    roundId: string;
    /** 1 for the first draw; a redraw before the notice replaces the candidates. */
    draw: number;
    cutoff: string;
    /** The first service date counted (calendar-year window), or null (cumulative). */
    windowFrom: string | null;
    /** The business date of the draw: bans and confirmations are as of it. */
    asOf: string;
    /** The read model's position when drawn: what the draw saw of the log. */
    asOfPosition: number;
    candidateCount: number;
    chunkCount: number;
    drawnBy: string;
    drawnAt: string;
  }
>;

export type StarRoundCandidatesRecorded = DomainEvent<
  'StarRoundCandidatesRecorded',
  { roundId: string; draw: number; chunk: number; candidates: StarCandidate[] }
>;

export type StarRoundCandidateExcluded = DomainEvent<
  'StarRoundCandidateExcluded',
  { roundId: string; volunteerId: string; reason: string; excludedBy: string; excludedAt: string }
>;

export type StarRoundNoticePublished = DomainEvent<
  'StarRoundNoticePublished',
  {
    roundId: string;
    publishedOn: string;
    noticeWorkingDays: number;
    /** The last working day of the notice; the round can be finalized from the next day on. */
    noticeEndsOn: string;
    holidayCalendarVersion: string;
    publishedBy: string;
    publishedAt: string;
  }
>;

/** Finalization begins: the awards are appended to the volunteers' streams from here on. */
export type StarRoundFinalizationStarted = DomainEvent<
  'StarRoundFinalizationStarted',
  { roundId: string; toAward: number; highestStar: number; startedBy: string; startedAt: string }
>;

export type StarAwardOutcome = 'awarded' | 'unchanged' | 'skipped';

/** What happened to each award, in the order they were appended (chunks of at most 1,000). */
export type StarRoundAwardsRecorded = DomainEvent<
  'StarRoundAwardsRecorded',
  {
    roundId: string;
    outcomes: { volunteerId: string; level: number; outcome: StarAwardOutcome; code?: string }[];
  }
>;

export type StarRoundFinalized = DomainEvent<
  'StarRoundFinalized',
  {
    roundId: string;
    awarded: number;
    unchanged: number;
    skipped: number;
    excluded: number;
    finalizedBy: string;
    finalizedAt: string;
  }
>;

export type StarRoundEvent =
  | StarRoundOpened
  | StarRoundDrawn
  | StarRoundCandidatesRecorded
  | StarRoundCandidateExcluded
  | StarRoundNoticePublished
  | StarRoundFinalizationStarted
  | StarRoundAwardsRecorded
  | StarRoundFinalized;

export const STAR_ROUND_EVENT_TYPES: readonly StarRoundEvent['type'][] = [
  'StarRoundOpened',
  'StarRoundDrawn',
  'StarRoundCandidatesRecorded',
  'StarRoundCandidateExcluded',
  'StarRoundNoticePublished',
  'StarRoundFinalizationStarted',
  'StarRoundAwardsRecorded',
  'StarRoundFinalized',
];

export type OpenStarRound = Command<
  'OpenStarRound',
  {
    roundId: string;
    regionCode: string;
    cutoff: string;
    ruleSet: {
      id: string;
      version: number;
      thresholdsHours: readonly number[];
      window: StarWindow;
      noticeWorkingDays: number;
      regionCode: string | null;
    };
  }
>;

export type DrawStarRound = Command<
  'DrawStarRound',
  { roundId: string; asOfPosition: number; candidates: readonly StarCandidate[] }
>;

export type ExcludeStarCandidate = Command<
  'ExcludeStarCandidate',
  { roundId: string; volunteerId: string; reason: string }
>;

export type PublishStarRoundNotice = Command<'PublishStarRoundNotice', { roundId: string }>;

export type StartStarRoundFinalization = Command<'StartStarRoundFinalization', { roundId: string }>;

export type RecordStarAwards = Command<
  'RecordStarAwards',
  { roundId: string; outcomes: StarRoundAwardsRecorded['data']['outcomes'] }
>;

export type CompleteStarRound = Command<'CompleteStarRound', { roundId: string }>;

export type StarRoundCommand =
  | OpenStarRound
  | DrawStarRound
  | ExcludeStarCandidate
  | PublishStarRoundNotice
  | StartStarRoundFinalization
  | RecordStarAwards
  | CompleteStarRound;
