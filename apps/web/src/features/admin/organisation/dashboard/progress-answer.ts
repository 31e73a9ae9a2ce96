import type { PilotProgressAnswer, TargetFigures, TargetName } from '../shared/types';

/**
 * `GET /pilots/{id}/progress` with the plan over time, as the server works it out
 * (libs/domain/src/organisation/pilot-schedule.ts): the console shows these figures and computes no
 * rule of its own.
 */
export interface TargetProgressFigures extends TargetFigures {
  /** The whole number due by today on the straight line from fundedOn to endsOn. */
  readonly plannedByToday: number;
  /** Not met, and below plannedByToday or the period is over. */
  readonly behindPlan: boolean;
}

export interface PilotProgress extends PilotProgressAnswer {
  readonly regionCode: string;
  readonly asOf: string;
  readonly ended: boolean;
  readonly targets: Record<TargetName, TargetProgressFigures>;
  /** Every target not met yet. */
  readonly behind: readonly {
    readonly target: TargetName;
    readonly required: number;
    readonly actual: number;
    readonly missing: number;
  }[];
  /** The targets behind the plan by today, with how many they are `short` of it. */
  readonly behindPlan: readonly {
    readonly target: TargetName;
    readonly required: number;
    readonly actual: number;
    readonly plannedByToday: number;
    readonly short: number;
  }[];
}
