import { ScanOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import type { ConsoleFeature } from '../../app/console-route';

export const venueFeature: ConsoleFeature = {
  basePath: '/venue',
  roles: ['partner'],
  routes: [
    {
      path: '',
      element: <Typography.Title level={3}>兑换柜台</Typography.Title>,
      menu: { icon: <ScanOutlined />, label: { zh: '兑换', en: 'Counter' } },
    },
  ],
};
