import {
  BellOutlined,
  CarryOutOutlined,
  HistoryOutlined,
  HomeOutlined,
  QrcodeOutlined,
  SafetyCertificateOutlined,
  ScanOutlined,
  SearchOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ConsoleFeature } from '../../app/console-route';
import { areaPages } from '../../app/area-pages';

const page = areaPages(() => import('./pages'));
const CertificatesPage = page('CertificatesPage');
const CheckInPage = page('CheckInPage');
const MySignupsPage = page('MySignupsPage');
const NotificationsPage = page('NotificationsPage');
const OpenActivitiesPage = page('OpenActivitiesPage');
const FamilyPage = page('FamilyPage');
const HistoryPage = page('HistoryPage');
const HomePage = page('HomePage');
const RedeemPage = page('RedeemPage');

/** The volunteer's own pages: every figure is the signed-in volunteer's (`useMe().volunteerId`). */
export const volunteerFeature: ConsoleFeature = {
  basePath: '/volunteer',
  roles: ['volunteer'],
  routes: [
    {
      path: '',
      element: <HomePage />,
      menu: { icon: <HomeOutlined />, label: { zh: '首页', en: 'Home' } },
    },
    {
      path: 'activities',
      element: <OpenActivitiesPage />,
      menu: { icon: <SearchOutlined />, label: { zh: '找活动', en: 'Find activities' } },
    },
    {
      path: 'signups',
      element: <MySignupsPage />,
      menu: { icon: <CarryOutOutlined />, label: { zh: '我的报名', en: 'My sign-ups' } },
    },
    {
      path: 'check-in',
      element: <CheckInPage />,
      menu: { icon: <ScanOutlined />, label: { zh: '扫码签到', en: 'Check in' } },
    },
    {
      path: 'history',
      element: <HistoryPage />,
      menu: { icon: <HistoryOutlined />, label: { zh: '变动明细', en: 'History' } },
    },
    {
      path: 'certificates',
      element: <CertificatesPage />,
      menu: { icon: <SafetyCertificateOutlined />, label: { zh: '服务证明', en: 'Certificates' } },
    },
    {
      path: 'redeem',
      element: <RedeemPage />,
      menu: { icon: <QrcodeOutlined />, label: { zh: '积分兑换', en: 'Redeem' } },
    },
    {
      path: 'family',
      element: <FamilyPage />,
      menu: { icon: <TeamOutlined />, label: { zh: '家庭与时间银行', en: 'Family & time bank' } },
    },
    {
      path: 'notifications',
      element: <NotificationsPage />,
      menu: { icon: <BellOutlined />, label: { zh: '消息', en: 'Messages' } },
    },
  ],
};
