import {
  AuditOutlined,
  OrderedListOutlined,
  SafetyCertificateOutlined,
  SolutionOutlined,
  StarOutlined,
} from '@ant-design/icons';
import type { ConsoleRoute } from '../../../app/console-route';
import { areaPages } from '../../../app/area-pages';

const page = areaPages(() => import('../pages'));
const AttendancePage = page('AttendancePage');
const CertificatesPage = page('CertificatesPage');
const NeedsInboxPage = page('NeedsInboxPage');
const NotificationsPage = page('NotificationsPage');
const RecordsPage = page('RecordsPage');
const RuleSetsPage = page('RuleSetsPage');
const StarRoundPage = page('StarRoundPage');
const StarRoundsPage = page('StarRoundsPage');

/** The administrator's daily work: the confirmation queue, star rounds, service certificates and the needs of the public. */
export const workflowRoutes: ConsoleRoute[] = [
  {
    path: 'records',
    element: <RecordsPage />,
    menu: { icon: <AuditOutlined />, label: { zh: '待确认记录', en: 'Pending records' } },
  },
  {
    path: 'star-rounds',
    element: <StarRoundsPage />,
    // The API lets administrators and auditors read rounds; organisers have no part in them.
    menu: {
      icon: <StarOutlined />,
      label: { zh: '星级评定', en: 'Star rounds' },
      roles: ['admin', 'auditor'],
    },
  },
  { path: 'star-rounds/:id', element: <StarRoundPage /> },
  {
    path: 'rule-sets',
    element: <RuleSetsPage />,
    // GET /rule-sets answers administrators, auditors and organisers; province administrators define them.
    menu: {
      icon: <OrderedListOutlined />,
      label: { zh: '星级规则', en: 'Star rule sets' },
      roles: ['admin', 'auditor', 'organiser'],
    },
  },
  {
    path: 'certificates',
    element: <CertificatesPage />,
    menu: { icon: <SafetyCertificateOutlined />, label: { zh: '服务证明', en: 'Certificates' } },
  },
  {
    path: 'needs',
    element: <NeedsInboxPage />,
    // 群众点单: administrators accept and dispatch, the team's organiser takes or hands back, auditors read.
    menu: {
      icon: <SolutionOutlined />,
      label: { zh: '需求工单', en: 'Needs' },
      roles: ['admin', 'organiser', 'auditor'],
    },
  },
  // 现场签到 on the organiser's phone, opened from an activity (its drawer's 招募与报名).
  { path: 'activities/:id/attendance', element: <AttendancePage /> },
  // 消息: opened from the header's bell.
  { path: 'notifications', element: <NotificationsPage /> },
];
