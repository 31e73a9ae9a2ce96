import { daysBetween, pilotView } from './pilot-progress';
import type { PilotProgress } from './progress-answer';

/** A county pilot funded on 2026-03-01 runs to 2027-03-01 (365 days); its targets are 2/2/10/2. */
function county(asOf: string, extra: Partial<PilotProgress> = {}): PilotProgress {
  return {
    pilotId: 'plt-1',
    level: 'county',
    regionCode: '410122',
    fundedOn: '2026-03-01',
    endsOn: '2027-03-01',
    asOf,
    daysLeft: 0,
    ended: false,
    met: false,
    targets: {
      teams: { required: 2, minMembers: 20, actual: 2, met: true, plannedByToday: 1, behindPlan: false },
      projects: { required: 2, actual: 1, met: false, plannedByToday: 1, behindPlan: false },
      activities: { required: 10, actual: 3, met: false, plannedByToday: 5, behindPlan: true },
      stations: { required: 0, actual: 0, met: true, plannedByToday: 0, behindPlan: false },
    },
    behind: [
      { target: 'projects', required: 2, actual: 1, missing: 1 },
      { target: 'activities', required: 10, actual: 3, missing: 7 },
    ],
    behindPlan: [{ target: 'activities', required: 10, actual: 3, plannedByToday: 5, short: 2 }],
    ...extra,
  };
}

describe('the pilot period as shown', () => {
  it('counts whole calendar days, across a leap day and the end of a year', () => {
    expect(daysBetween('2026-03-01', '2027-03-01')).toBe(365);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2026-03-02', '2026-03-01')).toBe(-1);
  });

  it('shows the days gone from the answer’s date: none before the start, all after the end', () => {
    expect(pilotView(county('2026-02-01'))).toMatchObject({
      phase: 'not-started',
      daysElapsed: 0,
      elapsedShare: 0,
    });
    expect(pilotView(county('2026-03-01'))).toMatchObject({ phase: 'running', daysElapsed: 0 });
    const mid = pilotView(county('2026-09-01'));
    expect(mid).toMatchObject({ phase: 'running', daysElapsed: 184, daysTotal: 365 });
    expect(mid.elapsedShare).toBeCloseTo(184 / 365, 10);
    expect(pilotView(county('2027-06-01', { ended: true }))).toMatchObject({
      phase: 'ended',
      daysElapsed: 365,
      elapsedShare: 1,
    });
  });
});

describe('what is behind, as the server says', () => {
  it('takes each target’s plan and flag from the answer, and a bar share from its figures', () => {
    const view = pilotView(county('2026-09-01'));
    expect(view.targets.map((row) => [row.name, row.plannedByToday, row.behindPlan, row.percent])).toEqual([
      ['teams', 1, false, 100],
      ['projects', 1, false, 50],
      ['activities', 5, true, 30],
      ['stations', 0, false, 100], // nothing required: a full bar
    ]);
    expect(view.targets[0]).toMatchObject({ minMembers: 20 });
  });

  it('lists the server’s behindPlan with how many are short and how many are missing', () => {
    expect(pilotView(county('2026-09-01')).behind).toEqual([
      { name: 'activities', actual: 3, required: 10, plannedByToday: 5, short: 2, missing: 7 },
    ]);
  });

  it('adds no rule of its own: a target the server does not flag is not listed, however low', () => {
    const progress = county('2026-09-01', { behindPlan: [] });
    expect(pilotView(progress).behind).toEqual([]);
  });

  it('a pilot met is met', () => {
    expect(pilotView(county('2026-09-01', { met: true })).met).toBe(true);
  });
});
