import { UserAddOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useMe } from '../../../../auth/auth-context';
import { useMessages } from '../../../../i18n/messages';
import { buttonColumn, regionColumn } from '../shared/columns';
import { OpenLink } from '../shared/open-link';
import { RegisterPage } from '../shared/register-page';
import { canOrganise } from '../shared/roles';
import { sharedMessages } from '../shared/shared-messages';
import type { VolunteerListItem } from '../shared/types';
import { usePagedList } from '../shared/use-paged-list';
import { RegisterVolunteerModal } from './register-volunteer-modal';
import { hoursOf, StarLevel } from './star-level';
import { VolunteerDrawer } from './volunteer-drawer';
import { volunteersMessages } from './volunteers-messages';

/**
 * 志愿者: found by name, a part of the number, or a phone number; the list shows the ID and phone
 * numbers masked only (what tells two 张伟 apart).
 */
export function VolunteersPage() {
  const t = useMessages(volunteersMessages);
  const s = useMessages(sharedMessages);
  const me = useMe();
  const [q, setQ] = useState('');
  const [openId, setOpenId] = useState<string>();
  const volunteers = usePagedList<VolunteerListItem>('/volunteers', { q });

  const columns: ColumnsType<VolunteerListItem> = [
    { title: t('volunteerNo'), dataIndex: 'volunteerNo', render: (no: string) => <code>{no}</code> },
    {
      title: t('name'),
      dataIndex: 'name',
      render: (name: string, volunteer) => (
        <OpenLink onClick={() => setOpenId(volunteer.id)}>{name}</OpenLink>
      ),
    },
    {
      title: t('idNumber'),
      dataIndex: 'idNumberMasked',
      render: (masked: string | null | undefined) => masked ?? '—',
    },
    {
      title: t('phone'),
      dataIndex: 'phoneMasked',
      render: (masked: string | null | undefined) => masked ?? '—',
    },
    regionColumn(t('region')),
    {
      title: t('confirmedHours'),
      dataIndex: 'confirmedMinutes',
      align: 'right',
      render: (minutes: number) => t('hours', { hours: hoursOf(minutes) }),
    },
    { title: t('starLevel'), dataIndex: 'starLevel', render: (level: number) => <StarLevel level={level} /> },
    buttonColumn<VolunteerListItem>(t('actions'), s('details'), (volunteer) => setOpenId(volunteer.id)),
  ];

  return (
    <RegisterPage<VolunteerListItem>
      title={t('title')}
      searchPlaceholder={t('searchPlaceholder')}
      onSearch={setQ}
      list={volunteers}
      columns={columns}
      testId="volunteers-table"
      create={
        canOrganise(me)
          ? {
              label: t('register'),
              icon: <UserAddOutlined />,
              dialog: ({ open, onClose, finish }) => (
                <RegisterVolunteerModal
                  open={open}
                  onClose={onClose}
                  onRegistered={(volunteer) => {
                    finish();
                    setOpenId(volunteer.id);
                  }}
                />
              ),
            }
          : undefined
      }
    >
      <VolunteerDrawer volunteerId={openId} onClose={() => setOpenId(undefined)} />
    </RegisterPage>
  );
}
