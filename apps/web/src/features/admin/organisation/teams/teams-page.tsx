import { Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useMe } from '../../../../auth/auth-context';
import { useMessages } from '../../../../i18n/messages';
import { buttonColumn, regionColumn } from '../shared/columns';
import { institutionKindLabels } from '../shared/labels';
import { OpenLink } from '../shared/open-link';
import { RegisterPage } from '../shared/register-page';
import { canAdminister } from '../shared/roles';
import { sharedMessages } from '../shared/shared-messages';
import type { Team } from '../shared/types';
import { usePagedList } from '../shared/use-paged-list';
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
    regionColumn(t('region')),
    {
      title: t('registration'),
      dataIndex: 'platformRegistrationNo',
      render: (no: string | null | undefined) => no ?? <Tag color="warning">{t('notRegistered')}</Tag>,
    },
    { title: t('members'), dataIndex: 'memberCount', align: 'right' },
    buttonColumn<Team>(t('actions'), s('details'), (team) => setOpenId(team.id)),
  ];

  return (
    <RegisterPage<Team>
      title={t('title')}
      searchPlaceholder={t('searchPlaceholder')}
      onSearch={setQ}
      list={teams}
      columns={columns}
      testId="teams-table"
      create={
        canAdminister(me)
          ? {
              label: t('newTeam'),
              dialog: ({ open, onClose, finish }) => (
                <CreateTeamModal open={open} onClose={onClose} onCreated={finish} />
              ),
            }
          : undefined
      }
    >
      <TeamDrawer teamId={openId} onClose={() => setOpenId(undefined)} onChanged={teams.reload} />
    </RegisterPage>
  );
}
