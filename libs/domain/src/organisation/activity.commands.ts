import type { Command } from '../decider';

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
  }
>;

export type ActivityCommand = ScheduleActivity;
