import {
  HistoryOutlined,
  HomeOutlined,
  QrcodeOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ConsoleFeature } from '../../app/console-route';
import { areaPages } from '../../app/area-pages';

const page = areaPages(() => import('./pages'));
const CertificatesPage = page('CertificatesPage');
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
  ],
};
