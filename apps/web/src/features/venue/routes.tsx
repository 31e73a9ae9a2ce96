import { GiftOutlined, ScanOutlined, UnorderedListOutlined } from '@ant-design/icons';
import type { ConsoleFeature } from '../../app/console-route';
import { areaPages } from '../../app/area-pages';

const page = areaPages(() => import('./pages'));
const BenefitsPage = page('BenefitsPage');
const CounterPage = page('CounterPage');
const NotificationsPage = page('NotificationsPage');
const RedemptionsPage = page('RedemptionsPage');

/** The partner venue's pages: every call is for the signed-in account's venue (`useMe().partnerId`). */
export const venueFeature: ConsoleFeature = {
  basePath: '/venue',
  roles: ['partner'],
  routes: [
    {
      path: '',
      element: <CounterPage />,
      menu: { icon: <ScanOutlined />, label: { zh: '兑换柜台', en: 'Counter' } },
    },
    {
      path: 'redemptions',
      element: <RedemptionsPage />,
      menu: { icon: <UnorderedListOutlined />, label: { zh: '兑换记录', en: 'Redemptions' } },
    },
    {
      path: 'benefits',
      element: <BenefitsPage />,
      menu: { icon: <GiftOutlined />, label: { zh: '本馆权益', en: 'Benefits' } },
    },
    // 消息: opened from the header's bell.
    { path: 'notifications', element: <NotificationsPage /> },
  ],
};
