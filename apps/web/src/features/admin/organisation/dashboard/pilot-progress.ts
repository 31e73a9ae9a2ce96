import { TARGET_NAMES, type PilotProgressAnswer, type TargetName } from '../shared/types';

/**
 * Where a pilot stands against its plan on a given day. The API answers the counts and whether each
 * target is met; what the dashboard adds is the plan over time: the work plan gives one year from the
 * funding date (试点建设周期1年，以试点立项资助之日起算), so by any day of it a share of every target is due.
 */

export type PilotPhase = 'not-started' | 'running' | 'ended';

export interface TargetAssessment {
  readonly name: TargetName;
  readonly required: number;
  readonly actual: number;
  readonly met: boolean;
  /** For teams: the members each team needs to count. */
  readonly minMembers?: number;
  /** required × the elapsed share of the period: what the plan expects by today (not rounded). */
  readonly plannedByNow: number;
  /** Actual as a share of required, 0–100 (100 when nothing is required). */
  readonly percent: number;
  readonly behind: boolean;
  /** Units still missing to meet the target (0 when met). */
  readonly missing: number;
  /** Whole units missing to catch up with the plan by today (0 when not behind the plan). */
  readonly shortOfPlan: number;
}

export interface PilotAssessment {
  readonly phase: PilotPhase;
  /** The share of the period that has passed, 0–1. */
  readonly elapsedShare: number;
  readonly daysElapsed: number;
  readonly daysTotal: number;
  readonly targets: readonly TargetAssessment[];
  /** The targets that are behind, in the plan's order. */
  readonly behind: readonly TargetAssessment[];
  readonly met: boolean;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whole days from one calendar date (YYYY-MM-DD) to another; calendar dates carry no time zone. */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayNumber(to) - dayNumber(from)) / DAY_MS);
}

function dayNumber(date: string): number {
  const match = DATE.exec(date);
  if (!match) throw new Error(`not a date: ${date}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

/**
 * The period runs from the funding date to endsOn, both included. On the funding date nothing is due
 * yet; on endsOn the whole target is. A degenerate period (endsOn not after fundedOn) is all due at once.
 */
export function elapsedShare(fundedOn: string, endsOn: string, today: string): number {
  return plannedByNow(1, fundedOn, endsOn, today);
}

/** required × elapsed share, multiplied first so that a plan on whole units stays exact. */
function plannedByNow(required: number, fundedOn: string, endsOn: string, today: string): number {
  const total = daysBetween(fundedOn, endsOn);
  const elapsed = daysBetween(fundedOn, today);
  if (elapsed <= 0) return 0;
  if (elapsed >= total) return required;
  return (required * elapsed) / total;
}

/**
 * A target is behind when it is not met and either its actual is below the pro-rata plan
 * (required × elapsed share) or the period is over. A met target is never behind, even before the
 * plan would ask for it; a target of 0 is always met.
 */
export function assessPilot(progress: PilotProgressAnswer, today: string): PilotAssessment {
  const share = elapsedShare(progress.fundedOn, progress.endsOn, today);
  const daysTotal = Math.max(0, daysBetween(progress.fundedOn, progress.endsOn));
  const phase: PilotPhase =
    today < progress.fundedOn ? 'not-started' : today > progress.endsOn ? 'ended' : 'running';
  const targets = TARGET_NAMES.map((name): TargetAssessment => {
    const figures = progress.targets[name];
    const required = Math.max(0, figures.required);
    const actual = Math.max(0, figures.actual);
    const met = actual >= required;
    const planned = plannedByNow(required, progress.fundedOn, progress.endsOn, today);
    const behind = !met && (phase === 'ended' || actual < planned);
    return {
      name,
      required,
      actual,
      met,
      ...(figures.minMembers === undefined ? {} : { minMembers: figures.minMembers }),
      plannedByNow: planned,
      percent: required === 0 ? 100 : Math.min(100, Math.round((actual / required) * 100)),
      behind,
      missing: Math.max(0, required - actual),
      shortOfPlan: behind ? Math.max(1, Math.ceil(planned - actual)) : 0,
    };
  });
  return {
    phase,
    elapsedShare: share,
    daysElapsed: Math.max(0, Math.min(daysBetween(progress.fundedOn, today), daysTotal)),
    daysTotal,
    targets,
    behind: targets.filter((target) => target.behind),
    met: targets.every((target) => target.met),
  };
}
