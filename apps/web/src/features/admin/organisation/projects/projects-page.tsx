import { Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useMe } from '../../../../auth/auth-context';
import { useMessages } from '../../../../i18n/messages';
import { regionColumn } from '../shared/columns';
import { projectFieldLabels } from '../shared/labels';
import { RegisterPage } from '../shared/register-page';
import { canAdminister } from '../shared/roles';
import { TeamSelect } from '../shared/team-select';
import type { Pilot, Project, Team } from '../shared/types';
import { useNames } from '../shared/use-names';
import { usePagedList } from '../shared/use-paged-list';
import { CreateProjectModal } from './create-project-modal';
import { projectsMessages } from './projects-messages';

/** 科技志愿服务项目: the projects of the region, by name, team and field. */
export function ProjectsPage() {
  const t = useMessages(projectsMessages);
  const field = useMessages(projectFieldLabels);
  const me = useMe();
  const [q, setQ] = useState('');
  const [teamId, setTeamId] = useState<string>();
  const projects = usePagedList<Project>('/projects', { q, teamId });
  const teamNames = useNames<Team>(
    '/teams',
    projects.items.map((project) => project.teamId),
    (team) => team.name,
  );
  const pilotNames = useNames<Pilot>(
    '/pilots',
    projects.items.map((project) => project.pilotId),
    (pilot) => pilot.name,
  );

  const columns: ColumnsType<Project> = [
    { title: t('name'), dataIndex: 'name' },
    {
      title: t('field'),
      dataIndex: 'field',
      render: (value: Project['field']) => <Tag color="blue">{field(value)}</Tag>,
    },
    { title: t('team'), dataIndex: 'teamId', render: (id: string) => teamNames.get(id) ?? '—' },
    regionColumn(t('region')),
    {
      title: t('pilot'),
      dataIndex: 'pilotId',
      render: (id: string | null | undefined) => (id ? (pilotNames.get(id) ?? '—') : '—'),
    },
  ];

  return (
    <RegisterPage<Project>
      title={t('title')}
      searchPlaceholder={t('searchPlaceholder')}
      onSearch={setQ}
      list={projects}
      columns={columns}
      testId="projects-table"
      filters={
        <div style={{ width: 220, maxWidth: '100%' }}>
          <TeamSelect
            value={teamId}
            onChange={setTeamId}
            placeholder={t('teamFilter')}
            testId="team-filter"
          />
        </div>
      }
      create={
        canAdminister(me)
          ? {
              label: t('newProject'),
              dialog: ({ open, onClose, finish }) => (
                <CreateProjectModal open={open} onClose={onClose} onCreated={finish} />
              ),
            }
          : undefined
      }
    />
  );
}
