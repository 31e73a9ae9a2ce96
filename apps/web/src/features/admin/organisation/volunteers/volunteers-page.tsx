import { UserAddOutlined } from '@ant-design/icons';
import { Button, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useMe } from '../../../../auth/auth-context';
import { ProblemAlert } from '../../../../components/problem-alert';
import { useMessages } from '../../../../i18n/messages';
import { RegionText } from '../shared/region-field';
import { RegisterHeader } from '../shared/register-header';
import { canOrganise } from '../shared/roles';
import { sharedMessages } from '../shared/shared-messages';
import type { VolunteerListItem } from '../shared/types';
import { usePagedList } from '../shared/use-paged-list';
import { OpenLink } from '../shared/open-link';
import { RegisterVolunteerModal } from './register-volunteer-modal';
import { hoursOf, StarLevel } from './star-level';
import { VolunteerDrawer } from './volunteer-drawer';
import { volunteersMessages } from './volunteers-messages';

/** 志愿者: found by name or number; no ID or phone number appears in the list. */
export function VolunteersPage() {
  const t = useMessages(volunteersMessages);
  const s = useMessages(sharedMessages);
  const me = useMe();
  const [q, setQ] = useState('');
  const [registering, setRegistering] = useState(false);
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
    { title: t('region'), dataIndex: 'regionCode', render: (code: string) => <RegionText code={code} /> },
    {
      title: t('confirmedHours'),
      dataIndex: 'confirmedMinutes',
      align: 'right',
      render: (minutes: number) => t('hours', { hours: hoursOf(minutes) }),
    },
    { title: t('starLevel'), dataIndex: 'starLevel', render: (level: number) => <StarLevel level={level} /> },
    {
      title: t('actions'),
      key: 'actions',
      render: (_, volunteer) => (
        <Button size="small" onClick={() => setOpenId(volunteer.id)}>
          {s('details')}
        </Button>
      ),
    },
  ];

  return (
    <div>
      <RegisterHeader
        title={t('title')}
        searchPlaceholder={t('searchPlaceholder')}
        onSearch={setQ}
        onReload={volunteers.reload}
      >
        {canOrganise(me) && (
          <Button type="primary" icon={<UserAddOutlined />} onClick={() => setRegistering(true)}>
            {t('register')}
          </Button>
        )}
      </RegisterHeader>
      <ProblemAlert error={volunteers.error} />
      <Table<VolunteerListItem>
        rowKey="id"
        columns={columns}
        dataSource={volunteers.items}
        loading={volunteers.loading}
        pagination={volunteers.pagination}
        scroll={{ x: 'max-content' }}
        data-testid="volunteers-table"
      />
      {canOrganise(me) && (
        <RegisterVolunteerModal
          open={registering}
          onClose={() => setRegistering(false)}
          onRegistered={(volunteer) => {
            setRegistering(false);
            volunteers.reload();
            setOpenId(volunteer.id);
          }}
        />
      )}
      <VolunteerDrawer volunteerId={openId} onClose={() => setOpenId(undefined)} />
    </div>
  );
}
