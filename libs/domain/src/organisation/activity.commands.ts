import type { Command } from '../decider';
import type { Recruitment } from '../journey/recruitment';

export type ScheduleActivity = Command<
  'ScheduleActivity',
  {
    activityId: string;
    /** The project it is held under, as read from its stream (its pilot is copied to the activity). */
    project: { projectId: string; pilotId: string | null; regionCode: string };
    title: string;
    startsAt: string;
    endsAt: string;
    regionCode: string;
    station: { stationId: string; regionCode: string } | null;
    /** How it recruits, when it does (ActivityRecruitmentChanged follows ActivityScheduled). */
    recruitment?: Recruitment | null;
    /** The teams a `teams` audience names, as read from their streams (existing, in the region). */
    recruitmentTeams?: readonly { teamId: string; regionCode: string }[];
  }
>;

/** Sets how a scheduled activity recruits (PUT /activities/{id}/recruitment). */
export type SetActivityRecruitment = Command<
  'SetActivityRecruitment',
  {
    activityId: string;
    recruitment: Recruitment;
    /** The teams a `teams` audience names, as read from their streams. */
    recruitmentTeams: readonly { teamId: string; regionCode: string }[];
  }
>;

export type ActivityCommand = ScheduleActivity | SetActivityRecruitment;
