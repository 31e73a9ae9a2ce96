import { screen, within } from '@testing-library/react';
import { installFetch, jsonResponse, on } from '../../../../../test/fake-fetch';
import { accountOf, meRoute, renderSignedIn } from '../shared/testing/signed-in';
import type { Pilot, PilotProgressAnswer } from '../shared/types';
import { PilotDashboardPage } from './pilot-dashboard-page';

jest.setTimeout(120_000);

const pilot: Pilot = {
  id: 'plt-3f1c0a9e8b7d6c5b4a392817',
  name: '中牟县科技志愿服务试点',
  level: 'county',
  regionCode: '410122',
  fundedOn: '2026-03-01',
  endsOn: '2027-03-01',
};

/** 2026-08-30 is day 182 of 365: the plan expects about half of every target. */
const progress: PilotProgressAnswer = {
  pilotId: pilot.id,
  level: 'county',
  fundedOn: pilot.fundedOn,
  endsOn: pilot.endsOn,
  asOf: '2026-08-30',
  daysLeft: 183,
  met: false,
  targets: {
    teams: { required: 2, minMembers: 20, actual: 2, met: true },
    projects: { required: 2, actual: 1, met: false },
    activities: { required: 10, actual: 3, met: false },
    stations: { required: 2, actual: 0, met: false },
  },
};

function setUp(role: 'admin' | 'auditor') {
  installFetch(
    meRoute(accountOf(role)),
    on('GET', '/api/v1/pilots', () => jsonResponse(200, { items: [pilot], total: 1, page: 1, pageSize: 10 })),
    on('GET', `/api/v1/pilots/${pilot.id}/progress`, () => jsonResponse(200, progress)),
  );
  renderSignedIn(<PilotDashboardPage />);
}

describe('试点看板', () => {
  it('shows every target against the plan, the days left, and what is behind in words', async () => {
    setUp('admin');
    const card = await screen.findByTestId('pilot-card');
    const behind = await within(card).findByTestId('behind-list');
    expect(within(card).getByTestId('days-left').textContent).toBe('183 天');

    const teams = within(card).getByTestId('target-teams');
    expect(teams.textContent).toContain('2 / 2');
    expect(teams.textContent).toContain('已达标');
    expect(teams.textContent).toContain('每队不少于 20 人');

    // Projects: 1 of 2 with 0.997 due is on plan; activities (3 < 4.99) and stations (0 < 0.997) are behind.
    expect(within(card).getByTestId('target-projects').textContent).not.toContain('落后');
    expect(within(card).getByTestId('target-activities').textContent).toContain('落后');
    expect(within(behind).queryByTestId('behind-projects')).toBeNull();
    expect(within(behind).getByTestId('behind-activities').textContent).toBe(
      '科技志愿服务活动：已完成 3，按计划此时应达 5.0，需再完成 2 个赶上进度（距目标还差 7 个）',
    );
    expect(within(behind).getByTestId('behind-stations').textContent).toContain('距目标还差 2 个');
    expect(within(card).getByRole('img', { name: /各项指标完成比例/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /新建试点/ })).toBeTruthy();
  });

  it('offers no 新建试点 to a read-only auditor', async () => {
    setUp('auditor');
    await screen.findByTestId('behind-list');
    expect(screen.queryByRole('button', { name: /新建试点/ })).toBeNull();
  });
});
