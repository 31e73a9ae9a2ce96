import { type Decider, unreachable } from '../decider';
import { AlreadyExists, RuleViolation } from '../errors';
import { regionContains } from '../regions/region-code';
import { campaignsOfPeriod } from '../rules/campaign-calendar';
import type { ActivityCommand } from './activity.commands';
import type { ActivityScheduled } from './activity.events';
import { instantMillis, isOffsetDateTime } from '../time/business-time';
import {
  invalid,
  regionsNest,
  requireRegionCode,
  requireText,
  ACTIVITY_TITLE_MAX_LENGTH,
} from './organisation-rules';

export type ActivityEvent = ActivityScheduled;
export const ACTIVITY_EVENT_TYPES: readonly ActivityEvent['type'][] = ['ActivityScheduled'];

/** Longer than a month is not one activity but a programme: schedule its sessions instead. */
export const ACTIVITY_MAX_DAYS = 31;
const EARLIEST_START = Date.parse('2015-01-01T00:00:00+08:00');
const LATEST_END = Date.parse('2100-01-01T00:00:00+08:00');

export type ActivityState =
  { readonly status: 'none' } | ({ readonly status: 'scheduled' } & ActivityScheduled['data']);

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
        return { status: 'scheduled', ...event.data };
      default:
        return unreachable(event.type);
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
        return [
          {
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
          },
        ];
      }
      default:
        return unreachable(command.type);
    }
  },
};
