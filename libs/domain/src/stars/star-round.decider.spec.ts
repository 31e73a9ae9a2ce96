import type { Actor, CommandMetadata } from '../decider';
import { DeciderSpecification } from '../testing/decider-specification';
import { NATIONAL_RULE_SET } from './star-rule-set';
import { starRoundDecider } from './star-round.decider';
import {
  CANDIDATES_PER_EVENT,
  type StarCandidate,
  type StarRoundCommand,
  type StarRoundEvent,
} from './star-round.events';

const spec = DeciderSpecification.for(starRoundDecider);
const COUNTY: Actor = { accountId: 'acc-county', role: 'admin', regionCode: '410122' };
const CITY: Actor = { accountId: 'acc-city', role: 'admin', regionCode: '410100' };
const PROVINCE: Actor = { accountId: 'acc-province', role: 'admin', regionCode: '410000' };
// Monday 2 March 2026, 10:00 in Shanghai.
const MONDAY = '2026-03-02T02:00:00.000Z';
const ROUND = 'srd-1';

const meta = (now = MONDAY, actor = COUNTY): CommandMetadata => ({ commandId: 'c', now, actor });
const cmd = <T extends StarRoundCommand['type']>(
  type: T,
  data: object,
  now = MONDAY,
  actor = COUNTY,
): StarRoundCommand => ({ type, data: { roundId: ROUND, ...data }, metadata: meta(now, actor) }) as never;

const candidate = (volunteerId: string, proposedStarLevel = 1, currentStarLevel = 0): StarCandidate => ({
  volunteerId,
  confirmedMinutes: 6000 * proposedStarLevel,
  currentStarLevel,
  proposedStarLevel,
});

const opened = (extra: object = {}): StarRoundEvent => ({
  type: 'StarRoundOpened',
  data: {
    roundId: ROUND,
    regionCode: '410122',
    cutoff: '2026-02-28',
    ruleSetId: 'national',
    ruleVersion: 'national@v1',
    thresholdsHours: [100, 300, 600, 1000, 1500],
    window: 'cumulative',
    noticeWorkingDays: 5,
    openedBy: 'acc-county',
    openedAt: MONDAY,
    ...extra,
  },
});
const drawn = (candidates: StarCandidate[], draw = 1): StarRoundEvent[] => [
  {
    type: 'StarRoundDrawn',
    data: {
      roundId: ROUND,
      draw,
      cutoff: '2026-02-28',
      windowFrom: null,
      asOf: '2026-03-02',
      asOfPosition: 10,
      candidateCount: candidates.length,
      chunkCount: candidates.length ? 1 : 0,
      drawnBy: 'acc-county',
      drawnAt: MONDAY,
    },
  },
  ...(candidates.length
    ? [{ type: 'StarRoundCandidatesRecorded' as const, data: { roundId: ROUND, draw, chunk: 0, candidates } }]
    : []),
];
const noticed = (noticeEndsOn = '2026-03-09', noticeWorkingDays = 5): StarRoundEvent => ({
  type: 'StarRoundNoticePublished',
  data: {
    roundId: ROUND,
    publishedOn: '2026-03-02',
    noticeWorkingDays,
    noticeEndsOn,
    holidayCalendarVersion: 'x',
    publishedBy: 'acc-county',
    publishedAt: MONDAY,
  },
});
const excluded = (volunteerId: string): StarRoundEvent => ({
  type: 'StarRoundCandidateExcluded',
  data: { roundId: ROUND, volunteerId, reason: '时长存疑', excludedBy: 'acc-county', excludedAt: MONDAY },
});
const started: StarRoundEvent = {
  type: 'StarRoundFinalizationStarted',
  data: { roundId: ROUND, toAward: 2, highestStar: 1, startedBy: 'acc-county', startedAt: MONDAY },
};
const TUESDAY_AFTER = '2026-03-10T02:00:00.000Z';

