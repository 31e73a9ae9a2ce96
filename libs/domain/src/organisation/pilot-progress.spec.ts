import { PILOT_TARGET_RULES } from '../rules/pilot-targets';
import { assessPilotProgress } from './pilot-progress';

const pilot = {
  pilotId: 'plt-1',
  level: 'county' as const,
  regionCode: '410122',
  fundedOn: '2026-03-01',
  endsOn: '2027-03-01',
  targets: PILOT_TARGET_RULES.targets.county,
};

describe('pilot progress', () => {
  it('compares each figure with its target and lists what is behind', () => {
    const progress = assessPilotProgress(
      pilot,
      { teams: 2, projects: 1, activities: 10, stations: 0 },
      '2026-09-01',
    );
    expect(progress).toEqual({
      pilotId: 'plt-1',
      level: 'county',
      regionCode: '410122',
      fundedOn: '2026-03-01',
      endsOn: '2027-03-01',
      asOf: '2026-09-01',
      daysLeft: 181,
      ended: false,
      met: false,
      targets: {
        teams: { required: 2, minMembers: 20, actual: 2, met: true, plannedByToday: 1, behindPlan: false },
        projects: { required: 2, actual: 1, met: false, plannedByToday: 1, behindPlan: false },
        activities: { required: 10, actual: 10, met: true, plannedByToday: 5, behindPlan: false },
        stations: { required: 2, actual: 0, met: false, plannedByToday: 1, behindPlan: true },
      },
      behind: [
        { target: 'projects', required: 2, actual: 1, missing: 1 },
        { target: 'stations', required: 2, actual: 0, missing: 2 },
      ],
      // 184 of 365 days: projects are on plan with 1 of 2, stations are one short of it.
      behindPlan: [{ target: 'stations', required: 2, actual: 0, plannedByToday: 1, short: 1 }],
    });
  });

  it('on the funding day nothing is behind the plan, though nothing is met', () => {
    const progress = assessPilotProgress(
      pilot,
      { teams: 0, projects: 0, activities: 0, stations: 0 },
      '2026-03-01',
    );
    expect(progress.behind).toHaveLength(4);
    expect(progress.behindPlan).toEqual([]);
    expect(progress.targets.activities).toMatchObject({ plannedByToday: 0, behindPlan: false });
  });

  it('after the last day every target not met is behind the plan by what it misses', () => {
    const progress = assessPilotProgress(
      pilot,
      { teams: 2, projects: 1, activities: 4, stations: 2 },
      '2027-03-02',
    );
    expect(progress.behindPlan).toEqual([
      { target: 'projects', required: 2, actual: 1, plannedByToday: 2, short: 1 },
      { target: 'activities', required: 10, actual: 4, plannedByToday: 10, short: 6 },
    ]);
  });

  it('is met when every target is, and ends after its last day', () => {
    const progress = assessPilotProgress(
      pilot,
      { teams: 3, projects: 2, activities: 12, stations: 2 },
      '2027-03-02',
    );
    expect(progress).toMatchObject({ met: true, behind: [], behindPlan: [], daysLeft: 0, ended: true });
    expect(
      assessPilotProgress(pilot, { teams: 3, projects: 2, activities: 12, stations: 2 }, '2027-03-01'),
    ).toMatchObject({
      daysLeft: 0,
      ended: false,
    });
  });
});
