import { HomeOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import type { ConsoleFeature } from '../../app/console-route';

export const volunteerFeature: ConsoleFeature = {
  basePath: '/volunteer',
  roles: ['volunteer'],
  routes: [
    {
      path: '',
      element: <Typography.Title level={3}>我的服务</Typography.Title>,
      menu: { icon: <HomeOutlined />, label: { zh: '首页', en: 'Home' } },
    },
  ],
};
