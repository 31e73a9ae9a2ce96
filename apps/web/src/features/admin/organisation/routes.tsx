import {
  CalendarOutlined,
  DashboardOutlined,
  EnvironmentOutlined,
  GiftOutlined,
  IdcardOutlined,
  ProjectOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ConsoleRoute } from '../../../app/console-route';
import { areaPages } from '../../../app/area-pages';

const page = areaPages(() => import('../pages'));
const AccountsPage = page('AccountsPage');
const ActivitiesPage = page('ActivitiesPage');
const PilotDashboardPage = page('PilotDashboardPage');
const PartnersPage = page('PartnersPage');
const ProjectsPage = page('ProjectsPage');
const StationsPage = page('StationsPage');
const VolunteersPage = page('VolunteersPage');
const TeamsPage = page('TeamsPage');

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
  {
    path: 'projects',
    element: <ProjectsPage />,
    menu: { icon: <ProjectOutlined />, label: { zh: '服务项目', en: 'Projects' } },
  },
  {
    path: 'stations',
    element: <StationsPage />,
    menu: { icon: <EnvironmentOutlined />, label: { zh: '服务站点', en: 'Stations' } },
  },
  {
    path: 'activities',
    element: <ActivitiesPage />,
    menu: { icon: <CalendarOutlined />, label: { zh: '活动', en: 'Activities' } },
  },
  {
    path: 'partners',
    element: <PartnersPage />,
    menu: { icon: <GiftOutlined />, label: { zh: '合作场馆', en: 'Partner venues' } },
  },
  {
    path: 'volunteers',
    element: <VolunteersPage />,
    menu: { icon: <UserOutlined />, label: { zh: '志愿者', en: 'Volunteers' } },
  },
  {
    path: 'accounts',
    element: <AccountsPage />,
    menu: { icon: <IdcardOutlined />, label: { zh: '账号', en: 'Accounts' }, roles: ['admin'] },
  },
];