describe('star rounds', () => {
  describe('open', () => {
    const open = (data: object = {}, now = MONDAY) =>
      cmd(
        'OpenStarRound',
        { regionCode: '410122', cutoff: '2026-02-28', ruleSet: NATIONAL_RULE_SET, ...data },
        now,
      );

    it('opens a round with a copy of its rule set', () => {
      spec.given([]).when(open()).then([opened()]);
    });

    it('refuses a second open of the same round (CONFLICT)', () => {
      spec.given([opened()]).when(open()).thenThrows('CONFLICT');
    });

    it('refuses a cutoff after today or not a date (VALIDATION_FAILED)', () => {
      spec
        .given([])
        .when(open({ cutoff: '2026-03-03' }))
        .thenThrows('VALIDATION_FAILED');
      spec
        .given([])
        .when(open({ cutoff: '2026-02-30' }))
        .thenThrows('VALIDATION_FAILED');
      spec
        .given([])
        .when(open({ regionCode: '999999' }))
        .thenThrows('VALIDATION_FAILED');
    });

    it("refuses another province's rule set (RULE_SET_NOT_APPLICABLE)", () => {
      const hubei = { ...NATIONAL_RULE_SET, id: 'srs-2', regionCode: '420000' };
      spec
        .given([])
        .when(open({ ruleSet: hubei }))
        .thenThrows('RULE_SET_NOT_APPLICABLE');
    });
  });

  describe('draw', () => {
    it('records the draw, then its candidates in chunks of 1,000', () => {
      const many = Array.from({ length: 2500 }, (_, i) => candidate(`v${i}`));
      spec
        .given([opened()])
        .when(cmd('DrawStarRound', { asOfPosition: 10, candidates: many }))
        .thenEvents((events) => {
          expect(events.map((e) => e.type)).toEqual([
            'StarRoundDrawn',
            'StarRoundCandidatesRecorded',
            'StarRoundCandidatesRecorded',
            'StarRoundCandidatesRecorded',
          ]);
          expect(events[0].data).toMatchObject({
            draw: 1,
            candidateCount: 2500,
            chunkCount: 3,
            asOf: '2026-03-02',
          });
          const sizes = events.slice(1).map((e) => (e.data as { candidates: unknown[] }).candidates.length);
          expect(sizes).toEqual([CANDIDATES_PER_EVENT, CANDIDATES_PER_EVENT, 500]);
        });
    });

    it('a calendar-year round counts from 1 January of the cutoff year', () => {
      spec
        .given([opened({ window: 'calendar-year' })])
        .when(cmd('DrawStarRound', { asOfPosition: 1, candidates: [] }))
        .thenEvents((events) => expect(events[0].data).toMatchObject({ windowFrom: '2026-01-01' }));
    });

    it('a redraw before the notice replaces the candidates', () => {
      spec
        .given([opened(), ...drawn([candidate('v1')])])
        .when(cmd('DrawStarRound', { asOfPosition: 11, candidates: [candidate('v2')] }))
        .thenEvents((events) => expect(events[0].data).toMatchObject({ draw: 2 }));
    });

    it('refuses a draw under notice (NOTICE_ALREADY_PUBLISHED) and after finalizing began (ROUND_FINALIZED)', () => {
      const base = [opened(), ...drawn([candidate('v1')]), noticed()];
      spec
        .given(base)
        .when(cmd('DrawStarRound', { asOfPosition: 1, candidates: [] }))
        .thenThrows('NOTICE_ALREADY_PUBLISHED');
      spec
        .given([...base, started])
        .when(cmd('DrawStarRound', { asOfPosition: 1, candidates: [] }))
        .thenThrows('ROUND_FINALIZED');
    });

    it('refuses a round that does not exist (NOT_FOUND)', () => {
      spec
        .given([])
        .when(cmd('DrawStarRound', { asOfPosition: 1, candidates: [] }))
        .thenThrows('NOT_FOUND');
    });
  });

  describe('exclusions', () => {
    const exclude = (volunteerId: string, reason = '时长存疑') =>
      cmd('ExcludeStarCandidate', { volunteerId, reason });

    it('excludes a candidate with its reason; the same exclusion again adds nothing', () => {
      spec
        .given([opened(), ...drawn([candidate('v1')])])
        .when(exclude('v1'))
        .then([excluded('v1')]);
      spec
        .given([opened(), ...drawn([candidate('v1')]), excluded('v1')])
        .when(exclude('v1'))
        .thenNothingHappens();
    });

    it('refuses before the draw (ROUND_NOT_DRAWN), a non-candidate (NOT_A_CANDIDATE), no reason (VALIDATION_FAILED)', () => {
      spec.given([opened()]).when(exclude('v1')).thenThrows('ROUND_NOT_DRAWN');
      spec
        .given([opened(), ...drawn([candidate('v1')])])
        .when(exclude('v2'))
        .thenThrows('NOT_A_CANDIDATE');
      spec
        .given([opened(), ...drawn([candidate('v1')])])
        .when(exclude('v1', ' '))
        .thenThrows('VALIDATION_FAILED');
    });

    it('still excludes during the notice (an objection), not once finalizing (ROUND_FINALIZED)', () => {
      const base = [opened(), ...drawn([candidate('v1')]), noticed()];
      spec
        .given(base)
        .when(exclude('v1'))
        .then([excluded('v1')]);
      spec
        .given([...base, started])
        .when(exclude('v1'))
        .thenThrows('ROUND_FINALIZED');
    });
  });

  describe('notice', () => {
    it('publishes the notice: it ends 5 working days after today under the national set', () => {
      spec
        .given([opened(), ...drawn([candidate('v1')])])
        .when(cmd('PublishStarRoundNotice', {}))
        .thenEvents((events) =>
          expect(events[0].data).toMatchObject({ publishedOn: '2026-03-02', noticeEndsOn: '2026-03-09' }),
        );
    });

    it('skips the holidays: published before 国庆节 2026, the notice ends on 13 October', () => {
      spec
        .given([opened(), ...drawn([candidate('v1')])])
        .when(cmd('PublishStarRoundNotice', {}, '2026-09-30T02:00:00.000Z'))
        .thenEvents((events) => expect(events[0].data).toMatchObject({ noticeEndsOn: '2026-10-13' }));
    });

    it('refuses before the draw (ROUND_NOT_DRAWN); publishing again adds nothing', () => {
      spec.given([opened()]).when(cmd('PublishStarRoundNotice', {})).thenThrows('ROUND_NOT_DRAWN');
      spec
        .given([opened(), ...drawn([]), noticed()])
        .when(cmd('PublishStarRoundNotice', {}))
        .thenNothingHappens();
    });
  });

  describe('finalize', () => {
    const base = [opened(), ...drawn([candidate('v1'), candidate('v2', 2)]), noticed()];
    const start = (now = TUESDAY_AFTER, actor = COUNTY) => cmd('StartStarRoundFinalization', {}, now, actor);

    it('refuses before the notice (NOTICE_NOT_PUBLISHED) and on its last day (NOTICE_PERIOD_NOT_OVER)', () => {
      spec
        .given([opened(), ...drawn([candidate('v1')])])
        .when(start())
        .thenThrows('NOTICE_NOT_PUBLISHED');
      spec.given(base).when(start('2026-03-09T15:59:00.000Z')).thenThrows('NOTICE_PERIOD_NOT_OVER');
    });

    it('starts the day after the notice ends', () => {
      spec
        .given(base)
        .when(start())
        .thenEvents((events) =>
          expect(events).toEqual([
            expect.objectContaining({
              type: 'StarRoundFinalizationStarted',
              data: expect.objectContaining({ toAward: 2, highestStar: 2 }),
            }),
          ]),
        );
    });

    it('a notice of 0 working days can be finalized at once', () => {
      spec
        .given([opened({ noticeWorkingDays: 0 }), ...drawn([candidate('v1')]), noticed('2026-03-02', 0)])
        .when(start(MONDAY))
        .thenEvents((events) => expect(events).toHaveLength(1));
    });

    it('certifies by level: a county cannot finalize 3★, a city can; a city cannot finalize 5★ (CERTIFYING_LEVEL_TOO_LOW)', () => {
      const three = [opened(), ...drawn([candidate('v1', 3)]), noticed()];
      spec.given(three).when(start(TUESDAY_AFTER, COUNTY)).thenThrows('CERTIFYING_LEVEL_TOO_LOW');
      spec
        .given(three)
        .when(start(TUESDAY_AFTER, CITY))
        .thenEvents((events) => expect(events).toHaveLength(1));
      const five = [opened(), ...drawn([candidate('v1', 5)]), noticed()];
      spec.given(five).when(start(TUESDAY_AFTER, CITY)).thenThrows('CERTIFYING_LEVEL_TOO_LOW');
      spec
        .given(five)
        .when(start(TUESDAY_AFTER, PROVINCE))
        .thenEvents((events) => expect(events).toHaveLength(1));
    });

    it('an excluded 3★ candidate leaves the round to the county', () => {
      spec
        .given([opened(), ...drawn([candidate('v1', 3), candidate('v2')]), excluded('v1'), noticed()])
        .when(start())
        .thenEvents((events) => expect(events[0].data).toMatchObject({ toAward: 1, highestStar: 1 }));
    });

    it('records each award once: outcomes already recorded or of excluded volunteers are dropped', () => {
      const outcome = (volunteerId: string) => ({ volunteerId, level: 1, outcome: 'awarded' as const });
      const recorded: StarRoundEvent = {
        type: 'StarRoundAwardsRecorded',
        data: { roundId: ROUND, outcomes: [outcome('v1')] },
      };
      spec
        .given([...base, started, recorded])
        .when(cmd('RecordStarAwards', { outcomes: [outcome('v1'), outcome('v2'), outcome('v9')] }))
        .then([{ type: 'StarRoundAwardsRecorded', data: { roundId: ROUND, outcomes: [outcome('v2')] } }]);
      spec
        .given([...base, started, recorded])
        .when(cmd('RecordStarAwards', { outcomes: [outcome('v1')] }))
        .thenNothingHappens();
    });

    it('completes once every award is settled (AWARDS_PENDING before), with the totals', () => {
      const settled: StarRoundEvent = {
        type: 'StarRoundAwardsRecorded',
        data: {
          roundId: ROUND,
          outcomes: [
            { volunteerId: 'v1', level: 1, outcome: 'awarded' },
            { volunteerId: 'v2', level: 2, outcome: 'skipped', code: 'VOLUNTEER_BANNED' },
          ],
        },
      };
      spec
        .given([...base, started])
        .when(cmd('CompleteStarRound', {}))
        .thenThrows('AWARDS_PENDING');
      spec
        .given([...base, started, settled])
        .when(cmd('CompleteStarRound', {}, TUESDAY_AFTER))
        .then([
          {
            type: 'StarRoundFinalized',
            data: {
              roundId: ROUND,
              awarded: 1,
              unchanged: 0,
              skipped: 1,
              excluded: 0,
              finalizedBy: 'acc-county',
              finalizedAt: TUESDAY_AFTER,
            },
          },
        ]);
    });

    it('refuses to record or complete a round that is not finalizing (ROUND_NOT_FINALIZING)', () => {
      spec
        .given(base)
        .when(cmd('RecordStarAwards', { outcomes: [] }))
        .thenThrows('ROUND_NOT_FINALIZING');
      spec.given(base).when(cmd('CompleteStarRound', {})).thenThrows('ROUND_NOT_FINALIZING');
    });

    it('a finalized round answers a repeated finalize with nothing new', () => {
      const finalized: StarRoundEvent = {
        type: 'StarRoundFinalized',
        data: {
          roundId: ROUND,
          awarded: 0,
          unchanged: 0,
          skipped: 0,
          excluded: 0,
          finalizedBy: 'x',
          finalizedAt: MONDAY,
        },
      };
      spec
        .given([...base, started, finalized])
        .when(start())
        .thenNothingHappens();
      spec
        .given([...base, started, finalized])
        .when(cmd('CompleteStarRound', {}))
        .thenNothingHappens();
      spec
        .given([...base, started, finalized])
        .when(cmd('PublishStarRoundNotice', {}))
        .thenThrows('ROUND_FINALIZED');
    });
  });
});
