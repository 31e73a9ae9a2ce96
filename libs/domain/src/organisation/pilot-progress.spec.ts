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
        teams: { required: 2, minMembers: 20, actual: 2, met: true },
        projects: { required: 2, actual: 1, met: false },
        activities: { required: 10, actual: 10, met: true },
        stations: { required: 2, actual: 0, met: false },
      },
      behind: [
        { target: 'projects', required: 2, actual: 1, missing: 1 },
        { target: 'stations', required: 2, actual: 0, missing: 2 },
      ],
    });
  });

  it('is met when every target is, and ends after its last day', () => {
    const progress = assessPilotProgress(
      pilot,
      { teams: 3, projects: 2, activities: 12, stations: 2 },
      '2027-03-02',
    );
    expect(progress).toMatchObject({ met: true, behind: [], daysLeft: 0, ended: true });
    expect(
      assessPilotProgress(pilot, { teams: 3, projects: 2, activities: 12, stations: 2 }, '2027-03-01'),
    ).toMatchObject({
      daysLeft: 0,
      ended: false,
    });
  });
});
