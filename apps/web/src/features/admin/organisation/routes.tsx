import { DashboardOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import type { ConsoleRoute } from '../../../app/console-route';

export const dashboardRoutes: ConsoleRoute[] = [
  {
    path: '',
    element: <Typography.Title level={3}>试点看板</Typography.Title>,
    menu: { icon: <DashboardOutlined />, label: { zh: '试点看板', en: 'Pilots' } },
  },
];

export const organisationRoutes: ConsoleRoute[] = [];
