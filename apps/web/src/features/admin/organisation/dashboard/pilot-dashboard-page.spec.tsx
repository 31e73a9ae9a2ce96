import { screen, within } from '@testing-library/react';
import { installFetch, jsonResponse, on } from '../../../../../test/fake-fetch';
import { accountOf, meRoute, renderSignedIn } from '../shared/testing/signed-in';
import type { Pilot } from '../shared/types';
import { PilotDashboardPage } from './pilot-dashboard-page';
import type { PilotProgress } from './progress-answer';

const pilot: Pilot = {
  id: 'plt-3f1c0a9e8b7d6c5b4a392817',
  name: '中牟县科技志愿服务试点',
  level: 'county',
  regionCode: '410122',
  fundedOn: '2026-03-01',
  endsOn: '2027-03-01',
};

/** What the server answers on 2026-09-01, day 184 of 365: a whole half of every target is due. */
const progress: PilotProgress = {
  pilotId: pilot.id,
  level: 'county',
  regionCode: pilot.regionCode,
  fundedOn: pilot.fundedOn,
  endsOn: pilot.endsOn,
  asOf: '2026-09-01',
  daysLeft: 181,
  ended: false,
  met: false,
  targets: {
    teams: { required: 2, minMembers: 20, actual: 2, met: true, plannedByToday: 1, behindPlan: false },
    projects: { required: 2, actual: 1, met: false, plannedByToday: 1, behindPlan: false },
    activities: { required: 10, actual: 3, met: false, plannedByToday: 5, behindPlan: true },
    stations: { required: 2, actual: 0, met: false, plannedByToday: 1, behindPlan: true },
  },
  behind: [
    { target: 'projects', required: 2, actual: 1, missing: 1 },
    { target: 'activities', required: 10, actual: 3, missing: 7 },
    { target: 'stations', required: 2, actual: 0, missing: 2 },
  ],
  behindPlan: [
    { target: 'activities', required: 10, actual: 3, plannedByToday: 5, short: 2 },
    { target: 'stations', required: 2, actual: 0, plannedByToday: 1, short: 1 },
  ],
};

function setUp(role: 'admin' | 'auditor', answer: PilotProgress = progress) {
  installFetch(
    meRoute(accountOf(role)),
    on('GET', '/api/v1/pilots', () => jsonResponse(200, { items: [pilot], total: 1, page: 1, pageSize: 10 })),
    on('GET', `/api/v1/pilots/${pilot.id}/progress`, () => jsonResponse(200, answer)),
  );
  renderSignedIn(<PilotDashboardPage />);
}

describe('试点看板', () => {
  it('shows every target against the plan, the days left, and what is behind in words', async () => {
    setUp('admin');
    const card = await screen.findByTestId('pilot-card');
    const behind = await within(card).findByTestId('behind-list');
    expect(within(card).getByTestId('days-left').textContent).toBe('181 天');

    const teams = within(card).getByTestId('target-teams');
    expect(teams.textContent).toContain('2 / 2');
    expect(teams.textContent).toContain('已达标');
    expect(teams.textContent).toContain('每队不少于 20 人');

    // The server's figures: projects (1 of the 1 due) are on plan; activities and stations are behind it.
    expect(within(card).getByTestId('target-projects').textContent).not.toContain('落后');
    expect(within(card).getByTestId('target-projects').textContent).toContain('按计划此时应达 1');
    expect(within(card).getByTestId('target-activities').textContent).toContain('落后');
    expect(within(behind).queryByTestId('behind-projects')).toBeNull();
    expect(within(behind).getByTestId('behind-activities').textContent).toBe(
      '科技志愿服务活动：已完成 3，按计划此时应达 5，需再完成 2 个赶上进度（距目标还差 7 个）',
    );
    expect(within(behind).getByTestId('behind-stations').textContent).toContain('距目标还差 2 个');
    expect(within(card).getByRole('img', { name: /各项指标完成比例/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /新建试点/ })).toBeTruthy();
  });

  it('flags only what the server flags: nothing behind the plan, though targets are missing', async () => {
    const onPlan: PilotProgress = {
      ...progress,
      targets: {
        ...progress.targets,
        activities: { ...progress.targets.activities, behindPlan: false },
        stations: { ...progress.targets.stations, behindPlan: false },
      },
      behindPlan: [],
    };
    setUp('admin', onPlan);
    const behind = await screen.findByTestId('behind-list');
    expect(behind.textContent).toContain('没有落后的指标。');
    expect(screen.getByTestId('target-stations').textContent).not.toContain('落后');
  });

  it('after the period, what is not met is listed with what it misses', async () => {
    const ended: PilotProgress = {
      ...progress,
      asOf: '2027-03-02',
      daysLeft: 0,
      ended: true,
      behindPlan: [{ target: 'stations', required: 2, actual: 0, plannedByToday: 2, short: 2 }],
    };
    setUp('admin', ended);
    const card = await screen.findByTestId('pilot-card');
    expect(within(card).getByText('已结束')).toBeTruthy();
    expect((await within(card).findByTestId('behind-stations')).textContent).toBe(
      '科技志愿服务站点：试点期已结束，已完成 0/2，还差 2 个',
    );
  });

  it('shows the needs of the public of the region, the overdue ones as a warning', async () => {
    setUp('admin', { ...progress, needs: { received: 12, fulfilled: 7, overdue: 2, averageRating: 4.5 } });
    const needs = await screen.findByTestId('pilot-needs');
    expect(needs.textContent).toContain('群众需求');
    expect(within(needs).getByTestId('needs-received').textContent).toBe('12');
    expect(within(needs).getByTestId('needs-fulfilled').textContent).toBe('7');
    expect(within(needs).getByTestId('needs-overdue').textContent).toBe('2');
    expect(within(needs).getByTestId('needs-overdue').className).toContain('ant-typography-warning');
    expect(within(needs).getByTestId('needs-rating').textContent).toBe('4.5 / 5');
    expect(needs.textContent).toContain('已超时');
  });

  it('says 暂无评分 while no need is rated, and no warning when none is overdue', async () => {
    setUp('admin', { ...progress, needs: { received: 3, fulfilled: 0, overdue: 0, averageRating: null } });
    const needs = await screen.findByTestId('pilot-needs');
    expect(within(needs).getByTestId('needs-rating').textContent).toBe('暂无评分');
    expect(within(needs).getByTestId('needs-overdue').className).not.toContain('ant-typography-warning');
  });

  it('still shows the card when an older server answers without the needs', async () => {
    setUp('admin');
    await screen.findByTestId('behind-list');
    expect(screen.queryByTestId('pilot-needs')).toBeNull();
  });

  it('offers no 新建试点 to a read-only auditor', async () => {
    setUp('auditor');
    await screen.findByTestId('behind-list');
    expect(screen.queryByRole('button', { name: /新建试点/ })).toBeNull();
  });
});
