import { type Decider, unreachable } from '../decider';
import { AlreadyExists, NotFound, RuleViolation } from '../errors';
import { regionContains } from '../regions/region-code';
import { campaignsOfPeriod } from '../rules/campaign-calendar';
import { normalisedRecruitment, type Recruitment } from '../journey/recruitment';
import type { ActivityCommand } from './activity.commands';
import type { ActivityRecruitmentChanged, ActivityScheduled } from './activity.events';
import { instantMillis, isOffsetDateTime } from '../time/business-time';
import {
  invalid,
  regionsNest,
  requireRegionCode,
  requireText,
  ACTIVITY_TITLE_MAX_LENGTH,
} from './organisation-rules';

export type ActivityEvent = ActivityScheduled | ActivityRecruitmentChanged;
export const ACTIVITY_EVENT_TYPES: readonly ActivityEvent['type'][] = [
  'ActivityScheduled',
  'ActivityRecruitmentChanged',
];

/** Longer than a month is not one activity but a programme: schedule its sessions instead. */
export const ACTIVITY_MAX_DAYS = 31;
const EARLIEST_START = Date.parse('2015-01-01T00:00:00+08:00');
const LATEST_END = Date.parse('2100-01-01T00:00:00+08:00');

export type ActivityState =
  | { readonly status: 'none' }
  | ({ readonly status: 'scheduled' } & ActivityScheduled['data'] & {
        /** How it recruits (null: it does not). */
        readonly recruitment?: Recruitment | null;
      });

/** The teams of a `teams` audience must lie in the activity's region, or it in theirs. */
function recruitmentOf(
  value: Recruitment,
  teams: readonly { teamId: string; regionCode: string }[],
  regionCode: string,
): Recruitment {
  const recruitment = normalisedRecruitment(value);
  for (const teamId of recruitment.teamIds) {
    const team = teams.find((t) => t.teamId === teamId);
    if (!team)
      throw new RuleViolation('NOT_FOUND', `team ${teamId} does not exist`, { what: 'team', id: teamId });
    if (!regionsNest(team.regionCode, regionCode)) {
      throw new RuleViolation(
        'TEAM_OUTSIDE_REGION',
        `team ${teamId} of region ${team.regionCode} is not in region ${regionCode}`,
        { teamId, teamRegionCode: team.regionCode, regionCode },
      );
    }
  }
  return recruitment;
}

/** The refusals of an activity's times, shared with the HTTP layer so both name the same field. */
export function activityTimesProblem(
  startsAt: string,
  endsAt: string,
): { field: 'startsAt' | 'endsAt'; message: string } | null {
  if (!isOffsetDateTime(startsAt)) {
    return {
      field: 'startsAt',
      message: 'must be an ISO-8601 date-time with offset, e.g. 2026-03-05T09:00:00+08:00',
    };
  }
  if (!isOffsetDateTime(endsAt)) {
    return {
      field: 'endsAt',
      message: 'must be an ISO-8601 date-time with offset, e.g. 2026-03-05T11:30:00+08:00',
    };
  }
  const start = instantMillis(startsAt);
  const end = instantMillis(endsAt);
  if (start < EARLIEST_START || end >= LATEST_END) {
    return { field: 'startsAt', message: 'must lie between 2015 and 2099' };
  }
  if (end <= start) return { field: 'endsAt', message: 'must be after startsAt' };
  if (end - start > ACTIVITY_MAX_DAYS * 24 * 60 * 60 * 1000) {
    return { field: 'endsAt', message: `an activity lasts at most ${ACTIVITY_MAX_DAYS} days` };
  }
  return null;
}

export const activityDecider: Decider<ActivityState, ActivityCommand, ActivityEvent> = {
  initialState: () => ({ status: 'none' }),

  evolve(_state, event) {
    switch (event.type) {
      case 'ActivityScheduled':
        return { status: 'scheduled', ...event.data, recruitment: null };
      case 'ActivityRecruitmentChanged':
        return _state.status === 'none' ? _state : { ..._state, recruitment: event.data.recruitment };
      default:
        return unreachable(event);
    }
  },

  decide(command, state) {
    const { now, actor } = command.metadata;
    switch (command.type) {
      case 'ScheduleActivity': {
        const d = command.data;
        if (state.status !== 'none') throw new AlreadyExists('activity', d.activityId);
        const title = requireText(d.title, 'title', ACTIVITY_TITLE_MAX_LENGTH);
        requireRegionCode(d.regionCode);
        const problem = activityTimesProblem(d.startsAt, d.endsAt);
        if (problem) invalid(problem.field, problem.message);
        if (!regionContains(d.project.regionCode, d.regionCode)) {
          throw new RuleViolation(
            'OUTSIDE_PROJECT_REGION',
            `region ${d.regionCode} is outside the region ${d.project.regionCode} of project ${d.project.projectId}`,
            {
              projectId: d.project.projectId,
              projectRegionCode: d.project.regionCode,
              regionCode: d.regionCode,
            },
          );
        }
        if (d.station && !regionsNest(d.station.regionCode, d.regionCode)) {
          throw new RuleViolation(
            'STATION_OUTSIDE_REGION',
            `station ${d.station.stationId} of region ${d.station.regionCode} is not in region ${d.regionCode}`,
            {
              stationId: d.station.stationId,
              stationRegionCode: d.station.regionCode,
              regionCode: d.regionCode,
            },
          );
        }
        const recruitment = d.recruitment
          ? recruitmentOf(d.recruitment, d.recruitmentTeams ?? [], d.regionCode)
          : null;
        const scheduled: ActivityScheduled = {
          type: 'ActivityScheduled',
          data: {
            activityId: d.activityId,
            projectId: d.project.projectId,
            pilotId: d.project.pilotId,
            title,
            startsAt: d.startsAt,
            endsAt: d.endsAt,
            regionCode: d.regionCode,
            stationId: d.station?.stationId ?? null,
            campaigns: campaignsOfPeriod(d.startsAt, d.endsAt).map((entry) => entry.id),
            scheduledBy: actor.accountId,
            scheduledAt: now,
          },
        };
        if (!recruitment) return [scheduled];
        return [
          scheduled,
          {
            type: 'ActivityRecruitmentChanged',
            data: {
              activityId: d.activityId,
              recruitment,
              previous: null,
              changedBy: actor.accountId,
              changedAt: now,
            },
          },
        ];
      }
      case 'SetActivityRecruitment': {
        const d = command.data;
        if (state.status === 'none') throw new NotFound('activity', d.activityId);
        const recruitment = recruitmentOf(d.recruitment, d.recruitmentTeams, state.regionCode);
        const previous = state.recruitment ?? null;
        // The same recruitment again changes nothing: no event.
        if (previous && JSON.stringify(previous) === JSON.stringify(recruitment)) return [];
        return [
          {
            type: 'ActivityRecruitmentChanged',
            data: {
              activityId: d.activityId,
              recruitment,
              previous,
              changedBy: actor.accountId,
              changedAt: now,
            },
          },
        ];
      }
      default:
        return unreachable(command);
    }
  },
};
