import type { PilotLevel, PilotTargets } from '../shared/types';

/**
 * The targets of the provincial plan (四、试点任务), shown on the form before a pilot is created; the
 * API copies the same table into the pilot and its answer is what the dashboard shows afterwards.
 */
export const PLAN_TARGETS: Record<PilotLevel, PilotTargets> = {
  city: {
    teams: { required: 10, minMembers: 50 },
    projects: { required: 5 },
    activities: { required: 20 },
    stations: { required: 10 },
  },
  county: {
    teams: { required: 2, minMembers: 20 },
    projects: { required: 2 },
    activities: { required: 10 },
    stations: { required: 2 },
  },
};
