import type { PilotProgressAnswer } from '../shared/types';
import { assessPilot, daysBetween, elapsedShare } from './pilot-progress';

/** A county pilot funded on 2026-03-01 runs to 2027-03-01 (365 days); its targets are 2/2/10/2. */
function county(actual: { teams: number; projects: number; activities: number; stations: number }) {
  const target = (required: number, value: number) => ({ required, actual: value, met: value >= required });
  const progress: PilotProgressAnswer = {
    pilotId: 'plt-1',
    level: 'county',
    fundedOn: '2026-03-01',
    endsOn: '2027-03-01',
    daysLeft: 0,
    met: false,
    targets: {
      teams: { ...target(2, actual.teams), minMembers: 20 },
      projects: target(2, actual.projects),
      activities: target(10, actual.activities),
      stations: target(2, actual.stations),
    },
  };
  return progress;
}

const behindNames = (progress: PilotProgressAnswer, today: string) =>
  assessPilot(progress, today).behind.map((target) => target.name);

describe('the pilot period', () => {
  it('counts whole calendar days, across a leap day and the end of a year', () => {
    expect(daysBetween('2026-03-01', '2027-03-01')).toBe(365);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2026-03-02', '2026-03-01')).toBe(-1);
  });

  it('has nothing due on the funding date, half at mid-period, all on the last day and after', () => {
    expect(elapsedShare('2026-03-01', '2027-03-01', '2026-03-01')).toBe(0);
    expect(elapsedShare('2026-03-01', '2027-03-01', '2026-02-01')).toBe(0);
    expect(elapsedShare('2026-03-01', '2027-03-01', '2026-08-30')).toBeCloseTo(182 / 365, 10);
    expect(elapsedShare('2026-03-01', '2027-03-01', '2027-03-01')).toBe(1);
    expect(elapsedShare('2026-03-01', '2027-03-01', '2028-01-01')).toBe(1);
  });
});

describe('what is behind', () => {
  it('before the start: nothing is behind, even with nothing done', () => {
    const assessment = assessPilot(
      county({ teams: 0, projects: 0, activities: 0, stations: 0 }),
      '2026-02-15',
    );
    expect(assessment.phase).toBe('not-started');
    expect(assessment.behind).toEqual([]);
    expect(assessment.targets.every((target) => target.plannedByNow === 0)).toBe(true);
  });

  it('on the funding date: nothing is due yet', () => {
    expect(behindNames(county({ teams: 0, projects: 0, activities: 0, stations: 0 }), '2026-03-01')).toEqual(
      [],
    );
  });

  it('mid-period: a target below its pro-rata share is behind, one at or above it is not', () => {
    // 2026-08-30 is 182 of 365 days: the plan expects 0.997 teams, 4.99 activities.
    const progress = county({ teams: 1, projects: 0, activities: 4, stations: 1 });
    const assessment = assessPilot(progress, '2026-08-30');
    expect(assessment.phase).toBe('running');
    expect(assessment.behind.map((target) => target.name)).toEqual(['projects', 'activities']);
    const activities = assessment.targets.find((target) => target.name === 'activities')!;
    expect(activities.plannedByNow).toBeCloseTo((10 * 182) / 365, 10);
    expect(activities.shortOfPlan).toBe(1);
    expect(activities.missing).toBe(6);
    expect(activities.percent).toBe(40);
  });

  it('a target exactly on its pro-rata share is not behind; a day later it is', () => {
    // 2026-05-13 is 73 of 365 days: exactly a fifth, so 2 of 10 activities are due.
    const progress = county({ teams: 2, projects: 2, activities: 2, stations: 2 });
    const onPlan = assessPilot(progress, '2026-05-13').targets.find(
      (target) => target.name === 'activities',
    )!;
    expect(onPlan).toMatchObject({ plannedByNow: 2, behind: false, shortOfPlan: 0 });
    expect(behindNames(progress, '2026-05-14')).toEqual(['activities']);
  });

  it('met early: a target met before its time is never behind, and the pilot is met', () => {
    const progress = county({ teams: 3, projects: 2, activities: 10, stations: 2 });
    const assessment = assessPilot(progress, '2026-04-01');
    expect(assessment.behind).toEqual([]);
    expect(assessment.met).toBe(true);
    expect(assessment.targets.find((target) => target.name === 'teams')!.percent).toBe(100);
  });

  it('after the end: every target not met is behind, however close', () => {
    const progress = county({ teams: 2, projects: 1, activities: 9, stations: 2 });
    const assessment = assessPilot(progress, '2027-03-02');
    expect(assessment.phase).toBe('ended');
    expect(assessment.behind.map((target) => target.name)).toEqual(['projects', 'activities']);
    expect(assessment.behind.map((target) => target.shortOfPlan)).toEqual([1, 1]);
    expect(assessment.daysElapsed).toBe(365);
  });

  it('on the last day the whole target is due', () => {
    expect(behindNames(county({ teams: 2, projects: 2, activities: 9, stations: 2 }), '2027-03-01')).toEqual([
      'activities',
    ]);
  });

  it('a required 0 is met at once, counts as 100 % and is never behind', () => {
    const progress = county({ teams: 0, projects: 0, activities: 0, stations: 0 });
    const zero = {
      ...progress,
      targets: { ...progress.targets, stations: { required: 0, actual: 0, met: true } },
    };
    const stations = assessPilot(zero, '2027-06-01').targets.find((target) => target.name === 'stations')!;
    expect(stations).toMatchObject({ met: true, behind: false, percent: 100, missing: 0, plannedByNow: 0 });
  });

  it('keeps the teams’ member minimum with the teams target', () => {
    const teams = assessPilot(county({ teams: 0, projects: 0, activities: 0, stations: 0 }), '2026-06-01')
      .targets[0];
    expect(teams).toMatchObject({ name: 'teams', minMembers: 20 });
  });
});
