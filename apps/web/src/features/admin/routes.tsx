import { DashboardOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import type { ConsoleFeature } from '../../app/console-route';

export const adminFeature: ConsoleFeature = {
  basePath: '/admin',
  roles: ['admin', 'organiser', 'auditor'],
  routes: [
    {
      path: '',
      element: <Typography.Title level={3}>试点看板</Typography.Title>,
      menu: { icon: <DashboardOutlined />, label: { zh: '试点看板', en: 'Pilots' } },
    },
  ],
};
