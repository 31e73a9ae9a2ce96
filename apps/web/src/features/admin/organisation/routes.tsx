import { DashboardOutlined, TeamOutlined } from '@ant-design/icons';
import type { ConsoleRoute } from '../../../app/console-route';
import { PilotDashboardPage } from './dashboard/pilot-dashboard-page';
import { TeamsPage } from './teams/teams-page';

export const dashboardRoutes: ConsoleRoute[] = [
  {
    path: '',
    element: <PilotDashboardPage />,
    menu: { icon: <DashboardOutlined />, label: { zh: '试点看板', en: 'Pilots' } },
  },
];

/** The registers, in the order of the plan's tasks: teams, projects, stations, activities, then the rest. */
export const organisationRoutes: ConsoleRoute[] = [
  {
    path: 'teams',
    element: <TeamsPage />,
    menu: { icon: <TeamOutlined />, label: { zh: '服务队', en: 'Teams' } },
  },
];
