import { AuditOutlined, SafetyCertificateOutlined, StarOutlined } from '@ant-design/icons';
import type { ConsoleRoute } from '../../../app/console-route';
import { RecordsPage } from './records/records-page';

/** The administrator's daily work: the confirmation queue, star rounds and service certificates. */
export const workflowRoutes: ConsoleRoute[] = [
  {
    path: 'records',
    element: <RecordsPage />,
    menu: { icon: <AuditOutlined />, label: { zh: '待确认记录', en: 'Pending records' } },
  },
];

void StarOutlined;
void SafetyCertificateOutlined;
