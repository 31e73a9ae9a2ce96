import { TARGET_NAMES, type TargetName } from '../shared/types';
import type { PilotProgress } from './progress-answer';

/**
 * How the dashboard shows a pilot's progress. Whether a target is behind, and what the plan asks by
 * today, are the server's figures (the rule lives in the domain); what is here is only display: the
 * pilot's phase, the days gone as a share of the period, and each target's bar.
 */

export type PilotPhase = 'not-started' | 'running' | 'ended';

export interface TargetRow {
  readonly name: TargetName;
  readonly required: number;
  readonly actual: number;
  readonly met: boolean;
  /** For teams: the members each team needs to count. */
  readonly minMembers?: number;
  readonly plannedByToday: number;
  readonly behindPlan: boolean;
  /** Actual as a share of required, 0–100 (100 when nothing is required), for the bar. */
  readonly percent: number;
}

export interface BehindRow {
  readonly name: TargetName;
  readonly actual: number;
  readonly required: number;
  readonly plannedByToday: number;
  /** How many to catch up with the plan by today. */
  readonly short: number;
  /** How many are still missing to meet the target. */
  readonly missing: number;
}

export interface PilotView {
  readonly phase: PilotPhase;
  /** The days gone as a share of the period, 0–1: the time bar and the chart's reference line. */
  readonly elapsedShare: number;
  readonly daysElapsed: number;
  readonly daysTotal: number;
  readonly targets: readonly TargetRow[];
  /** The server's `behindPlan`, in the plan's order. */
  readonly behind: readonly BehindRow[];
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

/** The server's progress answer, arranged for the card. */
export function pilotView(progress: PilotProgress): PilotView {
  const { fundedOn, endsOn, asOf } = progress;
  const daysTotal = Math.max(0, daysBetween(fundedOn, endsOn));
  const daysElapsed = Math.max(0, Math.min(daysBetween(fundedOn, asOf), daysTotal));
  const phase: PilotPhase = asOf < fundedOn ? 'not-started' : progress.ended ? 'ended' : 'running';
  const targets = TARGET_NAMES.map((name): TargetRow => {
    const figures = progress.targets[name];
    return {
      name,
      required: figures.required,
      actual: figures.actual,
      met: figures.met,
      ...(figures.minMembers === undefined ? {} : { minMembers: figures.minMembers }),
      plannedByToday: figures.plannedByToday,
      behindPlan: figures.behindPlan,
      percent:
        figures.required <= 0 ? 100 : Math.min(100, Math.round((figures.actual / figures.required) * 100)),
    };
  });
  const missingOf = (name: TargetName) => progress.behind.find((row) => row.target === name)?.missing ?? 0;
  return {
    phase,
    elapsedShare: daysTotal === 0 ? (asOf >= endsOn ? 1 : 0) : daysElapsed / daysTotal,
    daysElapsed,
    daysTotal,
    targets,
    behind: progress.behindPlan.map((row) => ({
      name: row.target,
      actual: row.actual,
      required: row.required,
      plannedByToday: row.plannedByToday,
      short: row.short,
      missing: missingOf(row.target),
    })),
    met: progress.met,
  };
}
