import type { DomainEvent } from '../decider';
import type { Recruitment } from '../journey/recruitment';

/**
 * Activities are scheduled under projects (stream `activity-<activityId>`). Service records name the
 * activity they belong to, so other features read these events: their shape is a contract.
 */
export type ActivityScheduled = DomainEvent<
  'ActivityScheduled',
  {
    activityId: string;
    projectId: string;
    /** The pilot of the activity's project, if any (copied so pilot figures need no join). */
    pilotId: string | null;
    title: string;
    /** ISO-8601 instants with offset, as given (Asia/Shanghai business time). */
    startsAt: string;
    endsAt: string;
    regionCode: string;
    stationId: string | null;
    /** Ids of the campaign-calendar entries the activity falls in (e.g. `xueleifeng-2026`). */
    campaigns: string[];
    scheduledBy: string;
    scheduledAt: string;
  }
>;

/**
 * How the activity recruits, set or changed (招募设置). Closing recruitment (`open: false`) or
 * lowering the quota keeps every sign-up already accepted; the sign-up decisions after it read it.
 */
export type ActivityRecruitmentChanged = DomainEvent<
  'ActivityRecruitmentChanged',
  {
    activityId: string;
    recruitment: Recruitment;
    /** The recruitment before (null: the activity did not recruit). */
    previous: Recruitment | null;
    changedBy: string;
    changedAt: string;
  }
>;

export const activityStream = (activityId: string): string => `activity-${activityId}`;
