import { PlusOutlined } from '@ant-design/icons';
import { Button, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useMe } from '../../../../auth/auth-context';
import { ProblemAlert } from '../../../../components/problem-alert';
import { useMessages } from '../../../../i18n/messages';
import { institutionKindLabels } from '../shared/labels';
import { RegionText } from '../shared/region-field';
import { RegisterHeader } from '../shared/register-header';
import { canAdminister } from '../shared/roles';
import { sharedMessages } from '../shared/shared-messages';
import type { Team } from '../shared/types';
import { usePagedList } from '../shared/use-paged-list';
import { OpenLink } from '../shared/open-link';
import { CreateTeamModal } from './create-team-modal';
import { TeamDrawer } from './team-drawer';
import { teamsMessages } from './teams-messages';

/** 科技志愿服务队: the teams of the region, searchable, with their members. */
export function TeamsPage() {
  const t = useMessages(teamsMessages);
  const s = useMessages(sharedMessages);
  const kind = useMessages(institutionKindLabels);
  const me = useMe();
  const [q, setQ] = useState('');
  const [creating, setCreating] = useState(false);
  const [openId, setOpenId] = useState<string>();
  const teams = usePagedList<Team>('/teams', { q });

  const columns: ColumnsType<Team> = [
    {
      title: t('name'),
      dataIndex: 'name',
      render: (name: string, team) => <OpenLink onClick={() => setOpenId(team.id)}>{name}</OpenLink>,
    },
    {
      title: t('institution'),
      key: 'institution',
      render: (_, team) => (
        <>
          <Tag>{kind(team.institution.kind)}</Tag>
          {team.institution.name}
        </>
      ),
    },
    { title: t('region'), dataIndex: 'regionCode', render: (code: string) => <RegionText code={code} /> },
    {
      title: t('registration'),
      dataIndex: 'platformRegistrationNo',
      render: (no: string | null | undefined) => no ?? <Tag color="warning">{t('notRegistered')}</Tag>,
    },
    { title: t('members'), dataIndex: 'memberCount', align: 'right' },
    {
      title: t('actions'),
      key: 'actions',
      render: (_, team) => (
        <Button size="small" onClick={() => setOpenId(team.id)}>
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
        onReload={teams.reload}
      >
        {canAdminister(me) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('newTeam')}
          </Button>
        )}
      </RegisterHeader>
      <ProblemAlert error={teams.error} />
      <Table<Team>
        rowKey="id"
        columns={columns}
        dataSource={teams.items}
        loading={teams.loading}
        pagination={teams.pagination}
        scroll={{ x: 'max-content' }}
        data-testid="teams-table"
      />
      {canAdminister(me) && (
        <CreateTeamModal
          open={creating}
          onClose={() => setCreating(false)}
          onCreated={() => {
            setCreating(false);
            teams.reload();
          }}
        />
      )}
      <TeamDrawer teamId={openId} onClose={() => setOpenId(undefined)} onChanged={teams.reload} />
    </div>
  );
}
