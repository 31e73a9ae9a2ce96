import type { PilotLevel, PilotTargets } from '../rules/pilot-targets';
import { pilotDaysLeft } from './pilot-period';
import { isBehindPlan, plannedByToday } from './pilot-schedule';

/** What counts toward each target (see PilotProgressReadModel for the counting rules). */
export interface PilotCounts {
  readonly teams: number;
  readonly projects: number;
  readonly activities: number;
  readonly stations: number;
}

export type PilotTargetName = keyof PilotCounts;
export const PILOT_TARGET_NAMES: readonly PilotTargetName[] = ['teams', 'projects', 'activities', 'stations'];

export interface TargetProgress {
  readonly required: number;
  readonly actual: number;
  readonly met: boolean;
  /** The whole number due by today on the straight line from fundedOn to endsOn (see pilot-schedule). */
  readonly plannedByToday: number;
  /** Not met, and below plannedByToday or the period is over. */
  readonly behindPlan: boolean;
}

/** A target behind the plan, and how many it is short of what is due by today. */
export interface BehindPlan {
  readonly target: PilotTargetName;
  readonly required: number;
  readonly actual: number;
  readonly plannedByToday: number;
  readonly short: number;
}

export interface PilotProgress {
  readonly pilotId: string;
  readonly level: PilotLevel;
  readonly regionCode: string;
  readonly fundedOn: string;
  readonly endsOn: string;
  /** The business date the figures are for (Asia/Shanghai). */
  readonly asOf: string;
  readonly daysLeft: number;
  readonly ended: boolean;
  readonly met: boolean;
  readonly targets: {
    readonly teams: TargetProgress & { readonly minMembers: number };
    readonly projects: TargetProgress;
    readonly activities: TargetProgress;
    readonly stations: TargetProgress;
  };
  /** The targets not met yet, with how many are missing: what the dashboard shows as behind. */
  readonly behind: readonly { target: PilotTargetName; required: number; actual: number; missing: number }[];
  /** The targets behind the plan by today (a subset of `behind`): what the dashboard flags. */
  readonly behindPlan: readonly BehindPlan[];
}

export interface PilotFacts {
  readonly pilotId: string;
  readonly level: PilotLevel;
  readonly regionCode: string;
  readonly fundedOn: string;
  readonly endsOn: string;
  readonly targets: PilotTargets;
}

/** A pilot's figures against its own recorded targets, on the business date `today`. */
export function assessPilotProgress(pilot: PilotFacts, counts: PilotCounts, today: string): PilotProgress {
  const ended = today > pilot.endsOn;
  const target = (required: number, actual: number): TargetProgress => {
    const planned = plannedByToday(required, pilot.fundedOn, pilot.endsOn, today);
    return {
      required,
      actual,
      met: actual >= required,
      plannedByToday: planned,
      behindPlan: isBehindPlan(required, actual, planned, ended),
    };
  };
  const targets = {
    teams: {
      ...target(pilot.targets.teams.required, counts.teams),
      minMembers: pilot.targets.teams.minMembers,
    },
    projects: target(pilot.targets.projects.required, counts.projects),
    activities: target(pilot.targets.activities.required, counts.activities),
    stations: target(pilot.targets.stations.required, counts.stations),
  };
  const behind = PILOT_TARGET_NAMES.filter((name) => !targets[name].met).map((name) => ({
    target: name,
    required: targets[name].required,
    actual: targets[name].actual,
    missing: targets[name].required - targets[name].actual,
  }));
  const behindPlan = PILOT_TARGET_NAMES.filter((name) => targets[name].behindPlan).map((name) => ({
    target: name,
    required: targets[name].required,
    actual: targets[name].actual,
    plannedByToday: targets[name].plannedByToday,
    short: targets[name].plannedByToday - targets[name].actual,
  }));
  return {
    pilotId: pilot.pilotId,
    level: pilot.level,
    regionCode: pilot.regionCode,
    fundedOn: pilot.fundedOn,
    endsOn: pilot.endsOn,
    asOf: today,
    daysLeft: pilotDaysLeft(pilot.endsOn, today),
    ended,
    met: behind.length === 0,
    targets,
    behind,
    behindPlan,
  };
}
